/**
 * `npm run examples`: renders example reports to docs/examples/ so anyone can see the design without
 * running the service: the HTML documents (page images inlined), their PDFs' first pages as PNG, and
 * a page count check for the one-page template.
 *
 * Data: the demo document (infra/local/demo/demo-data.json, the data `npm start` seeds), planned by the
 * real seed loader and built into report models by the real builder; signed links are made up and the
 * page images inlined from the demo assets. Printing: Debian's Chromium through puppeteer-core with
 * JavaScript off and every network request refused, and the PDF renderer's print CSS (running header,
 * "page X of Y") added as the renderer adds it. PNGs: poppler's pdftoppm.
 *
 * Options: `--only <substring>` renders only the examples whose name contains it; `--keep-pdf` keeps
 * the PDFs (not committed: they duplicate the PNGs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { buildReportData } from '../../shared/domain/build-report-data.ts';
import { listObjectsToSign, type SignedLinks } from '../../shared/domain/objects-to-sign.ts';
import {
  DEFAULT_EXPORT_FEATURES,
  type ExportFeatures,
  type ReportTemplate,
} from '../../shared/domain/options.ts';
import type {
  CandidateFileRecord,
  CandidateRecord,
  InterviewRecord,
  InterviewResultRecord,
  LanguageCode,
  ResultBundle,
  TurnRecord,
} from '../../shared/domain/records.ts';
import type { ReportData } from '../../shared/domain/report-model.ts';
import { pdfPrintChromeFor } from '../../shared/render/html/pdf-print-chrome.ts';
import { renderReportHtml } from '../../shared/render/html/render-report-html.tsx';
import { injectIntoHead, printCss } from '../../shared/render/pdf/print-css.ts';
import { ENTITY, type TableItem } from '../../shared/store/table-design.ts';
import { DEMO_DOCUMENT_FILE, readDemoDocument } from './demo-document.ts';
import { REPO_ROOT } from './local-paths.ts';
import { planSeedDocument } from './seed-loader.ts';

const OUT_DIR = join(REPO_ROOT, 'docs/examples');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Fixed so the examples only change when the design does. */
const LINK_EXPIRY = '2026-12-01T09:00:00.000Z';

interface Example {
  name: string;
  /** Demo result ids (last two digits), each reported in its own language. */
  results: string[];
  template: ReportTemplate;
  features: ExportFeatures;
  combined?: boolean;
}

/** Everything on: rubric, recordings and files too; classic shows the transcript in order. */
const EVERYTHING: ExportFeatures = {
  ...DEFAULT_EXPORT_FEATURES,
  ai_scoring_rubric: true,
  answer_recording: true,
  session_recording: true,
};

/** The demo results shown per language: en 05, ja 01, ar 02, th 03. */
const BY_LANGUAGE = [
  ['en', '05'],
  ['ja', '01'],
  ['ar', '02'],
  ['th', '03'],
] as const;

const EXAMPLES: Example[] = [
  ...(['classic', 'modern', 'one_pager'] as const).flatMap((template) =>
    BY_LANGUAGE.map(
      ([language, result]): Example => ({
        name: `${template.replace('_', '-')}-${language}`,
        results: [result],
        template,
        // modern shows the transcript grouped by question, with follow-ups nested.
        features: { ...EVERYTHING, group_by_question: template === 'modern' },
      }),
    ),
  ),
  {
    name: 'combined-classic-mixed-languages',
    results: ['01', '02', '03', '04', '09', '10'],
    template: 'classic',
    features: DEFAULT_EXPORT_FEATURES,
    combined: true,
  },
  {
    name: 'combined-one-pager-en',
    results: ['05', '06'],
    template: 'one_pager',
    features: EVERYTHING,
    combined: true,
  },
];

const resultId = (suffix: string) => `60000000-0000-4000-8000-0000000000${suffix}`;

/** Strips the table envelope (keys, entity, index attributes) off an item. */
function recordOf<T>(item: TableItem): T {
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    gsi1pk: _gsi1pk,
    gsi1sk: _gsi1sk,
    ...record
  } = item as TableItem & {
    gsi1pk?: string;
    gsi1sk?: string;
  };
  return record as T;
}

interface Demo {
  bundles: Map<string, ResultBundle>;
  /** Object key → data URI of the demo asset stored under it. */
  assets: Map<string, string>;
}

/** The demo document as result bundles, through the seed loader's own plan (validation included). */
async function loadDemo(): Promise<Demo> {
  const baseDir = join(DEMO_DOCUMENT_FILE, '..');
  const plan = await planSeedDocument(readDemoDocument(), { baseDir, lookup: async () => new Map() });
  const of = (entity: string) => plan.items.filter((item) => item.entity === entity);
  const interviews = new Map(
    of(ENTITY.interview).map((item) => [
      recordOf<InterviewRecord>(item).interview_id,
      recordOf<InterviewRecord>(item),
    ]),
  );
  const candidates = new Map(
    of(ENTITY.candidate).map((item) => [
      recordOf<CandidateRecord>(item).candidate_id,
      recordOf<CandidateRecord>(item),
    ]),
  );
  const files = new Map(
    of(ENTITY.candidateFiles).map((item) => {
      const record = recordOf<{ candidate_id: string; files: CandidateFileRecord[] }>(item);
      return [record.candidate_id, record.files];
    }),
  );
  const turns = new Map(
    of(ENTITY.transcript).map((item) => [
      item.pk.replace(/^RESULT#/, ''),
      recordOf<{ turns: TurnRecord[] }>(item).turns,
    ]),
  );
  const bundles = new Map<string, ResultBundle>();
  for (const item of of(ENTITY.result)) {
    const result = recordOf<InterviewResultRecord>(item);
    const interview = interviews.get(result.interview_id);
    const candidate = candidates.get(result.candidate_id);
    if (!interview || !candidate) throw new Error(`demo result ${result.interview_result_id} is incomplete`);
    bundles.set(result.interview_result_id, {
      result,
      interview,
      candidate,
      turns: turns.get(result.interview_result_id) ?? [],
      files: files.get(result.candidate_id) ?? [],
    });
  }
  const assets = new Map(
    plan.uploads
      .filter((upload) => upload.contentType.startsWith('image/'))
      .map((upload) => [
        upload.key,
        `data:${upload.contentType};base64,${readFileSync(upload.absolutePath).toString('base64')}`,
      ]),
  );
  return { bundles, assets };
}

/** Made-up presigned links for every object the report needs. */
function fakeLinks(bundle: ResultBundle, features: ExportFeatures): SignedLinks {
  const links = new Map<string, { url: string; expires_at: string }>();
  for (const object of listObjectsToSign(bundle, features)) {
    links.set(object.key, {
      url: `https://files.example.com/${object.key}?X-Amz-Expires=604800&X-Amz-Signature=example`,
      expires_at: LINK_EXPIRY,
    });
  }
  return links;
}

async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:')) void request.continue();
      else void request.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

function firstPagePng(pdfPath: string, pngBase: string): void {
  // 72 dpi keeps a page near 100 kB while staying readable on screen.
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', pdfPath, pngBase]);
}

async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const keepPdf = process.argv.includes('--keep-pdf');
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--font-render-hinting=none'],
  });
  try {
    const demo = await loadDemo();
    for (const example of EXAMPLES.filter((candidate) => !only || candidate.name.includes(only))) {
      const inlineImages = new Map<string, string>();
      const reports: ReportData[] = example.results.map((suffix) => {
        const bundle = demo.bundles.get(resultId(suffix));
        if (!bundle) throw new Error(`no demo result ${resultId(suffix)}`);
        const links = fakeLinks(bundle, example.features);
        const data = buildReportData(
          bundle,
          { features: example.features, template: example.template },
          links,
          bundle.result.mojito_language_code as LanguageCode,
        );
        for (const [key, link] of links) {
          const asset = demo.assets.get(key);
          if (asset) inlineImages.set(link.url, asset);
        }
        return data;
      });
      const combined = example.combined ?? false;
      const html = renderReportHtml({ reports, combined, template: example.template, inlineImages });
      writeFileSync(join(OUT_DIR, `${example.name}.html`), html);

      const chrome = pdfPrintChromeFor(reports, combined);
      const pdf = await printPdf(browser, injectIntoHead(html, `<style>${printCss(chrome)}</style>`));
      const pdfPath = join(OUT_DIR, `${example.name}.pdf`);
      writeFileSync(pdfPath, pdf);
      firstPagePng(pdfPath, join(OUT_DIR, example.name));
      const pages = (await PDFDocument.load(pdf)).getPageCount();
      if (!keepPdf) rmSync(pdfPath);
      const expected = example.template === 'one_pager' ? reports.length + (combined ? 1 : 0) : undefined;
      const verdict =
        expected === undefined ? '' : pages === expected ? ' (one page each: ok)' : ' EXPECTED ONE PAGE';
      console.log(`${example.name}: ${pages} page(s)${verdict}`);
      if (expected !== undefined && pages !== expected) process.exitCode = 1;
    }
  } finally {
    await browser.close();
  }
  const bytes = readdirSync(OUT_DIR).reduce((sum, file) => sum + statSync(join(OUT_DIR, file)).size, 0);
  console.log(`docs/examples: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
}

await main();
