/**
 * Runs `npm run build:layers` when a layer directory the CDK app packages is missing, so `npm run
 * synth` and the infra tests work on a fresh checkout. A built layer is left as it is (the build is
 * reproducible; rebuild it by hand after changing its inputs).
 *
 * Usage: tsx infra/bin/ensure-layers.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { layerBuildDir, REPO_ROOT } from '../lib/paths.ts';

export const LAYER_NAMES = ['chromium', 'fonts'] as const;

/**
 * Builds the layers unless every layer directory exists.
 *
 * @example ensureLayersBuilt();
 */
export function ensureLayersBuilt(): void {
  const missing = LAYER_NAMES.filter((name) => !existsSync(layerBuildDir(name)));
  if (missing.length === 0) return;
  console.error(`Layer build missing (${missing.join(', ')}): running npm run build:layers`);
  execFileSync('npm', ['run', 'build:layers'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureLayersBuilt();
