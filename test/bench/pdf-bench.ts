/**
 * PDF benchmark, in one run with the same Chromium (`@sparticuz/chromium`) on this machine:
 *
 * - bare puppeteer baseline: launch once, `setContent` + `pdf` of the same HTML (no hardening, no fonts);
 * - our renderer warm (PdfRenderer: interception, JS off, fonts, margin boxes, metadata);
 * - cold: a fresh Node process with an empty TMPDIR (Chromium unpacked, launched, one PDF), bare vs ours
 *   (ours bundled with esbuild as Lambda runs it);
 * - the repeat request served from the stored object (exportPdf: content hash, HeadObject on s3rver,
 *   presign; Chromium not involved);
 *
 * for 1-, 10- and 50-result reports, with medians, p95, ratios and peak RSS.
 * The HTML is the real report template (shared/render/html) over the test fixtures' English result
 * repeated; `PDF_BENCH_HTML=generated` uses a generated document of similar size instead.
 *
 * Bare and ours run in alternating blocks of back-to-back runs (measureBlocks), so both sides see
 * the same load of a shared machine; a side's median is over its own samples, the ratio is of the
 * medians. Peak RSS of a side = RSS of this Node process (which also holds the other side's
 * puppeteer client and s3rver) + RSS of that side's Chromium process and every process under it,
 * sampled every 25 ms during that side's blocks.
 *
 * Usage: npx tsx test/bench/pdf-bench.ts   (wired into `npm run bench` by test/bench/run.ts)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import chromium from '@sparticuz/chromium';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { EXTERNAL_MODULES } from '../../infra/build/bundle.ts';
import { startS3Local } from '../../infra/local/s3-local.ts';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { S3PdfObjects } from '../../shared/adapters/aws/s3-pdf-objects.ts';
import { S3UrlSigner } from '../../shared/adapters/aws/s3-url-signer.ts';
import { buildReportData } from '../../shared/domain/build-report-data.ts';
import { objectKeysToSign } from '../../shared/domain/objects-to-sign.ts';
import type { ReportData } from '../../shared/domain/report-model.ts';
import { renderReportHtml } from '../../shared/render/html/render-report-html.tsx';
import { PdfRenderer } from '../../shared/render/pdf/pdf-renderer.ts';
import {
  exportPdf,
  type PdfExportInput,
  pdfContentHash,
  pdfObjectKey,
} from '../../shared/usecases/export-pdf.ts';
import { ALL_ON, bundleOf, MERCHANT_ACME, RESULT_FULL_EN, requestFor } from '../support/fixtures.ts';
import { ms, type Summary, summarize } from './stats.ts';

const ALL_SIZES = [1, 10, 50] as const;
type Size = (typeof ALL_SIZES)[number];
/** `PDF_BENCH_SIZES=1,50` to run some sizes only; `PDF_BENCH_COLD=0` to skip the cold starts. */
const SIZES = ALL_SIZES.filter(
  (size) => !process.env.PDF_BENCH_SIZES || process.env.PDF_BENCH_SIZES.split(',').includes(String(size)),
);
/**
 * Blocks per side and recorded runs per block, per size (see measureBlocks);
 * `PDF_BENCH_BLOCKS_SCALE=2` doubles the blocks.
 */
const PLAN: Record<Size, { blocks: number; perBlock: number }> = {
  1: { blocks: 6, perBlock: 5 },
  10: { blocks: 4, perBlock: 3 },
  50: { blocks: 4, perBlock: 2 },
};
const BLOCKS_SCALE = Number(process.env.PDF_BENCH_BLOCKS_SCALE ?? 1);
const COLD_RUNS = process.env.PDF_BENCH_COLD === '0' ? 0 : 6;

function reportsOf(count: number): ReportData[] {
  const bundle = bundleOf(RESULT_FULL_EN);
  // Page images are left out: the bare baseline has no interception and would try the network.
  const request = requestFor([RESULT_FULL_EN], { export_type: 'pdf', features: { ...ALL_ON, files: false } });
  const links = new Map(
    objectKeysToSign(bundle, request.features).map((key) => [
      key,
      {
        url: `https://files.example.test/${key}?X-Amz-Signature=bench`,
        expires_at: '2030-01-01T00:00:00.000Z',
      },
    ]),
  );
  return Array.from({ length: count }, (_, i) => {
    const data = buildReportData(bundle, request, links, 'en');
    return {
      ...data,
      interview_result_id: `${data.interview_result_id.slice(0, 30)}${String(i).padStart(6, '0')}`,
    };
  });
}

function generatedHtml(count: number): string {
  const result = (i: number) =>
    `<section style="break-before: page"><h1>Candidate ${i}</h1><table>${'<tr><td>Score</td><td>87</td><td>Fluency</td><td>4.5</td></tr>'.repeat(8)}</table>${'<h3>Tell me about a time you led a team.</h3><p>I led a team of five engineers through a migration, coordinating the work and keeping stakeholders informed; we finished on time.</p>'.repeat(20)}</section>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body>${Array.from({ length: count }, (_, i) => result(i)).join('')}</body></html>`;
}

function htmlOf(count: number): string {
  if (process.env.PDF_BENCH_HTML === 'generated') return generatedHtml(count);
  return renderReportHtml({ reports: reportsOf(count), combined: count > 1, template: 'classic' });
}

/** RSS (MB) of a process and all its descendants (Chromium's are none with `--single-process`). */
function treeRssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return own + children.filter(Boolean).reduce((sum, child) => sum + treeRssMb(Number(child)), 0);
  } catch {
    return 0;
  }
}

interface Side {
  run: () => Promise<unknown>;
  chromiumPid: () => number | undefined;
}

interface Measured {
  samples: number[];
  peakRssMb: number;
}

/**
 * Runs two sides in alternating blocks: `blocks` blocks per side (a, b, a, b, …), each of one
 * unrecorded run followed by `perBlock` recorded runs back to back.
 *
 * Why blocks and not strict alternation: a side's run leaves work behind in its Chromium (bare
 * puppeteer's `page.close()` returns before the page is torn down), which then competes for the two
 * cores with whatever runs next. Back to back within a block, each side pays its own leftovers, as a
 * warm container serving request after request does; the first run of a block, which would pay the
 * other side's, is not recorded. Alternating blocks spreads the load of a shared machine over both.
 * Each side's peak RSS is sampled only during its own blocks.
 */
async function measureBlocks(
  a: Side,
  b: Side,
  plan: { blocks: number; perBlock: number },
): Promise<[Measured, Measured]> {
  const results: [Measured, Measured] = [
    { samples: [], peakRssMb: 0 },
    { samples: [], peakRssMb: 0 },
  ];
  let active: 0 | 1 = 0;
  const sides = [a, b] as const;
  const timer = setInterval(() => {
    const rss = process.memoryUsage().rss / 1048576 + treeRssMb(sides[active].chromiumPid());
    results[active].peakRssMb = Math.max(results[active].peakRssMb, rss);
  }, 25);
  try {
    for (let block = 0; block < plan.blocks * 2; block++) {
      active = (block % 2) as 0 | 1;
      for (let run = 0; run <= plan.perBlock; run++) {
        const start = performance.now();
        await sides[active].run();
        const took = performance.now() - start;
        if (run > 0) results[active].samples.push(took);
        if (process.env.PDF_BENCH_TRACE) console.error(active === 0 ? 'bare' : 'ours', took.toFixed(1));
      }
    }
    return results;
  } finally {
    clearInterval(timer);
  }
}

/** Runs fn `runs` times after one warm-up; the timings (ms). */
async function measure(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

const COLD_SCRIPT = `
const mode = process.argv[1];
const start = performance.now();
const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cold</title></head><body><h1>Cold start</h1><p>One small report.</p></body></html>';
if (mode === 'bare') {
  const chromium = (await import('@sparticuz/chromium')).default;
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: 'shell',
    env: { ...process.env, FONTCONFIG_PATH: process.env.TMPDIR + '/fonts' } });
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({ format: 'A4', printBackground: true });
  process.stdout.write(String(performance.now() - start));
  await browser.close();
} else {
  const { PdfRenderer } = await import(process.argv[2]);
  const renderer = new PdfRenderer();
  await renderer.render(html, { title: 'Cold', author: 'Bench', language: 'en', headerText: 'Ana Lima' });
  process.stdout.write(String(performance.now() - start));
  await renderer.close();
}
`;

/** The renderer bundled as Lambda runs it (esbuild, `@sparticuz/chromium` external, from the layer). */
async function bundledRenderer(): Promise<string> {
  const outfile = resolve('dist/pdf-bench/pdf-renderer.mjs');
  await build({
    entryPoints: ['shared/render/pdf/pdf-renderer.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    external: EXTERNAL_MODULES,
    banner: {
      js: "import { createRequire } from 'node:module';const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return `file://${outfile}`;
}

function coldStart(mode: 'bare' | 'ours', rendererModule: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-bench-cold-'));
  try {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', COLD_SCRIPT, mode, rendererModule],
      {
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: dir, PDF_FONTS_DIR: resolve('layers/fonts/build/report-fonts') },
        cwd: process.cwd(),
      },
    );
    return Number(out.trim().split('\n').at(-1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Row {
  label: string;
  summary: Summary;
  peakRssMb?: number;
}

function row({ label, summary, peakRssMb }: Row, baseline?: Summary): string {
  const ratio = baseline ? `${(summary.median / baseline.median).toFixed(2)}×` : '';
  const peak = peakRssMb ? `${peakRssMb.toFixed(0)} MB` : '';
  return `| ${label} | ${summary.n} | ${ms(summary.median)} | ${ms(summary.p95)} | ${ratio} | ${peak} |`;
}

async function main(): Promise<void> {
  const executablePath = await chromium.executablePath();
  const bare: Browser = await puppeteer.launch({
    executablePath,
    args: chromium.args,
    headless: 'shell',
    env: { ...process.env, FONTCONFIG_PATH: join(tmpdir(), 'fonts') },
  });
  const renderer = new PdfRenderer({ timeoutMs: 120_000 });
  await renderer.warm();
  let rendererPid = await renderer.keeper.pid();
  const stepLines: string[] = [
    '',
    'Our renderer, median of each step over all its runs (ms): page = taking the warm page, load = navigation + fonts, print = page.pdf, reset = about:blank (+ garbage collection after a PDF ≥ 1 MiB), metadata; fontsServed = font files answered per render:',
  ];
  const lines: string[] = [
    `PDF benchmark (${process.env.PDF_BENCH_HTML === 'generated' ? 'generated HTML' : 'report template'}), Chromium ${await bare.version()}, ${new Date().toISOString()}`,
    '',
    '| case | n | median | p95 | vs bare | peak RSS (Node + Chromium tree) |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const s3 = await startS3Local({ buckets: ['bench-files', 'bench-reports'] });
  const { s3: client } = createAwsClients({
    tableName: 'unused',
    filesBucket: 'bench-files',
    reportsBucket: 'bench-reports',
    signedUrlTtlSeconds: 3600,
    dynamoEndpoint: undefined,
    s3Endpoint: s3.endpoint,
    lambdaEndpoint: undefined,
    pdfRendererFunctionName: 'pdf-renderer',
    eventBusName: undefined,
    eventBridgeEndpoint: undefined,
    pdfRenderTimeoutMs: undefined,
    region: 'eu-west-1',
  });
  try {
    for (const size of SIZES) {
      const html = htmlOf(size);
      let pages = 0;
      const steps: Array<Record<string, number>> = [];
      const [bareRun, oursRun] = await measureBlocks(
        {
          run: async () => {
            const page = await bare.newPage();
            try {
              await page.setContent(html, { waitUntil: 'load' });
              await page.pdf({ format: 'A4', printBackground: true });
            } finally {
              await page.close();
            }
          },
          chromiumPid: () => bare.process()?.pid,
        },
        {
          run: async () => {
            const rendered = await renderer.render(html, {
              title: 'Report',
              author: 'Bench',
              language: 'en',
              headerText: 'Ana Lima',
            });
            pages = rendered.pages;
            steps.push({
              ...rendered.timings.steps,
              metadataMs: rendered.timings.metadataMs,
              fontsServed: rendered.fontsServed,
            });
            rendererPid = await renderer.keeper.pid();
          },
          chromiumPid: () => rendererPid,
        },
        { ...PLAN[size], blocks: Math.max(1, Math.round(PLAN[size].blocks * BLOCKS_SCALE)) },
      );
      const bareSummary = summarize(bareRun.samples);
      lines.push(
        row({
          label: `${size} result(s), bare puppeteer`,
          summary: bareSummary,
          peakRssMb: bareRun.peakRssMb,
        }),
        row(
          {
            label: `${size} result(s), our renderer warm (${pages} pages, ${(html.length / 1024).toFixed(0)} KB HTML)`,
            summary: summarize(oursRun.samples),
            peakRssMb: oursRun.peakRssMb,
          },
          bareSummary,
        ),
      );
      stepLines.push(
        `- ${size} result(s): ${Object.keys(steps[0] ?? {})
          .map((key) => `${key.replace(/Ms$/, '')} ${summarize(steps.map((s) => s[key] ?? 0)).median}`)
          .join(', ')}`,
      );

      // The repeat request: the object exists, so exportPdf hashes, checks and re-signs.
      const reports = reportsOf(size);
      const input: PdfExportInput = {
        merchantId: MERCHANT_ACME,
        author: 'Bench',
        title: 'Report',
        reports,
        combined: size > 1,
        template: 'classic',
        language: 'en',
        features: { ...ALL_ON, files: false },
        storeFile: false,
        signedKeys: new Map(),
        templateVersion: 'bench',
        renderHtml: () => {
          throw new Error('the repeat request must not render');
        },
      };
      await client.send(
        new PutObjectCommand({
          Bucket: 'bench-reports',
          Key: pdfObjectKey(input, pdfContentHash(input)),
          Body: 'pdf',
        }),
      );
      const deps = {
        pdf: { render: () => Promise.reject(new Error('must not render')) },
        objects: new S3PdfObjects(client, { files: 'bench-files', reports: 'bench-reports' }),
        signer: new S3UrlSigner(client, { files: 'bench-files', reports: 'bench-reports' }),
        // The repeat request is not store_file: nothing is recorded.
        repository: { recordPdfExport: () => Promise.reject(new Error('must not record')) },
        pdfUrlTtlSeconds: 3600,
        now: () => new Date(),
      };
      const repeat = await measure(() => exportPdf(input, deps), 30);
      lines.push(
        row({
          label: `${size} result(s), repeat request (stored object)`,
          summary: summarize(repeat),
        }),
      );
    }
    await bare.close();
    await renderer.close();

    const rendererModule = COLD_RUNS > 0 ? await bundledRenderer() : '';
    // Interleaved too, the side going first alternating.
    const bareColdSamples: number[] = [];
    const oursColdSamples: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const order = i % 2 === 0 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const);
      for (const mode of order) {
        (mode === 'bare' ? bareColdSamples : oursColdSamples).push(coldStart(mode, rendererModule));
      }
    }
    const bareCold = summarize(bareColdSamples);
    const oursCold = summarize(oursColdSamples);
    if (COLD_RUNS > 0) {
      lines.push(
        row({ label: 'cold: unpack + launch + 1 small PDF, bare', summary: bareCold }),
        row({ label: 'cold: unpack + launch + 1 small PDF, our renderer', summary: oursCold }, bareCold),
      );
    }
  } finally {
    await s3.stop();
    await bare.close().catch(() => {});
    await renderer.close();
  }
  console.log([...lines, ...stepLines].join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
