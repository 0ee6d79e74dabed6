/**
 * The three exports end to end, as an integrator sees them: real tokens through the local gateway,
 * DynamoDB Local, s3rver, and for PDFs the renderer behind the local Lambda Invoke API. Every 200 body
 * is checked against the contract's response schema; PDFs are read with poppler's tools.
 */
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { S3UrlSigner } from '../../shared/adapters/aws/s3-url-signer.ts';
import { loadConfig } from '../../shared/config.ts';
import { validateJobInterviewPdfResponse } from '../../shared/contract/generated/response-validator.js';
import type { ReportData } from '../../shared/domain/report-model.ts';
import { ALL_ON } from '../support/fixtures.ts';
import { pdfFonts, pdfInfo, pdfLanguage, pdfPages, pdfText } from '../support/pdf-tools.ts';
import { reportDataErrors } from '../support/report-data-validator.ts';
import {
  type ApiResponse,
  demoDocument,
  demoResults,
  postReport,
  testStack,
  tokenFor,
} from '../support/stack-client.ts';

const tokens = new Map<string, string>();
beforeAll(async () => {
  for (const result of demoResults()) {
    if (!tokens.has(result.userId)) tokens.set(result.userId, await tokenFor(result.userId));
  }
});

/** Posts as a user of the result's merchant and checks the 200 body against the contract. */
async function ok(body: Record<string, unknown>, resultId: string): Promise<ApiResponse> {
  const owner = demoResults().find((result) => result.id === resultId);
  const response = await postReport(body, { token: tokens.get(owner?.userId ?? '') });
  expect(response.status, response.text).toBe(200);
  const parsed = response.json();
  expect(
    validateJobInterviewPdfResponse(parsed),
    JSON.stringify(validateJobInterviewPdfResponse.errors),
  ).toBe(true);
  return response;
}

const demoResult = (language: string) => {
  const found = demoResults().find((result) => result.language === language);
  if (!found) throw new Error(`no demo result in ${language}`);
  return found;
};

/** A demo result whose candidate uploaded files (resume, cover letter). */
function resultWithFiles(): string {
  const found = demoDocument().results?.find((result) =>
    demoDocument().files?.some((file) => file.candidate_id === result.candidate_id),
  );
  if (!found) throw new Error('no demo result with files');
  return found.interview_result_id;
}

async function download(
  url: string,
): Promise<{ status: number; type: string | null; bytes: Uint8Array; disposition: string | null }> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

describe('JSON export through the gateway', () => {
  it.each(demoResults().map((result) => [result.id, result.language]))(
    'answers demo result %s (%s) with every section, valid against the contract and the report schema',
    async (id) => {
      const response = await ok(
        { interview_result_id: id, export_type: 'json', export_features_result: ALL_ON },
        id,
      );
      const { json_export } = response.json<{ json_export: { results: Array<{ data: ReportData }> } }>();
      expect(json_export.results).toHaveLength(1);
      expect(reportDataErrors(json_export.results[0]?.data)).toEqual([]);
      expect(json_export.results[0]?.data.interview_result_id).toBe(id);
    },
  );

  it('signs file pages that download as the page images, and answer recordings that play', async () => {
    const id = resultWithFiles();
    const response = await ok(
      { interview_result_id: id, export_type: 'json', export_features_result: ALL_ON },
      id,
    );
    const { json_export } = response.json<{
      json_export: { results: Array<{ data: ReportData; files: Array<{ page_signed: string }> }> };
    }>();
    const [result] = json_export.results;
    expect(result?.files.length).toBeGreaterThan(0);
    const page = await download(result?.files[0]?.page_signed as string);
    expect(page.status).toBe(200);
    expect(page.type).toBe('image/png');
    expect(Buffer.from(page.bytes.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const recording = result?.data.answer_recordings?.[0]?.recording.url;
    expect(recording).toBeDefined();
    expect((await download(recording as string)).status).toBe(200);
  });

  it('keeps the order of a combined report and adds the overview table', async () => {
    const merchant = demoResult('ja').merchantId;
    const ids = demoResults()
      .filter((result) => result.merchantId === merchant)
      .map((result) => result.id)
      .reverse();
    const response = await ok({ interview_result_ids: ids, export_type: 'json' }, ids[0] as string);
    const { json_export } = response.json<{
      json_export: { results: Array<{ data: ReportData }>; table: string };
    }>();
    expect(json_export.results.map((result) => result.data.interview_result_id)).toEqual(ids);
    expect(json_export.table).toContain('<table');
  });
});

describe('HTML export through the gateway', () => {
  it.each([
    ['ja', 'classic'],
    ['ar', 'modern'],
    ['th', 'one_pager'],
  ])('is a whole document for the %s result with the %s template', async (language, template) => {
    const { id } = demoResult(language);
    const response = await ok({ interview_result_id: id, export_type: 'html', template }, id);
    const html = response.json<{ html_export: string }>().html_export;
    const document = parse(html);
    const root = document.childNodes.find((node) => node.nodeName === 'html') as {
      attrs: Array<{ name: string; value: string }>;
    };
    const attribute = (name: string) => root.attrs.find((attr) => attr.name === name)?.value;
    expect(attribute('lang')?.startsWith(language)).toBe(true);
    expect(attribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).not.toMatch(/<script/i);
  });
});

describe('PDF export through the gateway', () => {
  async function pdfOf(body: Record<string, unknown>, id: string) {
    const response = await ok({ export_type: 'pdf', ...body }, id);
    const { pdf_export_url, pdf_export_valid_until } = response.json<{
      pdf_export_url: string;
      pdf_export_valid_until: string;
    }>();
    const file = await download(pdf_export_url);
    expect(file.status).toBe(200);
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    return { url: pdf_export_url, validUntil: pdf_export_valid_until, ...file };
  }

  it('prints the Japanese demo report: name and answers as text, Japanese font embedded, metadata, readable file name', async () => {
    const { id } = demoResult('ja');
    const result = demoDocument().results?.find((r) => r.interview_result_id === id);
    const candidate = demoDocument().candidates?.find((c) => c.candidate_id === result?.candidate_id);
    const candidateName = candidate?.name ?? 'missing candidate';
    const before = Date.now();
    const pdf = await pdfOf({ interview_result_id: id }, id);

    const validUntil = Date.parse(pdf.validUntil);
    const ttl = Number(testStack().env.SIGNED_URL_TTL_SECONDS);
    expect(validUntil).toBeGreaterThanOrEqual(before + ttl * 1000 - 5_000);
    expect(validUntil).toBeLessThanOrEqual(Date.now() + ttl * 1000 + 5_000);
    expect(new URL(pdf.url).searchParams.get('X-Amz-Expires')).toBe(String(ttl));
    expect(pdf.disposition).toContain('.pdf');
    expect(decodeURIComponent(pdf.disposition ?? '')).toContain(candidateName);

    const text = pdfText(pdf.bytes).replace(/\s+/g, '');
    expect(text).toContain(candidateName.replace(/\s+/g, ''));
    const firstAnswer = result?.turns?.find((turn) => turn.answer)?.answer as string;
    expect(text).toContain(firstAnswer.replace(/\s+/g, '').slice(0, 20));

    expect(pdfFonts(pdf.bytes).some((font) => /NotoSansJP/i.test(font.name) && font.embedded)).toBe(true);
    const info = pdfInfo(pdf.bytes);
    expect(info.Title).toBeTruthy();
    expect(info.Author).toBe(
      demoDocument().merchants?.find((m) => m.merchant_id === result?.merchant_id)?.name,
    );
    expect(info['Page size']).toContain('(A4)');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
    expect(pdfLanguage(pdf.bytes)).toMatch(/^ja/);
  });

  it('serves a repeat request from the stored PDF: same object, signed again, not printed again', async () => {
    const { id } = demoResult('th');
    const first = await pdfOf({ interview_result_id: id }, id);
    expect(pdfFonts(first.bytes).some((font) => /NotoSansThai/i.test(font.name))).toBe(true);
    const { s3 } = createAwsClients(loadConfig(testStack().env));
    const [bucket, ...keyParts] = new URL(first.url).pathname.slice(1).split('/');
    const object = { Bucket: bucket, Key: decodeURIComponent(keyParts.join('/')) };
    // Mark the stored object: a second render would overwrite it with Chromium's bytes and a new ETag.
    const marked = Buffer.concat([
      Buffer.from(first.bytes),
      Buffer.from('\n% stored object, marked by the test\n'),
    ]);
    await s3.send(new PutObjectCommand({ ...object, Body: marked, ContentType: 'application/pdf' }));
    const markedETag = (await s3.send(new HeadObjectCommand(object))).ETag;
    try {
      const second = await pdfOf({ interview_result_id: id }, id);
      expect(new URL(second.url).pathname).toBe(new URL(first.url).pathname);
      expect(Buffer.compare(Buffer.from(second.bytes), marked)).toBe(0);
      expect((await s3.send(new HeadObjectCommand(object))).ETag).toBe(markedETag);
    } finally {
      await s3.send(new PutObjectCommand({ ...object, Body: first.bytes, ContentType: 'application/pdf' }));
      s3.destroy();
    }
  });

  it.each([
    ['ko', /NotoSansKR/i],
    ['zh', /NotoSansSC/i],
    ['ta', /NotoSansTamil/i],
    ['hi', /NotoSansDevanagari/i],
    ['ar', /NotoSansArabic/i],
    ['el', /NotoSans-|NotoSans$/i],
    ['ru', /NotoSans-|NotoSans$/i],
  ])('labels a report in %s with real glyphs from an embedded Noto face', async (language, font) => {
    const { id } = demoResult('en');
    const pdf = await pdfOf(
      {
        interview_result_id: id,
        template: 'one_pager',
        export_features_result: { mojito_language_code: language },
      },
      id,
    );
    const fonts = pdfFonts(pdf.bytes);
    expect(
      fonts.some((entry) => font.test(entry.name) && entry.embedded),
      JSON.stringify(fonts),
    ).toBe(true);
    // No glyph fell back to a font without the script: the labels come out as the catalog's words.
    expect(pdfText(pdf.bytes)).not.toMatch(/\uFFFD/);
  });

  it("heads each candidate's pages of a combined PDF with that candidate's name, the overview with the title", async () => {
    const ids = [demoResult('ja').id, demoResult('th').id];
    const pdf = await pdfOf({ interview_result_ids: ids }, ids[0] as string);
    const names = ids.map((id) => {
      const result = demoDocument().results?.find((r) => r.interview_result_id === id);
      return demoDocument().candidates?.find((c) => c.candidate_id === result?.candidate_id)?.name as string;
    });
    // The running header is the first line pdftotext reads on a page (isolate marks removed).
    const headers = pdfPages(pdf.bytes).map((page) =>
      (page.split('\n').find((line) => line.trim() !== '') ?? '').replace(/[\u2066-\u2069]/g, '').trim(),
    );
    expect(headers[0], JSON.stringify({ headers, names })).not.toContain(names[0]);
    const firstOf = (name: string) => headers.indexOf(name);
    expect(firstOf(names[0] as string)).toBe(1);
    expect(firstOf(names[1] as string)).toBeGreaterThan(1);
    // Every page after the overview is headed by one of the two candidates, in order.
    const rest = headers.slice(1);
    const switchAt = rest.indexOf(names[1] as string);
    expect(rest.slice(0, switchAt).every((header) => header === names[0])).toBe(true);
    expect(rest.slice(switchAt).every((header) => header === names[1])).toBe(true);
  });

  it('keeps a stored report under the result (store_file) and records it', async () => {
    const { id } = demoResult('es');
    const pdf = await pdfOf({ interview_result_id: id, store_file: true }, id);
    expect(new URL(pdf.url).pathname).toContain(`/reports/`);
    expect(new URL(pdf.url).pathname).toContain(id);
  });
});

describe('presigned URLs expire', () => {
  it('refuses a download once the URL has expired, and serves the same object to a URL still valid', async () => {
    const config = loadConfig(testStack().env);
    const { s3 } = createAwsClients(config);
    const buckets = { files: config.filesBucket, reports: config.reportsBucket };
    const id = resultWithFiles();
    const listed = await ok({ interview_result_id: id, export_type: 'json' }, id);
    const page = listed.json<{ json_export: { results: Array<{ files: Array<{ page_signed: string }> }> } }>()
      .json_export.results[0]?.files[0]?.page_signed;
    const key = decodeURIComponent(new URL(page as string).pathname.split('/').slice(2).join('/'));
    // Signed an hour ago for 60 s: expired these 59 minutes, with no waiting for it.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    const expired = await new S3UrlSigner(s3, buckets, { now: () => anHourAgo }).sign('files', key, {
      expiresInSeconds: 60,
    });
    // Signed an hour ago for two hours: still valid, so the refusal above is the expiry's.
    const valid = await new S3UrlSigner(s3, buckets, { now: () => anHourAgo }).sign('files', key, {
      expiresInSeconds: 7_200,
    });
    const refused = await fetch(expired);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Request has expired');
    expect((await download(valid)).status).toBe(200);
    s3.destroy();
  });
});
