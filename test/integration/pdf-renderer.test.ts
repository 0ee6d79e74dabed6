/**
 * The pdf-renderer as Lambda runs it (the Middy handler, a kept-warm Chromium, the fonts layer) against
 * a local S3 (s3rver, started here so these tests need nothing else of the stack), and as report-api reaches it (the Invoke API client against the local invoke
 * server). Every assertion reads the PDF itself with poppler's tools.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Context } from 'aws-lambda';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type LambdaInvokeServer,
  type LocalLambdaHandler,
  startLambdaInvokeServer,
} from '../../infra/local/lambda-invoke-server.ts';
import { type S3Local, startS3Local } from '../../infra/local/s3-local.ts';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import {
  createLambdaClient,
  LambdaPdfClient,
  PdfRenderFailedError,
  RendererFunctionError,
} from '../../shared/adapters/aws/lambda-pdf-client.ts';
import { S3RenderStorage } from '../../shared/adapters/aws/s3-render-storage.ts';
import { createPdfRendererHandler } from '../../shared/handlers/pdf-renderer-handler.ts';
import { applyPdfMetadata, PDF_CREATOR } from '../../shared/render/pdf/pdf-metadata.ts';
import { PdfRenderer } from '../../shared/render/pdf/pdf-renderer.ts';
import type { PdfRenderEvent, PdfRenderResult } from '../../shared/usecases/pdf-render-protocol.ts';
import {
  pdfCatalogEntries,
  pdfFonts,
  pdfInfo,
  pdfLanguage,
  pdfSyntaxErrors,
  pdfText,
} from '../support/pdf-tools.ts';

const logger = new Logger({ serviceName: 'pdf-renderer-test', logLevel: 'SILENT' });
const context = {
  getRemainingTimeInMillis: () => 60_000,
  awsRequestId: 'test',
  functionName: 'pdf-renderer',
} as unknown as Context;

/** One answer per script the issue names, with the family that must carry it. */
const SCRIPTS = [
  { lang: 'ja', font: /^NotoSansJP/, text: '私はチームで働くことが好きです。締め切りを守ります。' },
  { lang: 'ko', font: /^NotoSansKR/, text: '저는 팀에서 일하는 것을 좋아하고 마감을 지킵니다.' },
  { lang: 'zh', font: /^NotoSansSC/, text: '我喜欢团队合作，并且总是按时完成任务。' },
  { lang: 'th', font: /^NotoSansThai/, text: 'ฉันชอบทำงานเป็นทีมและส่งงานตรงเวลาเสมอ' },
  { lang: 'ta', font: /^NotoSansTamil/, text: 'நான் குழுவாக வேலை செய்ய விரும்புகிறேன்' },
  { lang: 'hi', font: /^NotoSansDevanagari/, text: 'मुझे टीम में काम करना पसंद है और मैं समय पर काम पूरा करता हूँ' },
  { lang: 'ar', font: /^NotoSansArabic/, text: 'أحب العمل ضمن فريق وأسلم المهام في موعدها' },
  { lang: 'el', font: /^NotoSans-/, text: 'Μου αρέσει να δουλεύω σε ομάδα και τηρώ τις προθεσμίες' },
  { lang: 'ru', font: /^NotoSans-/, text: 'Мне нравится работать в команде, и я соблюдаю сроки' },
] as const;

function documentOf(lang: string, body: string, title = 'Interview report'): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

function withoutSpaces(text: string): string {
  return text.replace(/[\s\u2068\u2069\u200e\u200f\u202a-\u202e]+/g, '');
}

const bucket = 'pdf-renderer-test-reports';
let s3Local: S3Local;
let s3: S3Client;
let renderer: PdfRenderer;
let handler: (event: unknown) => Promise<PdfRenderResult>;

async function storedPdf(key: string): Promise<Uint8Array> {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
}

async function exists(key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  s3Local = await startS3Local({ buckets: [bucket] });
  s3 = createAwsClients({
    tableName: 'unused',
    filesBucket: 'unused',
    reportsBucket: bucket,
    signedUrlTtlSeconds: 3600,
    dynamoEndpoint: undefined,
    s3Endpoint: s3Local.endpoint,
    lambdaEndpoint: undefined,
    pdfRendererFunctionName: 'pdf-renderer',
    eventBusName: undefined,
    eventBridgeEndpoint: undefined,
    pdfRenderTimeoutMs: undefined,
    region: 'eu-west-1',
  }).s3;
  renderer = new PdfRenderer({ timeoutMs: 30_000 });
  const middy = createPdfRendererHandler({ storage: new S3RenderStorage(s3, bucket), renderer, logger });
  handler = (event) => middy(event, context);
});

afterAll(async () => {
  await renderer?.close();
  await s3Local?.stop();
});

describe('pdf-renderer handler', () => {
  test.each(SCRIPTS)(
    'prints $lang text with its Noto face embedded and the words extractable',
    async ({ lang, font, text }) => {
      const key = `exports/test/scripts-${lang}.pdf`;
      const result = await handler({
        html: documentOf(lang, `<h1>${text}</h1><p>${text}</p><p><b>${text}</b></p>`),
        output_key: key,
        metadata: {
          title: `Report ${lang}`,
          author: 'Acme Recruiting',
          language: lang,
          header_text: text.slice(0, 12),
        },
      } satisfies PdfRenderEvent);
      expect(result).toMatchObject({ key, pages: 1 });
      const pdf = await storedPdf(key);
      expect(result.bytes).toBe(pdf.length);
      expect(withoutSpaces(pdfText(pdf))).toContain(withoutSpaces(text));
      const fonts = pdfFonts(pdf);
      expect(fonts.some((f) => font.test(f.name))).toBe(true);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      // Nothing fell back to the only system font Lambda has (which has none of these glyphs but Greek/Cyrillic).
      expect(fonts.filter((f) => /OpenSans/.test(f.name))).toEqual([]);
    },
  );

  test('writes title, author and language; A4 pages with the running header and a localized "page X of Y"', async () => {
    const name = 'Ana "Lima" </style><script>alert(1)</script>';
    const sections = ['Experience', 'Assessment', 'Transcript']
      .map(
        (heading, i) =>
          `<section style="${i > 0 ? 'break-before: page' : ''}"><h2>${heading}</h2><p>Answer ${i + 1}</p></section>`,
      )
      .join('');
    const key = 'reports/merchant-1/result-1/report.pdf';
    const result = await handler({
      html: documentOf('pt-BR', sections, 'Relatório de entrevista'),
      output_key: key,
      metadata: {
        title: 'Relatório – Ana Lima',
        author: 'Acme Recrutamento',
        language: 'pt-BR',
        header_text: name,
        footer_labels: { page_x_of_y: 'Página {page} de {pages}' },
      },
    });
    expect(result.pages).toBe(3);
    const pdf = await storedPdf(key);
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({
      Title: 'Relatório – Ana Lima',
      Author: 'Acme Recrutamento',
      Pages: '3',
      Tagged: 'yes',
    });
    expect(info['Page size']).toMatch(/ x 841\.\d+ pts \(A4\)$/);
    expect(pdfLanguage(pdf)).toBe('pt-BR');
    const text = pdfText(pdf);
    // The header is printed literally on every page: the markup in the name is text, not markup.
    expect(text.split(name).length - 1).toBe(3);
    for (const page of [1, 2, 3]) expect(text).toContain(`Página ${page} de 3`);
    expect(text).toContain('Transcript');
  });

  test('renders running at the same time each print their own document, and one warm page is kept', async () => {
    const names = ['Alpha', 'Bravo', 'Charlie'];
    const results = await Promise.all(
      names.map((name) =>
        renderer.render(documentOf('en', `<h1>Only ${name}</h1>`), {
          title: name,
          author: 'a',
          language: 'en',
          headerText: name,
        }),
      ),
    );
    results.forEach((result, i) => {
      const text = pdfText(result.pdf);
      expect(text).toContain(`Only ${names[i]}`);
      for (const other of names.filter((_, j) => j !== i)) expect(text).not.toContain(other);
    });
    // The extra pages were closed: renders one at a time now create none.
    const created = renderer.pagesCreated;
    for (const name of names) {
      await renderer.render(documentOf('en', `<p>${name}</p>`), { title: name, author: 'a', language: 'en' });
    }
    expect(renderer.pagesCreated).toBe(created);
  });

  test('refuses to write outside the report prefixes, naming the field', async () => {
    for (const output_key of ['files/merchant-1/cv.pdf', 'reports/../files/x.pdf', 'exports/a.html']) {
      await expect(
        handler({
          html: documentOf('en', 'x'),
          output_key,
          metadata: { title: 't', author: 'a', language: 'en' },
        }),
      ).rejects.toMatchObject({ name: 'PdfRenderRequestError', field: 'output_key' });
    }
    expect(await exists('files/merchant-1/cv.pdf')).toBe(false);
  });

  test('a render over its time limit fails with a clear error, and the next request renders', async () => {
    const impatient = createPdfRendererHandler({
      storage: new S3RenderStorage(s3, bucket),
      renderer,
      logger,
      renderTimeoutMs: 1_000,
    });
    const huge = documentOf(
      'en',
      '<p>A long answer that goes on and on and on, paragraph after paragraph.</p>'.repeat(60_000),
    );
    const launchesBefore = renderer.keeper.launches;
    const started = Date.now();
    await expect(
      impatient(
        {
          html: huge,
          output_key: 'exports/test/huge.pdf',
          metadata: { title: 't', author: 'a', language: 'en' },
        },
        context,
      ),
    ).rejects.toThrow(/exceeded its time limit of 1000 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await exists('exports/test/huge.pdf')).toBe(false);

    const next = await handler({
      html: documentOf('en', '<p>After the stuck one</p>'),
      output_key: 'exports/test/after-timeout.pdf',
      metadata: { title: 't', author: 'a', language: 'en' },
    });
    expect(pdfText(await storedPdf(next.key))).toContain('After the stuck one');
    expect(renderer.keeper.launches).toBe(launchesBefore + 1);
  });

  test('a browser that died is relaunched for the next request', async () => {
    await handler({
      html: documentOf('en', '<p>warm</p>'),
      output_key: 'exports/test/warm.pdf',
      metadata: { title: 't', author: 'a', language: 'en' },
    });
    const pid = await renderer.keeper.pid();
    expect(pid).toBeTypeOf('number');
    process.kill(pid as number, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const result = await handler({
      html: documentOf('en', '<p>Printed by a new browser</p>'),
      output_key: 'exports/test/relaunched.pdf',
      metadata: { title: 't', author: 'a', language: 'en' },
    });
    expect(pdfText(await storedPdf(result.key))).toContain('Printed by a new browser');
    const newPid = await renderer.keeper.pid();
    expect(newPid).toBeTypeOf('number');
    expect(newPid).not.toBe(pid);
  });
});

describe('pdf client through the local Invoke API', () => {
  let server: LambdaInvokeServer;
  let client: LambdaPdfClient;

  beforeAll(async () => {
    const local: LocalLambdaHandler = (event, ctx) =>
      createPdfRendererHandler({ storage: new S3RenderStorage(s3, bucket), renderer, logger })(event, ctx);
    server = await startLambdaInvokeServer({ functions: { 'pdf-renderer': { load: async () => local } } });
    client = new LambdaPdfClient({
      lambda: () => createLambdaClient({ region: 'eu-west-1', lambdaEndpoint: server.url }),
      functionName: 'pdf-renderer',
      s3,
      reportsBucket: bucket,
      // Small, so this test's document takes the S3 route a > 6 MB report takes in production.
      maxInlinePayloadBytes: 20_000,
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  test('renders a small document inline and a large one staged through S3, which is then removed', async () => {
    const small = await client.render({
      html: documentOf('en', '<p>Inline payload</p>'),
      output_key: 'exports/test/inline.pdf',
      metadata: { title: 't', author: 'a', language: 'en' },
    });
    expect(pdfText(await storedPdf(small.key))).toContain('Inline payload');

    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Staged paragraph ${i}</p>`).join('');
    const large = await client.render({
      html: documentOf('en', paragraphs),
      output_key: 'exports/test/staged.pdf',
      metadata: { title: 't', author: 'a', language: 'en' },
    });
    const text = pdfText(await storedPdf(large.key));
    expect(text).toContain('Staged paragraph 0');
    expect(text).toContain('Staged paragraph 399');
    const listed = await s3.send(
      new (await import('@aws-sdk/client-s3')).ListObjectsV2Command({
        Bucket: bucket,
        Prefix: 'render-input/',
      }),
    );
    expect(listed.KeyCount ?? 0).toBe(0);
  });

  test('a failure in the function becomes a thrown error whose cause is what the function reported', async () => {
    const failure = await client
      .render({
        html: documentOf('en', 'x'),
        output_key: 'files/x.pdf',
        metadata: { title: 't', author: 'a', language: 'en' },
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PdfRenderFailedError);
    const cause = (failure as Error).cause;
    expect(cause).toBeInstanceOf(RendererFunctionError);
    expect(cause).toMatchObject({ errorType: 'PdfRenderRequestError' });
    expect((cause as Error).message).toMatch(/output_key must start with reports\/ or exports\//);
  });
});

describe('document metadata on a PDF as Chromium prints it, by both paths', () => {
  // Parentheses, a backslash and CJK: what a literal string would need escaped, and UTF-16 for.
  const metadata = {
    title: 'Relatório (final) \\ 面接 – Ana Lima',
    author: 'Acme Recrutamento',
    language: 'pt-BR',
  };
  let printed: Uint8Array;
  let producer: string | undefined;

  beforeAll(async () => {
    // Chromium's own bytes, before the renderer adds anything: a page of the renderer's browser,
    // printed with the renderer's settings.
    const page = await (await renderer.keeper.browser()).newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setContent(
        documentOf('en', '<p>First page</p><p style="break-before: page">Second page</p>', 'Chromium title'),
      );
      printed = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: false });
    } finally {
      await page.close();
    }
    producer = pdfInfo(printed).Producer;
  });

  async function expectMetadataReadBack(pdf: Uint8Array): Promise<void> {
    expect(pdfSyntaxErrors(pdf)).toBe('');
    expect(pdfInfo(pdf)).toMatchObject({
      Title: metadata.title,
      Author: metadata.author,
      Creator: PDF_CREATOR,
      Producer: producer,
      Pages: '2',
      Tagged: 'yes',
    });
    expect(await pdfCatalogEntries(pdf)).toEqual({ language: 'pt-BR', displayDocTitle: true });
    expect(pdfText(pdf)).toMatch(/First page.*Second page/);
  }

  test("appends an incremental update to Chromium's file, whose own bytes stay as they were", async () => {
    expect(producer).toMatch(/Skia/);
    const { pdf, pages } = await applyPdfMetadata(printed, metadata);
    expect(pages).toBe(2);
    expect(Buffer.from(pdf.subarray(0, printed.length)).equals(Buffer.from(printed))).toBe(true);
    await expectMetadataReadBack(pdf);
  });

  test('rewrites with pdf-lib a file it cannot append to: the same PDF with a cross-reference stream', async () => {
    const document = await PDFDocument.load(printed, { updateMetadata: false });
    const withXrefStream = await document.save({ useObjectStreams: true });
    expect(Buffer.from(withXrefStream).toString('latin1')).not.toMatch(/\btrailer\b/);
    const { pdf, pages } = await applyPdfMetadata(withXrefStream, metadata);
    expect(pages).toBe(2);
    // Rewritten, not appended to.
    expect(Buffer.from(pdf.subarray(0, withXrefStream.length)).equals(Buffer.from(withXrefStream))).toBe(
      false,
    );
    await expectMetadataReadBack(pdf);
  });
});
