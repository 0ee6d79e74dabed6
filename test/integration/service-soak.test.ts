/**
 * The CI profile of `npm run soak`: two and a half minutes of the load mix at 10 clients against a
 * local stack of its own, a reading of its resources every 10 s; after the first 30 % of the
 * readings, nothing may keep growing past the bounds of test/load/soak.ts (SOAK_BOUNDS). Alone in
 * the `soak` project, after every other test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { loadCallers } from '../load/load-steps.ts';
import { soak, soakVerdict } from '../load/soak.ts';

const originalTmp = process.env.TMPDIR;
const privateTmp = mkdtempSync(join(tmpdir(), 'service-soak-'));
let stack: LocalStack | undefined;

afterAll(async () => {
  await stack?.stop();
  if (originalTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmp;
  rmSync(privateTmp, { recursive: true, force: true });
});

test('the whole service stays flat under load: memory, descriptors, temp files, items', async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  // A private temp directory: its entries are exactly what the stack and its Chromium leave there.
  process.env.TMPDIR = privateTmp;
  stack = await startLocalStack({ port: 0, stateDirectory: join(privateTmp, 'state') });
  const callers = await loadCallers(stack, 200);
  const run = await soak(stack, callers, {
    minutes: 2.5,
    clients: 10,
    sampleEverySeconds: 10,
    log: (line) => console.log(`[soak] ${line}`),
  });
  expect(soakVerdict(run, 0.3)).toEqual([]);
}, 600_000);
