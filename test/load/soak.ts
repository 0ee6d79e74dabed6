/**
 * The soak of the whole service: the load mix at one concurrency for a long time, the stack's
 * resources read between stretches of load (resource-sample.ts), and a verdict: after the warm-up,
 * nothing may keep growing. `npm run soak` runs it for 30 minutes (SOAK_MINUTES, SOAK_CLIENTS); the
 * CI profile is test/integration/service-soak.test.ts.
 */

import type { LocalStack } from '../../infra/local/stack.ts';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { loadConfig } from '../../shared/config.ts';
import { summarize } from '../bench/stats.ts';
import { type Caller, missedTargets, runStep, type StepFigures } from './load-steps.ts';
import { type ResourceSample, sampleResources } from './resource-sample.ts';

export interface SoakRun {
  steps: StepFigures[];
  samples: ResourceSample[];
}

/**
 * Load for `minutes`, one reading every `sampleEverySeconds`.
 *
 * @example const run = await soak(stack, callers, { minutes: 2, clients: 10, sampleEverySeconds: 10 });
 */
export async function soak(
  stack: LocalStack,
  callers: Caller[],
  options: { minutes: number; clients: number; sampleEverySeconds: number; log?: (line: string) => void },
): Promise<SoakRun> {
  const config = loadConfig(stack.env);
  const { ddb } = createAwsClients(config);
  const run: SoakRun = { steps: [], samples: [] };
  try {
    run.samples.push(await sampleResources(ddb, config.tableName));
    const end = Date.now() + options.minutes * 60_000;
    while (Date.now() < end) {
      run.steps.push(await runStep(stack.url, callers, options.clients, options.sampleEverySeconds));
      const sample = await sampleResources(ddb, config.tableName);
      run.samples.push(sample);
      options.log?.(
        `${((sample.at - (run.samples[0]?.at ?? sample.at)) / 1000).toFixed(0)} s: node ${sample.nodeRssMb.toFixed(0)} MB, ` +
          `chromium ${sample.chromiumRssMb.toFixed(0)} MB, java ${sample.javaRssMb.toFixed(0)} MB, fds ${sample.openFds}, ` +
          `tmp ${sample.tmpEntries}, items ${sample.tableItems}`,
      );
    }
  } finally {
    ddb.destroy();
  }
  return run;
}

/** How much each reading may grow from the end of the warm-up to the end of the run. */
export const SOAK_BOUNDS = {
  nodeRssPercent: 25,
  chromiumRssPercent: 25,
  javaRssPercent: 25,
  openFds: 10,
  tmpEntries: 3,
  tableItems: 0,
} as const;

const median = (values: number[]) => summarize(values).median;

/**
 * What grew past its bound (and the load targets missed), as sentences; empty when the run was flat.
 * The warm-up is the first `warmupFraction` of the readings; each side is the median of three
 * readings, because one reading of RSS moves with the garbage collectors.
 *
 * @example soakVerdict(run, 0.3) // []
 */
export function soakVerdict(run: SoakRun, warmupFraction: number): string[] {
  const { samples } = run;
  if (samples.length < 7) return [`too few readings (${samples.length}) to judge growth`];
  const from = Math.max(1, Math.floor(samples.length * warmupFraction));
  const early = samples.slice(from, from + 3);
  const late = samples.slice(-3);
  const at = (group: ResourceSample[], key: keyof ResourceSample) =>
    median(group.map((sample) => sample[key]));
  const problems: string[] = [];
  const percent = (key: 'nodeRssMb' | 'chromiumRssMb' | 'javaRssMb', bound: number) => {
    const before = at(early, key);
    const after = at(late, key);
    if (before > 0 && ((after - before) / before) * 100 > bound) {
      problems.push(`${key} grew from ${before.toFixed(0)} to ${after.toFixed(0)} MB (bound +${bound} %)`);
    }
  };
  const absolute = (key: 'openFds' | 'tmpEntries' | 'tableItems', bound: number) => {
    const before = at(early, key);
    const after = at(late, key);
    if (after - before > bound) problems.push(`${key} grew from ${before} to ${after} (bound +${bound})`);
  };
  percent('nodeRssMb', SOAK_BOUNDS.nodeRssPercent);
  percent('chromiumRssMb', SOAK_BOUNDS.chromiumRssPercent);
  percent('javaRssMb', SOAK_BOUNDS.javaRssPercent);
  absolute('openFds', SOAK_BOUNDS.openFds);
  absolute('tmpEntries', SOAK_BOUNDS.tmpEntries);
  absolute('tableItems', SOAK_BOUNDS.tableItems);
  // Latency is not a soak target here (that is npm run load's); errors and wrong bodies are.
  return [...problems, ...missedTargets(run.steps, { latency: false })];
}
