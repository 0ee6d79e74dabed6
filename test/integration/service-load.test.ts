/**
 * The CI profile of `npm run load`: the product's mix at 1, 5, 10, 25 and 50 clients, a few seconds
 * each, against a local stack of its own, alone in the `soak` project after every other test. It
 * holds the promises that do not depend on the machine (no 5xx, no wrong body, nothing lost) and
 * prints the latency table; the latency target is judged by the full `npm run load`, whose figures
 * docs/reliability.md records.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { type Caller, loadCallers, missedTargets, runSteps, table } from '../load/load-steps.ts';

let stack: LocalStack;
let callers: Caller[];

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  stack = await startLocalStack({ port: 0, stateDirectory: '.local/load-ci' });
  callers = await loadCallers(stack, 200);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

test('rising load: no 5xx, no wrong body, no request lost', async () => {
  const steps = await runSteps(stack.url, callers, [1, 5, 10, 25, 50], 4);
  console.log(`\n${table(steps)}\n`);
  expect(steps.every((step) => step.requests > 0)).toBe(true);
  expect(missedTargets(steps, { latency: false })).toEqual([]);
}, 300_000);
