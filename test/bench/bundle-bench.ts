/**
 * Size of a Lambda bundle and its cold import time: each sample is a fresh Node process importing the
 * bundle, timed inside the process (so Node's own start-up is not counted, as on Lambda's init).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { bundleLambda } from '../../infra/build/bundle.ts';
import { type Summary, summarize } from './stats.ts';

export interface BundleFigures {
  name: string;
  bytes: number;
  coldImport: Summary;
}

const IMPORT_TIMER = `
const start = performance.now();
await import(process.argv[1]);
process.stdout.write(String(performance.now() - start));
`;

/**
 * @example const { bytes, coldImport } = await measureBundle('report-api', env, 15);
 */
export async function measureBundle(name: string, env: NodeJS.ProcessEnv, runs = 15): Promise<BundleFigures> {
  const { file, bytes } = await bundleLambda(name);
  const url = `file://${resolve(file)}`;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', IMPORT_TIMER, url], {
      env,
      encoding: 'utf8',
    });
    samples.push(Number(out));
  }
  return { name, bytes, coldImport: summarize(samples) };
}
