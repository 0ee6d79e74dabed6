/**
 * Bundles each Lambda the way the CDK app's NodejsFunction does (ESM, minified, source maps, Node 24,
 * the AWS SDK left to the runtime), into dist/<name>/index.mjs. Used by the benchmark to measure the
 * bundle size and cold import time that Lambda sees, and handy for inspecting what ships.
 *
 * Usage: npm run build [-- report-api pdf-renderer ...]
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Modules the Lambda runtime or a layer provides, so they stay out of the bundle. */
export const EXTERNAL_MODULES = ['@aws-sdk/*', '@smithy/*', '@sparticuz/chromium'];

/** ESM bundles still meet CommonJS dependencies that call require(); give them one. */
const REQUIRE_SHIM =
  "import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);";

export interface BundleResult {
  name: string;
  file: string;
  bytes: number;
}

/**
 * Bundles one Lambda handler.
 *
 * @example const { bytes } = await bundleLambda('report-api');
 */
export async function bundleLambda(name: string, outRoot = 'dist'): Promise<BundleResult> {
  const outDir = join(outRoot, name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'index.mjs');
  await build({
    entryPoints: [join('lambdas', name, 'handler.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    sourcemap: 'external',
    mainFields: ['module', 'main'],
    external: EXTERNAL_MODULES,
    banner: { js: REQUIRE_SHIM },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  return { name, file, bytes: statSync(file).size };
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const names = requested.length > 0 ? requested : readdirSync('lambdas');
  for (const name of names) {
    const { file, bytes } = await bundleLambda(name);
    console.log(`${name}: ${file} ${(bytes / 1024).toFixed(1)} KiB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
