/**
 * `npm run bench`: the service's figures side by side in one run, through the local gateway (real
 * token verification, DynamoDB Local, s3rver, the real report-api handler), plus the report-api
 * bundle's size and cold import time. Prints a Markdown table for docs/benchmarks.md.
 *
 * Then the PDF renderer benchmark (test/bench/pdf-bench.ts: bare puppeteer against our renderer, warm
 * and cold, with the same Chromium; minutes, not seconds), and report-worker's events per minute
 * (test/bench/worker-bench.ts), each in a process of its own (one local stack per process).
 *
 * Options (environment): BENCH_RUNS (default 200, single-result requests), BENCH_RUNS_50 (default 30),
 * BENCH_PDF=0 to skip the PDF benchmark, BENCH_WORKER=0 to skip the worker's.
 */
import { execFileSync } from 'node:child_process';
import { DEMO_DOCUMENT_FILE, readDemoDocument } from '../../infra/local/demo-document.ts';
import { seedDocument, startLocalStack } from '../../infra/local/stack.ts';
import { measureBundle } from './bundle-bench.ts';
import { benchData } from './report-bench-data.ts';
import { ms, type Summary, summarize, time } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const RUNS_50 = Number(process.env.BENCH_RUNS_50 ?? 30);

interface Row {
  name: string;
  summary: Summary;
  target?: string;
  note?: string;
}

function table(rows: Row[]): string {
  const lines = ['| case | n | median | p95 | target | note |', '| --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${row.summary.n} | ${ms(row.summary.median)} | ${ms(row.summary.p95)} | ${row.target ?? ''} | ${row.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const stack = await startLocalStack({ port: 0, stateDirectory: '.local/bench' });
  try {
    const demo = readDemoDocument();
    const data = benchData(demo, 50);
    await seedDocument(data.document, DEMO_DOCUMENT_FILE, stack.env);
    const token = await stack.tokenFor(data.userId, { expiresIn: '2h' });
    const single = demo.results?.find((r) => r.merchant_id === data.merchantId)
      ?.interview_result_id as string;

    const post = async (body: unknown): Promise<number> => {
      const response = await fetch(`${stack.url}/job-interview-pdf`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`bench request failed: ${response.status} ${text}`);
      return text.length;
    };

    const rows: Row[] = [];
    const scenario = async (name: string, body: unknown, runs: number, target?: string) => {
      const bytes = await post(body);
      const samples = await time(() => post(body), runs, 20);
      rows.push({ name, summary: summarize(samples), target, note: `${(bytes / 1024).toFixed(0)} KB body` });
      console.error(`[bench] ${name}: median ${ms(rows.at(-1)?.summary.median ?? 0)}`);
    };

    await scenario('JSON, 1 result', { interview_result_id: single, export_type: 'json' }, RUNS, '< 30 ms');
    await scenario(
      'JSON, 50 results',
      { interview_result_ids: data.resultIds, export_type: 'json' },
      RUNS_50,
      '< 300 ms',
    );
    await scenario('HTML, 1 result', { interview_result_id: single, export_type: 'html' }, RUNS, '< 40 ms');
    await scenario(
      'HTML, 50 results',
      { interview_result_ids: data.resultIds, export_type: 'html' },
      RUNS_50,
    );

    const bundle = await measureBundle('report-api', { ...process.env, ...stack.env });
    rows.push({
      name: 'report-api cold import',
      summary: bundle.coldImport,
      target: '< 150 ms',
      note: `bundle ${(bundle.bytes / 1024).toFixed(1)} KiB (target < 500 KB)`,
    });

    console.log(`\n${table(rows)}\n`);
    console.log(`Node ${process.version}, ${new Date().toISOString()}, load average ${loadAverage()}`);
  } finally {
    await stack.stop();
  }
  if (process.env.BENCH_PDF !== '0') {
    execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/pdf-bench.ts'], { stdio: 'inherit' });
  }
  if (process.env.BENCH_WORKER !== '0') {
    execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/worker-bench.ts'], { stdio: 'inherit' });
  }
}

function loadAverage(): string {
  return execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
}

await main();
