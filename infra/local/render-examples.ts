/**
 * `npm run examples`: renders example reports to docs/examples/ so anyone can see the design without
 * running the service: the HTML documents (page images inlined), PDFs and PNG images of their pages.
 *
 * Data: the demo document (infra/local/demo/demo-data.json, the data `npm start` seeds), planned by the
 * real seed loader and built into report models by the real builder; signed links are made up and the
 * page images inlined from the demo assets, as the PDF export inlines them. Printing: the service's own
 * renderer (`PdfRenderer` of shared/render/pdf, what the pdf-renderer Lambda runs: `@sparticuz/chromium`,
 * the fonts layer of `npm run build:layers`, JavaScript off, every request intercepted) with the running
 * header, "page X of Y" footer and metadata the PDF export gives it. PNGs: poppler's pdftoppm.
 *
 * Options: `--only <substring>` renders only the examples whose name contains it; `--keep-pdf` keeps
 * every PDF (by default only the PDF examples' are kept; the others duplicate their PNGs).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY, type TableItem } from '../../shared/adapters/aws/table-design.ts';
import { buildReportData } from '../../shared/domain/build-report-data.ts';
import { objectKeysToSign, type SignedLinks } from '../../shared/domain/objects-to-sign.ts';
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
  MerchantRecord,
  ResultBundle,
  TurnRecord,
} from '../../shared/domain/records.ts';
import type { ReportData } from '../../shared/domain/report-model.ts';
import { pdfPrintChromeFor } from '../../shared/render/html/pdf-print-chrome.ts';
import { renderReportHtml } from '../../shared/render/html/render-report-html.tsx';
import { PdfRenderer } from '../../shared/render/pdf/pdf-renderer.ts';
import { DEMO_DOCUMENT_FILE, readDemoDocument } from './demo-document.ts';
import { REPO_ROOT } from './local-paths.ts';
import { planSeedDocument } from './seed-loader.ts';

const OUT_DIR = join(REPO_ROOT, 'docs/examples');
/** Fixed so the examples only change when the design does. */
const LINK_EXPIRY = '2026-12-01T09:00:00.000Z';
/** Page images: 60 dpi keeps an A4 page near 50 kB and still readable on screen. */
const PNG_DPI = '60';

interface Example {
  name: string;
  /** Demo result ids (last two digits), each reported in its own language unless `language` is set. */
  results: string[];
  template: ReportTemplate;
  features: ExportFeatures;
  combined?: boolean;
  /** Report language for every result (the request's `mojito_language_code`). */
  language?: LanguageCode;
  /** Keep the PDF in docs/examples (the demo PDFs); otherwise only its page images stay. */
  keepPdf?: boolean;
  /** How many pages, from the first, get a PNG. */
  pngPages: number;
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
        keepPdf: template !== 'modern',
        pngPages: template === 'classic' ? 3 : 1,
      }),
    ),
  ),
  {
    name: 'combined-classic-mixed-languages',
    results: ['01', '02', '03', '04', '09', '10'],
    template: 'classic',
    features: DEFAULT_EXPORT_FEATURES,
    combined: true,
    keepPdf: true,
    pngPages: 3,
  },
  {
    name: 'combined-one-pager-en',
    results: ['05', '06'],
    template: 'one_pager',
    features: EVERYTHING,
    combined: true,
    pngPages: 3,
  },
  // Labels in scripts the four languages above do not exercise (Hangul, Devanagari, Cyrillic): the
  // English demo result reported with another mojito_language_code.
  ...(['ko', 'hi', 'ru'] as const).map(
    (language): Example => ({
      name: `classic-en-result-in-${language}`,
      results: ['05'],
      template: 'classic',
      features: EVERYTHING,
      language,
      pngPages: 2,
    }),
  ),
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
  /** Merchant id → name (the PDF's Author). */
  merchants: Map<string, string>;
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
  const merchants = new Map(
    of(ENTITY.merchant).map((item) => {
      const merchant = recordOf<MerchantRecord>(item);
      return [merchant.merchant_id, merchant.name];
    }),
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
  return { bundles, merchants, assets };
}

/** Made-up presigned links for every object the report needs. */
function fakeLinks(bundle: ResultBundle, features: ExportFeatures): SignedLinks {
  const links = new Map<string, { url: string; expires_at: string }>();
  for (const key of objectKeysToSign(bundle, features)) {
    links.set(key, {
      url: `https://files.example.com/${key}?X-Amz-Expires=604800&X-Amz-Signature=example`,
      expires_at: LINK_EXPIRY,
    });
  }
  return links;
}

/**
 * Page images `<name>-p<N>.png` of the first `count` pages (pdftoppm pads page numbers to the
 * document's page count; the names here do not change with it).
 */
function pagePngs(pdfPath: string, name: string, count: number): void {
  const prefix = join(OUT_DIR, `${name}-page`);
  execFileSync('pdftoppm', ['-png', '-r', PNG_DPI, '-f', '1', '-l', String(count), pdfPath, prefix]);
  for (const file of readdirSync(OUT_DIR)) {
    const match = new RegExp(`^${name}-page-0*(\\d+)\\.png$`).exec(file);
    if (match) renameSync(join(OUT_DIR, file), join(OUT_DIR, `${name}-p${match[1]}.png`));
  }
}

/** Removes what an earlier run wrote for an example (its page count may have changed). */
function removeOutputsOf(name: string): void {
  for (const file of readdirSync(OUT_DIR)) {
    if (new RegExp(`^${name}(-p\\d+)?\\.(png|pdf|html)$`).test(file)) rmSync(join(OUT_DIR, file));
  }
}

async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const keepEveryPdf = process.argv.includes('--keep-pdf');
  mkdirSync(OUT_DIR, { recursive: true });
  const renderer = new PdfRenderer({ timeoutMs: 60_000 });
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
          example.language ?? bundle.result.mojito_language_code,
        );
        for (const [key, link] of links) {
          const asset = demo.assets.get(key);
          if (asset) inlineImages.set(link.url, asset);
        }
        return data;
      });
      const combined = example.combined ?? false;
      const html = renderReportHtml({
        reports,
        combined,
        template: example.template,
        inlineImages,
        ...(example.language ? { language: example.language } : {}),
      });
      removeOutputsOf(example.name);
      writeFileSync(join(OUT_DIR, `${example.name}.html`), html);

      // What the PDF export (shared/usecases/generate-report.ts) hands the renderer.
      const chrome = pdfPrintChromeFor(reports, combined, example.language);
      const merchantId = demo.bundles.get(resultId(example.results[0] ?? ''))?.result.merchant_id ?? '';
      const { pdf, pages } = await renderer.render(html, {
        title: chrome.title,
        author: demo.merchants.get(merchantId) ?? chrome.title,
        language: chrome.language,
        headerText: chrome.headerText,
        sectionHeaders: chrome.sectionHeaders,
        pageLabel: chrome.pageLabel,
      });
      const pdfPath = join(OUT_DIR, `${example.name}.pdf`);
      writeFileSync(pdfPath, pdf);
      pagePngs(pdfPath, example.name, example.pngPages);
      if (!example.keepPdf && !keepEveryPdf) rmSync(pdfPath);
      const expected = example.template === 'one_pager' ? reports.length + (combined ? 1 : 0) : undefined;
      const verdict =
        expected === undefined ? '' : pages === expected ? ' (one page each: ok)' : ' EXPECTED ONE PAGE';
      console.log(`${example.name}: ${pages} page(s), ${(pdf.byteLength / 1024).toFixed(0)} kB${verdict}`);
      if (expected !== undefined && pages !== expected) process.exitCode = 1;
    }
  } finally {
    await renderer.close();
  }
  const bytes = readdirSync(OUT_DIR).reduce((sum, file) => sum + statSync(join(OUT_DIR, file)).size, 0);
  console.log(`docs/examples: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
}

await main();
