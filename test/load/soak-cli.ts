/**
 * `npm run soak`: 30 minutes of the load mix at 10 clients against a local stack (SOAK_MINUTES,
 * SOAK_CLIENTS to change), a reading of its resources every 30 s, the verdict at the end.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack } from '../../infra/local/stack.ts';
import { loadCallers } from './load-steps.ts';
import { soak, soakVerdict } from './soak.ts';

const minutes = Number(process.env.SOAK_MINUTES ?? 30);
const clients = Number(process.env.SOAK_CLIENTS ?? 10);
// A private temp directory: its entries are exactly what the stack and its Chromium leave there.
process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'service-soak-'));

const stack = await startLocalStack({ port: 0, stateDirectory: '.local/soak' });
try {
  const callers = await loadCallers(stack, 200);
  const run = await soak(stack, callers, {
    minutes,
    clients,
    sampleEverySeconds: 30,
    log: (line) => console.error(`[soak] ${line}`),
  });
  const requests = run.steps.reduce((sum, step) => sum + step.requests, 0);
  console.log(`${minutes} min at ${clients} clients: ${requests} requests, ${run.samples.length} readings`);
  const problems = soakVerdict(run, 0.2);
  if (problems.length > 0) {
    console.error(`Soak failed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('Flat: nothing grew past its bound after the warm-up.');
} finally {
  await stack.stop();
}
