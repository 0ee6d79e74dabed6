/**
 * `npm run load`: the local stack under a realistic mix (test/load/load-mix.ts) at rising concurrency,
 * driven by autocannon through the local gateway (real token checks, DynamoDB Local, s3rver, the
 * renderer behind the local Invoke API). Every response is checked (test/load/check-response.ts).
 * Prints, per step: throughput, latency percentiles per export type, statuses and wrong bodies, as a
 * Markdown table for docs/benchmarks.md and docs/reliability.md; exits non-zero when a target is missed.
 *
 * Options (environment): LOAD_STEPS (default "1,5,10,25,50"), LOAD_SECONDS per step (default 20).
 */
import { startLocalStack } from '../../infra/local/stack.ts';
import { loadCallers, missedTargets, runSteps, table } from './load-steps.ts';

const STEPS = (process.env.LOAD_STEPS ?? '1,5,10,25,50').split(',').map(Number);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);

const stack = await startLocalStack({ port: 0, stateDirectory: '.local/load' });
try {
  const callers = await loadCallers(stack, 200);
  const steps = await runSteps(stack.url, callers, STEPS, SECONDS, (line) => console.error(`[load] ${line}`));
  console.log(`\n${table(steps)}\n`);
  console.log(`${SECONDS} s per step, Node ${process.version}, ${new Date().toISOString()}`);
  const missed = missedTargets(steps);
  if (missed.length > 0) {
    console.error(`Targets missed:\n  ${missed.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  await stack.stop();
}
