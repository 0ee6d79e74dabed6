/**
 * One step of load on the local stack: autocannon drives the gateway with the callers' request mixes
 * for a bounded time, each response checked (check-response.ts), latency kept per export type. Shared
 * by `npm run load` (rising concurrency) and `npm run soak` (one concurrency for a long time).
 */
import autocannon, { type Request } from 'autocannon';
import { DEMO_DOCUMENT_FILE, readDemoDocument } from '../../infra/local/demo-document.ts';
import { type LocalStack, seedDocument } from '../../infra/local/stack.ts';
import { REPORT_ROUTE } from '../../shared/contract/report-route.ts';
import type { LanguageCode } from '../../shared/domain/records.ts';
import { benchData } from '../bench/report-bench-data.ts';
import { summarize } from '../bench/stats.ts';
import { type CallerView, wrongBody } from './check-response.ts';
import { type ExportKind, type MixRequest, type MixResult, requestMix } from './load-mix.ts';

export interface Caller extends CallerView {
  token: string;
  requests: MixRequest[];
}

/** What one autocannon client remembers between sending a request and reading its response. */
interface RequestState {
  caller: Caller;
  mix: MixRequest;
  started: number;
}

export interface StepFigures {
  clients: number;
  requests: number;
  throughput: number;
  latency: Record<ExportKind | 'all', { p50: number; p95: number; p99: number; n: number }>;
  statuses: Record<string, number>;
  wrong: number;
  wrongReasons: Set<string>;
  errors: number;
}

/** The latency figures of one export type: p50 (the median), p95, p99 and the count. */
function percentiles(samples: number[]) {
  const { median, p95, p99, n } = summarize(samples);
  return { p50: median, p95, p99, n };
}

export async function runStep(
  url: string,
  callers: Caller[],
  clients: number,
  seconds: number,
): Promise<StepFigures> {
  const samples: Record<ExportKind, number[]> = { json: [], html: [], pdf: [] };
  const statuses: Record<string, number> = {};
  const wrongReasons = new Set<string>();
  let wrong = 0;
  let cursor = 0;
  const instance = autocannon({
    url: `${url}${REPORT_ROUTE.path}`,
    method: 'POST',
    connections: clients,
    duration: seconds,
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
    throughput: all.length / seconds,
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

export const f = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');

export function table(steps: StepFigures[]): string {
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

/**
 * Seeds 50 results per demo merchant (clones of its demo results) and builds one caller per merchant:
 * a token of one of its users, its request mix, and the other merchants' candidate names.
 *
 * @example const callers = await loadCallers(stack, 200);
 */
export async function loadCallers(stack: LocalStack, requestsPerCaller: number): Promise<Caller[]> {
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
    const foreignCandidates = new Set(
      (demo.results ?? []).filter((r) => r.merchant_id !== merchant.merchant_id).map((r) => r.candidate_id),
    );
    callers.push({
      merchantId: merchant.merchant_id,
      token: await stack.tokenFor(data.userId, { expiresIn: '2h' }),
      requests: requestMix(own, requestsPerCaller, index + 1),
      foreignNames: (demo.candidates ?? [])
        .filter((c) => foreignCandidates.has(c.candidate_id))
        .map((c) => c.name),
    });
  }
  return callers;
}

/**
 * Runs one step per concurrency, in order, each `seconds` long. Requests still in flight when a step's
 * time is up are abandoned by autocannon and counted nowhere; the stack finishes them meanwhile.
 */
export async function runSteps(
  url: string,
  callers: Caller[],
  concurrencies: readonly number[],
  seconds: number,
  log: (line: string) => void = () => {},
): Promise<StepFigures[]> {
  const steps: StepFigures[] = [];
  for (const clients of concurrencies) {
    const step = await runStep(url, callers, clients, seconds);
    steps.push(step);
    log(
      `${clients} clients: ${step.requests} requests, JSON p95 ${f(step.latency.json.p95)} ms, ` +
        `statuses ${JSON.stringify(step.statuses)}, wrong ${step.wrong} ${[...step.wrongReasons].join('; ')}`,
    );
  }
  return steps;
}

/** The targets of issue 10: no 5xx and no wrong body at any step; JSON p95 under 100 ms at 25 clients. */
export const JSON_P95_TARGET_MS = 100;

/**
 * The targets a run missed, as sentences; empty when it met them all.
 *
 * @example missedTargets(steps) // ['25 clients: JSON p95 140 ms ≥ 100 ms']
 */
export function missedTargets(
  steps: readonly StepFigures[],
  options: { latency: boolean } = { latency: true },
): string[] {
  const missed: string[] = [];
  for (const step of steps) {
    const serverErrors = Object.entries(step.statuses)
      .filter(([status]) => Number(status) >= 500)
      .reduce((sum, [, count]) => sum + count, 0);
    if (serverErrors > 0) missed.push(`${step.clients} clients: ${serverErrors} × 5xx`);
    if (step.wrong > 0)
      missed.push(
        `${step.clients} clients: ${step.wrong} wrong bodies (${[...step.wrongReasons].join('; ')})`,
      );
    if (step.errors > 0)
      missed.push(`${step.clients} clients: ${step.errors} requests lost (socket errors, timeouts)`);
    if (options.latency && step.clients === 25 && step.latency.json.p95 >= JSON_P95_TARGET_MS) {
      missed.push(`25 clients: JSON p95 ${f(step.latency.json.p95)} ms ≥ ${JSON_P95_TARGET_MS} ms`);
    }
  }
  return missed;
}
