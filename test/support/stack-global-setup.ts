/**
 * Vitest globalSetup of the `stack` project: one local stack (DynamoDB Local, s3rver, demo data, the
 * real report-api handler behind the local gateway) for all integration and security tests, on a free
 * port, with its own state directory (signing key, stack.json) so it never touches a developer's
 * `.local/`. Tests reach it through `inject('stack')` (see test/support/stack-client.ts).
 *
 * STACK_LOG=1 prints the gateway's line per request and the bus's and queue's lines; the handlers log
 * at ERROR unless POWERTOOLS_LOG_LEVEL says otherwise, and write no EMF metrics unless
 * POWERTOOLS_METRICS_DISABLED=false (unit tests check the metrics).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeOrphanedTempDirectories, runOnProcessExit } from '../../infra/local/process-cleanup.ts';
import { startLocalStack } from '../../infra/local/stack.ts';
import type { LocalStackEnv } from '../../infra/local/stack-state.ts';

/** What the tests get from `inject('stack')`. */
export interface ProvidedStack {
  url: string;
  issuer: string;
  /** Where the stack's signing key and stack.json are: pass as LOCAL_STATE_DIR to the CLIs. */
  stateDirectory: string;
  stateFile: string;
  env: LocalStackEnv;
  /** The bus and the worker's queue (local-events-server.ts). */
  eventsUrl: string;
  /** The local Lambda Invoke API, with its invocation log and fault switches. */
  lambdaUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: ProvidedStack;
  }
}

const STATE_DIRECTORY_PREFIX = 'stack-tests-';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  removeOrphanedTempDirectories(STATE_DIRECTORY_PREFIX);
  const stateDirectory = mkdtempSync(join(tmpdir(), `${STATE_DIRECTORY_PREFIX}${process.pid}-`));
  // Vitest killed before its teardown (Ctrl-C, a timeout) still removes the directory on exit.
  const removeStateDirectory = () => rmSync(stateDirectory, { recursive: true, force: true });
  const unregister = runOnProcessExit(removeStateDirectory);
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const stack = await startLocalStack({
    port: 0,
    stateDirectory,
    log: process.env.STACK_LOG ? (line) => console.log(`[gateway] ${line}`) : undefined,
    eventLog: process.env.STACK_LOG ? (line) => console.log(line) : undefined,
  });
  project.provide('stack', {
    url: stack.url,
    issuer: stack.issuer,
    stateDirectory,
    stateFile: stack.stateFile,
    env: stack.env,
    eventsUrl: stack.eventsUrl,
    lambdaUrl: stack.lambda.url,
  });
  return async () => {
    await stack.stop();
    removeStateDirectory();
    unregister();
  };
}
