import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Last-resort cleanup for the local stack's children and temp directories.
 *
 * The stack's `stop()` is the orderly way down. This registry covers the other ways a process ends:
 * `process.exit()`, an uncaught error, and SIGINT/SIGTERM/SIGHUP that nobody else handles. Cleanups
 * run synchronously (an exiting process runs no more async work), so they only send signals and
 * remove files.
 */

type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
let installed = false;

const TERMINATING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // One failed cleanup must not keep the others from running.
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runCleanups);
  for (const signal of TERMINATING_SIGNALS) {
    const onSignal = (): void => {
      // Someone else handles this signal (npm start stops the stack in order, then exits, and the
      // exit handler above catches what is left). Alone, restore Node's default: clean up and die of
      // the signal, as the process would have without us.
      if (process.listenerCount(signal) > 1) return;
      runCleanups();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/**
 * Registers a synchronous cleanup that runs when the process exits or is told to terminate.
 * Returns a function that unregisters it (call it once the orderly stop has done the job).
 */
export function runOnProcessExit(cleanup: Cleanup): () => void {
  install();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Whether a process id is alive (signal 0 tests for existence without sending anything). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp directories named `<prefix><pid>-…` whose process is gone: what a process killed
 * outright (SIGKILL) could not remove itself.
 */
export function removeOrphanedTempDirectories(prefix: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid)) {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}
