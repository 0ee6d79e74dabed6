/**
 * `.local/stack.json`: where a running local stack tells the CLIs (`npm run seed`, `npm run token`,
 * `npm run emit`, `npm run dlq`) its endpoints, buckets and table. Written when the stack is up, removed when it stops.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localStateDirectory } from './local-paths.ts';
import { isProcessAlive } from './process-cleanup.ts';

/** The environment the handler reads (shared/config.ts), plus the local SDK credentials. */
export interface LocalStackEnv {
  TABLE_NAME: string;
  FILES_BUCKET: string;
  REPORTS_BUCKET: string;
  DYNAMODB_ENDPOINT: string;
  S3_ENDPOINT: string;
  LAMBDA_ENDPOINT: string;
  PDF_RENDERER_FUNCTION_NAME: string;
  SIGNED_URL_TTL_SECONDS: string;
  AWS_REGION: string;
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
  [name: string]: string;
}

export interface StackState {
  /** The process that runs the stack. */
  pid: number;
  startedAt: string;
  /** The gateway: `POST <url>/job-interview-pdf`. */
  url: string;
  /** The issuer tokens must carry (`<url>/auth/v1`). */
  issuer: string;
  jwksUrl: string;
  dynamodbEndpoint: string;
  s3Endpoint: string;
  /** The local Lambda Invoke API (pdf-renderer, report-worker). */
  lambdaEndpoint: string;
  /** The local bus and the worker's queue (`npm run emit`, `npm run dlq`). */
  eventsEndpoint: string;
  tableName: string;
  filesBucket: string;
  reportsBucket: string;
  env: LocalStackEnv;
}

/** The running stack is missing; the message tells the user what to do. */
export class StackNotRunningError extends Error {
  override readonly name = 'StackNotRunningError';
}

export function stackStateFile(stateDirectory = localStateDirectory()): string {
  return join(stateDirectory, 'stack.json');
}

export function writeStackState(state: StackState, stateDirectory = localStateDirectory()): string {
  mkdirSync(stateDirectory, { recursive: true });
  const file = stackStateFile(stateDirectory);
  // Write then rename, so a CLI never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
  return file;
}

/** Removes the state file if it still describes the stack of this process. */
export function removeStackState(
  state: Pick<StackState, 'pid' | 'url'>,
  stateDirectory = localStateDirectory(),
): void {
  const file = stackStateFile(stateDirectory);
  try {
    const current = JSON.parse(readFileSync(file, 'utf8')) as StackState;
    if (current.pid === state.pid && current.url === state.url) rmSync(file, { force: true });
  } catch {
    // Already gone or replaced by a newer stack: nothing to remove.
  }
}

/**
 * The state of the stack that is running now.
 *
 * @throws StackNotRunningError when no stack wrote the file or its process is gone.
 */
export function readRunningStackState(stateDirectory = localStateDirectory()): StackState {
  const file = stackStateFile(stateDirectory);
  let state: StackState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as StackState;
  } catch {
    throw new StackNotRunningError(
      `No local stack is running (${file} does not exist). Start one with \`npm start\`.`,
    );
  }
  if (!isProcessAlive(state.pid)) {
    throw new StackNotRunningError(
      `The local stack recorded in ${file} (pid ${state.pid}) is no longer running. Start one with \`npm start\`.`,
    );
  }
  return state;
}
