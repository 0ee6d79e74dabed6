/**
 * Runs `npm run build:layers` when a layer directory the CDK app packages is missing, so `npm run
 * synth` and the infra tests work on a fresh checkout. A built layer is left as it is (the build is
 * reproducible; rebuild it by hand after changing its inputs).
 *
 * Several infra test files start at once; a lock directory makes them build once, not side by side
 * into the same directories.
 *
 * Usage: tsx infra/bin/ensure-layers.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { layerBuildDir, REPO_ROOT } from '../lib/paths.ts';

const LAYER_NAMES = ['chromium', 'fonts'] as const;

// Under node_modules: outside git, and on the same machine as every process that builds.
const LOCK_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'build-layers.lock');
// A build takes well under a minute here; a lock older than this was left by a killed process.
const STALE_LOCK_MS = 10 * 60 * 1000;
const POLL_MS = 250;

function missingLayers(): string[] {
  return LAYER_NAMES.filter((name) => !existsSync(layerBuildDir(name)));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the lock (mkdir is atomic), waiting for another builder; clears a stale one. */
function acquireLock(): void {
  mkdirSync(join(LOCK_DIR, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const lock = statSync(LOCK_DIR, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK_DIR, { recursive: true, force: true });
      else sleep(POLL_MS);
    }
  }
}

/**
 * Builds the layers unless every layer directory exists.
 *
 * @example ensureLayersBuilt();
 */
export function ensureLayersBuilt(): void {
  // Under the lock even to look: a build in progress has created directories it has not filled yet.
  acquireLock();
  try {
    const missing = missingLayers();
    if (missing.length === 0) return; // built by whoever held the lock
    console.error(`Layer build missing (${missing.join(', ')}): running npm run build:layers`);
    execFileSync('npm', ['run', 'build:layers'], { cwd: REPO_ROOT, stdio: 'inherit' });
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureLayersBuilt();
