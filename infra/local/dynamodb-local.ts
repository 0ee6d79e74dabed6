/**
 * Amazon's DynamoDB Local engine, in memory, as a child process of this one.
 *
 * The engine is the jar that ships inside the npm package `amplify-dynamodb-simulator` (needs Java 17+).
 * It must never outlive the Node process that started it:
 * - `stop()` terminates it and waits for it to exit;
 * - on `process.exit`, an uncaught error or an unhandled SIGINT/SIGTERM, a synchronous cleanup kills it;
 * - if this process is killed outright (SIGKILL, OOM), Linux's parent-death signal kills it: the
 *   child is started through `setpriv --pdeathsig SIGKILL` (util-linux), which sets the signal and
 *   then execs Java in place, so the Java process is our direct child and dies with us.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { findFreePort } from './free-port.ts';
import { waitUntilAnswering } from './http-probe.ts';
import { runOnProcessExit } from './process-cleanup.ts';

export interface DynamoDbLocal {
  /** `http://127.0.0.1:<port>`, for the SDK's `endpoint`. */
  endpoint: string;
  port: number;
  /** Process id of the Java process. */
  pid: number;
  /** Terminates the engine and waits until it has exited. Safe to call twice. */
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** A fixed port; by default a free one is picked (and another one tried if it was taken meanwhile). */
  port?: number;
  /** How long to wait for the engine to answer. It needs ~5 s on a quiet machine, more on a busy one. */
  startupTimeoutMs?: number;
}

/** Where the npm package keeps the engine: `emulator/DynamoDBLocal.jar` and its native libraries. */
export function dynamoDbLocalDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

function onPath(command: string): boolean {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(directory, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** The command line that runs the engine, wrapped so that it dies with this process where possible. */
function engineCommand(port: number): { command: string; args: string[] } {
  const directory = dynamoDbLocalDirectory();
  const java = [
    'java',
    `-Djava.library.path=${join(directory, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(directory, 'DynamoDBLocal.jar'),
    '-inMemory',
    '-sharedDb',
    '-port',
    String(port),
    // Since 1.24.0 the engine reports usage unless told not to (emulator/README.txt, release notes).
    '-disableTelemetry',
  ];
  if (process.platform === 'linux' && onPath('setpriv')) {
    return { command: 'setpriv', args: ['--pdeathsig', 'SIGKILL', ...java] };
  }
  const [command, ...args] = java as [string, ...string[]];
  return { command, args };
}

interface Attempt {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  hasExited: () => boolean;
}

function launch(port: number): Attempt {
  const { command, args } = engineCommand(port);
  const child = spawn(command, args, {
    cwd: dynamoDbLocalDirectory(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  // The last lines of output, for an error message if the engine fails to start.
  const output: string[] = [];
  const keep = (chunk: Buffer): void => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exitedPromise = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exited = true;
      resolve(code);
    });
    child.once('error', (error) => {
      exited = true;
      output.push(String(error));
      resolve(null);
    });
  });
  return { child, output, exited: exitedPromise, hasExited: () => exited };
}

/**
 * Starts DynamoDB Local in memory and resolves once it answers HTTP.
 *
 * @example
 * const dynamo = await startDynamoDbLocal();
 * const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
 * await dynamo.stop();
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const timeoutMs = options.startupTimeoutMs ?? 60_000;
  const attempts = options.port === undefined ? 3 : 1;
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const port = options.port ?? (await findFreePort());
    const run = launch(port);
    const unregister = runOnProcessExit(() => {
      run.child.kill('SIGKILL');
    });
    const endpoint = `http://127.0.0.1:${port}`;
    const ready = await waitUntilAnswering(endpoint, {
      timeoutMs,
      isAborted: run.hasExited,
      // Every DynamoDB answer, even the refusal of an unsigned GET, carries a request id.
      isExpected: (response) => response.headers['x-amzn-requestid'] !== undefined,
    });
    if (ready && !run.hasExited()) {
      let stopping: Promise<void> | undefined;
      const stop = (): Promise<void> => {
        stopping ??= (async () => {
          if (!run.hasExited()) {
            run.child.kill('SIGTERM');
            const killer = setTimeout(() => run.child.kill('SIGKILL'), 5000);
            await run.exited;
            clearTimeout(killer);
          }
          unregister();
        })();
        return stopping;
      };
      return { endpoint, port, pid: run.child.pid ?? 0, stop };
    }
    run.child.kill('SIGKILL');
    await run.exited;
    unregister();
    lastError = new Error(
      `DynamoDB Local did not start on port ${port}` +
        (run.hasExited() ? '' : ` within ${timeoutMs} ms`) +
        ` (is Java 17+ installed?). Its last output:\n${run.output.join('\n')}`,
    );
  }
  throw lastError ?? new Error('DynamoDB Local did not start');
}
