/**
 * s3rver (an S3 look-alike) in this process, storing objects in a temp directory that is removed on
 * stop, on exit and on an unhandled SIGINT/SIGTERM. A process killed outright (SIGKILL) cannot clean
 * up; its directory is named after its pid, and the next start removes directories of dead pids.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { removeOrphanedTempDirectories, runOnProcessExit } from './process-cleanup.ts';

export interface S3Local {
  /** `http://127.0.0.1:<port>`, for the SDK's `endpoint` (with `forcePathStyle: true`). */
  endpoint: string;
  port: number;
  /** Where the objects are stored while it runs. */
  directory: string;
  /** Closes the server and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

export interface S3LocalOptions {
  /** Buckets created before the server accepts requests. */
  buckets: readonly string[];
  /** 0 (default) picks a free port. */
  port?: number;
}

const DIRECTORY_PREFIX = 's3rver-local-';

/**
 * Starts s3rver on 127.0.0.1 with the given buckets.
 *
 * @example
 * const s3 = await startS3Local({ buckets: ['files'] });
 * const client = new S3Client({ endpoint: s3.endpoint, forcePathStyle: true, region: 'eu-west-1',
 *   credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
 * await s3.stop();
 */
export async function startS3Local(options: S3LocalOptions): Promise<S3Local> {
  removeOrphanedTempDirectories(DIRECTORY_PREFIX);
  const directory = mkdtempSync(join(tmpdir(), `${DIRECTORY_PREFIX}${process.pid}-`));
  const removeDirectory = (): void => rmSync(directory, { recursive: true, force: true });
  const unregister = runOnProcessExit(removeDirectory);

  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  let address: Awaited<ReturnType<S3rver['run']>>;
  try {
    address = await server.run();
  } catch (error) {
    removeDirectory();
    unregister();
    throw new Error(`s3rver did not start: ${(error as Error).message}`, { cause: error });
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // Keep-alive sockets of SDK clients would hold close() open until they time out.
      server.httpServer?.closeAllConnections();
      await server.close();
      removeDirectory();
      unregister();
    })();
    return stopping;
  };
  return { endpoint: `http://127.0.0.1:${address.port}`, port: address.port, directory, stop };
}
