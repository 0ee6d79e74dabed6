/**
 * `npm run load`: the local stack under a realistic mix (test/load/load-mix.ts) at rising concurrency,
 * driven by autocannon through the local gateway (real token checks, DynamoDB Local, s3rver, the
 * renderer behind the local Invoke API). Every response is checked (test/load/check-response.ts).
 * Prints, per step: throughput, latency percentiles per export type, statuses and wrong bodies, as a
 * Markdown table for docs/benchmarks.md and docs/reliability.md; exits non-zero when a target is missed.
 *
 * Options (environment): LOAD_STEPS (default "1,5,10,25,50"), LOAD_SECONDS per step (default 20),
 * LOAD_PROFILE=ci (5 s steps).
 */
import autocannon, { type Request } from 'autocannon';
import { DEMO_DOCUMENT_FILE, readDemoDocument } from '../../infra/local/demo-document.ts';
import { seedDocument, startLocalStack } from '../../infra/local/stack.ts';
import { REPORT_ROUTE } from '../../shared/contract/report-route.ts';
import type { LanguageCode } from '../../shared/domain/records.ts';
import { benchData } from '../bench/report-bench-data.ts';
import { type CallerView, wrongBody } from './check-response.ts';
import { type ExportKind, type MixRequest, type MixResult, requestMix } from './load-mix.ts';

const STEPS = (process.env.LOAD_STEPS ?? '1,5,10,25,50').split(',').map(Number);
const SECONDS = Number(process.env.LOAD_SECONDS ?? (process.env.LOAD_PROFILE === 'ci' ? 5 : 20));
/** The targets of issue 10: no 5xx and no wrong body at 50 clients; JSON p95 under 100 ms at 25. */
const JSON_P95_TARGET_MS = 100;

interface Caller extends CallerView {
  token: string;
  requests: MixRequest[];
}

/** What one autocannon client remembers between sending a request and reading its response. */
interface RequestState {
  caller: Caller;
  mix: MixRequest;
  started: number;
}

interface StepFigures {
  clients: number;
  requests: number;
  throughput: number;
  latency: Record<ExportKind | 'all', { p50: number; p95: number; p99: number; n: number }>;
  statuses: Record<string, number>;
  wrong: number;
  wrongReasons: Set<string>;
  errors: number;
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

async function runStep(url: string, callers: Caller[], clients: number): Promise<StepFigures> {
  const samples: Record<ExportKind, number[]> = { json: [], html: [], pdf: [] };
  const statuses: Record<string, number> = {};
  const wrongReasons = new Set<string>();
  let wrong = 0;
  let cursor = 0;
  const instance = autocannon({
    url: `${url}${REPORT_ROUTE.path}`,
    method: 'POST',
    connections: clients,
    duration: SECONDS,
    // A PDF of five results takes seconds on two cores; autocannon's default of 10 s would count it lost.
    timeout: 60,
    requests: [
      {
        setupRequest: (request: Request, state: object) => {
          const context = state as RequestState;
          const caller = callers[cursor % callers.length] as Caller;
          const mix = caller.requests[
            Math.floor(cursor / callers.length) % caller.requests.length
          ] as MixRequest;
          cursor += 1;
          Object.assign(context, { caller, mix, started: performance.now() });
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
            body: JSON.stringify(mix.body),
          };
        },
        onResponse: (status: number, body: string, state: object) => {
          const { caller, mix, started } = state as RequestState;
          samples[mix.kind].push(performance.now() - started);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status !== 200) return;
          const reason = wrongBody(mix, caller, body);
          if (reason !== null) {
            wrong += 1;
            wrongReasons.add(reason);
          }
        },
      },
    ],
  });
  const result = await instance;
  const all = [...samples.json, ...samples.html, ...samples.pdf];
  return {
    clients,
    requests: all.length,
    throughput: all.length / SECONDS,
    latency: {
      json: percentiles(samples.json),
      html: percentiles(samples.html),
      pdf: percentiles(samples.pdf),
      all: percentiles(all),
    },
    statuses,
    wrong,
    wrongReasons,
    errors: result.errors + result.timeouts,
  };
}

const f = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');

function table(steps: StepFigures[]): string {
  const lines = [
    '| clients | requests | req/s | JSON p50 / p95 / p99 (ms) | HTML p50 / p95 (ms) | PDF p50 / p95 (ms) | statuses | wrong bodies | socket errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const step of steps) {
    const { json, html, pdf } = step.latency;
    const statuses = Object.entries(step.statuses)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    lines.push(
      `| ${step.clients} | ${step.requests} | ${step.throughput.toFixed(1)} | ${f(json.p50)} / ${f(json.p95)} / ${f(json.p99)} | ${f(html.p50)} / ${f(html.p95)} | ${f(pdf.p50)} / ${f(pdf.p95)} | ${statuses} | ${step.wrong} | ${step.errors} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const stack = await startLocalStack({ port: 0, stateDirectory: '.local/load' });
  try {
    const demo = readDemoDocument();
    const merchants = demo.merchants ?? [];
    const callers: Caller[] = [];
    for (const [index, merchant] of merchants.entries()) {
      const data = benchData(demo, 50, merchant.merchant_id);
      await seedDocument(data.document, DEMO_DOCUMENT_FILE, stack.env);
      const own: MixResult[] = data.document.results.map((result) => ({
        id: result.interview_result_id,
        language: result.mojito_language_code as LanguageCode,
      }));
      const foreignIds = new Set(
        (demo.results ?? []).filter((r) => r.merchant_id !== merchant.merchant_id).map((r) => r.candidate_id),
      );
      callers.push({
        merchantId: merchant.merchant_id,
        token: await stack.tokenFor(data.userId, { expiresIn: '2h' }),
        requests: requestMix(own, 200, index + 1),
        foreignNames: (demo.candidates ?? [])
          .filter((c) => foreignIds.has(c.candidate_id))
          .map((c) => c.name),
      });
    }
    const steps: StepFigures[] = [];
    for (const clients of STEPS) {
      const step = await runStep(stack.url, callers, clients);
      steps.push(step);
      console.error(
        `[load] ${clients} clients: ${step.requests} requests, JSON p95 ${f(step.latency.json.p95)} ms, ` +
          `statuses ${JSON.stringify(step.statuses)}, wrong ${step.wrong} ${[...step.wrongReasons].join('; ')}`,
      );
    }
    console.log(`\n${table(steps)}\n`);
    console.log(`${SECONDS} s per step, Node ${process.version}, ${new Date().toISOString()}`);
    const missed: string[] = [];
    for (const step of steps) {
      const serverErrors = Object.entries(step.statuses)
        .filter(([status]) => Number(status) >= 500)
        .reduce((sum, [, count]) => sum + count, 0);
      if (serverErrors > 0) missed.push(`${step.clients} clients: ${serverErrors} × 5xx`);
      if (step.wrong > 0) missed.push(`${step.clients} clients: ${step.wrong} wrong bodies`);
      if (step.clients === 25 && step.latency.json.p95 >= JSON_P95_TARGET_MS) {
        missed.push(`25 clients: JSON p95 ${f(step.latency.json.p95)} ms ≥ ${JSON_P95_TARGET_MS} ms`);
      }
    }
    if (missed.length > 0) {
      console.error(`Targets missed:\n  ${missed.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await stack.stop();
  }
}

await main();
