import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './local-paths.ts';
import type { SeedDocument } from './seed-loader.ts';

/** The demo document `npm start` loads (infra/local/demo/, docs/seed-format.md). */
export const DEMO_DOCUMENT_FILE = join(REPO_ROOT, 'infra/local/demo/demo-data.json');

/** Reads the demo document; sections it leaves out are absent. */
export function readDemoDocument(): Partial<SeedDocument> {
  return JSON.parse(readFileSync(DEMO_DOCUMENT_FILE, 'utf8')) as Partial<SeedDocument>;
}
