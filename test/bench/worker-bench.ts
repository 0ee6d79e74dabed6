/**
 * report-worker's figure: "interview result completed" events per minute end to end on this machine,
 * and the share of that time spent in Chromium. The local stack with the real handlers: each event
 * goes through the local queue (the dev stage's batch size and concurrency) into report-worker, which
 * loads the result, builds the report, invokes the renderer (Chromium, warm), stores the PDF, writes
 * onto the result and publishes "ready"; the run ends when every message is acknowledged.
 *
 * The results are 20 completed demo results cloned under ids of their own, each with an interview
 * that auto-exports (classic, the contract's default toggles). One unmeasured event first starts
 * Chromium. Run: `npx tsx test/bench/worker-bench.ts` (also the last part of `npm run bench`).
 *
 * Options (environment): WORKER_BENCH_EVENTS (default 20).
 */
import { execFileSync } from 'node:child_process';
import { completedEvent } from '../../infra/local/completed-event.ts';
import { DEMO_DOCUMENT_FILE, readDemoDocument } from '../../infra/local/demo-document.ts';
import { busEvents, invocations, sendToQueue } from '../../infra/local/local-control-client.ts';
import { seedDocument, startLocalStack } from '../../infra/local/stack.ts';
import { loadStageConfig } from '../../infra/stages/load-stage-config.ts';
import { INTERVIEW_RESULT_REPORT_READY } from '../../shared/events/interview-result-report-ready.ts';
import { clonedResults } from '../support/cloned-results.ts';
import { ms, summarize } from './stats.ts';

const EVENTS = Number(process.env.WORKER_BENCH_EVENTS ?? 20);

async function main(): Promise<void> {
  // The worker's logs and EMF lines would drown the table; the code paths run all the same.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const stack = await startLocalStack({ port: 0, stateDirectory: '.local/bench-worker' });
  try {
    const { document, results } = clonedResults(readDemoDocument(), {
      templates: (result) => result.status === 'completed',
      count: EVENTS + 1,
      series: 'b',
      autoExport: { enabled: true },
    });
    await seedDocument(document, DEMO_DOCUMENT_FILE, stack.env);
    const bodies = results.map((result) =>
      JSON.stringify(
        completedEvent({ interview_result_id: result.interview_result_id, merchant_id: result.merchant_id }),
      ),
    );
    await sendToQueue(stack.eventsUrl, bodies.slice(0, 1));
    const since = (await invocations(stack.lambda.url)).length;

    const started = performance.now();
    const report = await sendToQueue(stack.eventsUrl, bodies.slice(1));
    const wallMs = performance.now() - started;

    const measured = (await invocations(stack.lambda.url)).slice(since);
    const renders = measured.filter((entry) => entry.function === 'pdf-renderer');
    const workers = measured.filter((entry) => entry.function === 'report-worker');
    const ready = (await busEvents(stack.eventsUrl)).filter(
      (event) => event['detail-type'] === INTERVIEW_RESULT_REPORT_READY.detailType,
    );
    const acknowledged = report.messages.filter((message) => message.outcome === 'acknowledged').length;
    if (acknowledged !== EVENTS || renders.length !== EVENTS || ready.length !== EVENTS + 1) {
      throw new Error(
        `bench run incomplete: ${acknowledged} acknowledged, ${renders.length} renders, ${ready.length} ready`,
      );
    }
    const { batchSize, maxConcurrency } = loadStageConfig('dev').events;
    const render = summarize(renders.map((entry) => entry.duration_ms));
    const rows = [
      ['events, end to end', `${EVENTS} in ${(wallMs / 1000).toFixed(1)} s`],
      ['events per minute', (EVENTS / (wallMs / 60_000)).toFixed(0)],
      [
        'worker invocations (batches)',
        `${workers.length} (batch size ${batchSize}, ${maxConcurrency} at once)`,
      ],
      ['render per event (renderer invocation), median / p95', `${ms(render.median)} / ${ms(render.p95)}`],
      [
        'share of the end-to-end time with Chromium rendering',
        `${((100 * busyMs(renders)) / wallMs).toFixed(0)} %`,
      ],
    ];
    console.log(
      `\n| report-worker | figure |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`,
    );
    console.log(`Node ${process.version}, ${new Date().toISOString()}, load average ${loadAverage()}`);
  } finally {
    await stack.stop();
  }
}

/**
 * How long at least one of the invocations was running: renders of one batch overlap (the worker
 * handles its records in parallel, the local renderer gives each its own page), so their durations
 * cannot simply be added up.
 */
function busyMs(entries: ReadonlyArray<{ started_at: string; duration_ms: number }>): number {
  const spans = entries
    .map((entry) => {
      const start = Date.parse(entry.started_at);
      return [start, start + entry.duration_ms] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    busy += stop - Math.max(start, end);
    end = stop;
  }
  return busy;
}

function loadAverage(): string {
  return execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
}

await main();
