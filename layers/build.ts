/**
 * Builds the two Lambda layers the pdf-renderer runs with, without Docker and reproducibly (the same
 * installed packages give byte-identical directories, modification times included):
 *
 * - `layers/chromium/build/nodejs/node_modules/@sparticuz/chromium` (+ its runtime dependencies): the
 *   layout Lambda's Node.js runtime resolves from `/opt/nodejs/node_modules`, so the function bundle
 *   keeps `@sparticuz/chromium` external.
 * - `layers/fonts/build/report-fonts/`: Noto faces as woff2 `unicode-range` subsets and their manifest
 *   `fonts.json` (from which the renderer writes the @font-face rules), mounted at `/opt/report-fonts`. Deliberately not `/opt/fonts`: `@sparticuz/chromium`'s
 *   fontconfig file scans that directory at every cold start, and these faces are served to the page
 *   as web fonts instead (see shared/render/pdf/font-assets.ts).
 *
 * Prints the unpacked sizes against Lambda's 250 MB limit (function + all layers, unzipped).
 *
 * Usage: npm run build:layers
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FAMILIES, type FontFamilySource } from '../shared/render/pdf/font-families.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const nodeModules = join(root, 'node_modules');

/** Lambda's limit on a function and its layers, unzipped (Lambda quotas page). */
const LAMBDA_UNZIPPED_LIMIT_BYTES = 250 * 1024 * 1024;
/** A fixed timestamp for every file, so two builds of the same inputs are identical (2020-01-01). */
const FIXED_MTIME = new Date('2020-01-01T00:00:00Z');

interface LayerReport {
  name: string;
  dir: string;
  files: number;
  bytes: number;
  sha256: string;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Size, file count and a digest over (path, content) of a built layer, in a stable order. */
function summarize(name: string, dir: string): LayerReport {
  const hash = createHash('sha256');
  let bytes = 0;
  const files = listFiles(dir);
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    hash.update(relative(dir, file)).update('\0').update(content).update('\0');
  }
  return { name, dir: relative(root, dir), files: files.length, bytes, sha256: hash.digest('hex') };
}

function pinTimes(dir: string): void {
  for (const file of listFiles(dir)) utimesSync(file, FIXED_MTIME, FIXED_MTIME);
}

function copyTree(from: string, to: string, skip: (relativePath: string) => boolean): void {
  for (const file of listFiles(from)) {
    const rel = relative(from, file);
    if (skip(rel)) continue;
    const target = join(to, rel);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

/**
 * The package and every runtime dependency it needs, resolved as Node would from the installed tree.
 * Optional dependencies that are not installed (tar-fs's `bare-*` for the Bare runtime) are skipped.
 */
function dependencyClosure(name: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (pkg: string, fromDir: string): void => {
    if (found.has(pkg)) return;
    const require = createRequire(join(fromDir, 'package.json'));
    let manifestPath: string;
    try {
      manifestPath = require.resolve(`${pkg}/package.json`);
    } catch {
      // @sparticuz/chromium's `exports` hides package.json; fall back to the directory layout.
      manifestPath = join(nodeModules, pkg, 'package.json');
      if (!existsSync(manifestPath)) return;
    }
    const dir = dirname(manifestPath);
    found.set(pkg, dir);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) {
      const depDir = join(dir, 'node_modules', dep);
      if (existsSync(depDir) || existsSync(join(nodeModules, dep))) visit(dep, dir);
    }
  };
  visit(name, root);
  return found;
}

function buildChromiumLayer(): LayerReport {
  const out = join(root, 'layers/chromium/build');
  rmSync(out, { recursive: true, force: true });
  const target = join(out, 'nodejs/node_modules');
  for (const [pkg, dir] of dependencyClosure('@sparticuz/chromium')) {
    // Only x86_64 ships (the function's architecture); the package's own `files` excludes the rest too.
    copyTree(
      dir,
      join(target, pkg),
      (rel) => rel.startsWith('node_modules/') || /^bin\/(arm64|x64)\//.test(rel),
    );
  }
  pinTimes(out);
  return summarize('chromium', out);
}

/** One `@font-face` block of a fontsource stylesheet. */
export interface FontFace {
  family: string;
  style: 'normal' | 'italic';
  weight: number;
  /** File name of the woff2 subset. */
  file: string;
  unicodeRange: string;
}

/**
 * Reads the `@font-face` rules of one fontsource stylesheet. The files are generated and regular;
 * anything unexpected fails the build rather than producing a layer with missing faces.
 */
export function parseFontsourceCss(css: string, origin: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
    const style = /font-style:\s*(normal|italic)/.exec(block)?.[1] as FontFace['style'] | undefined;
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1]);
    const file = /url\(\.\/files\/([a-z0-9-[\]]+\.woff2)\)/.exec(block)?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.trim();
    if (!family || !style || !Number.isInteger(weight) || !file || !unicodeRange) {
      throw new Error(`Unexpected @font-face block in ${origin}: ${block.slice(0, 200)}`);
    }
    faces.push({ family, style, weight, file, unicodeRange });
  }
  if (faces.length === 0) throw new Error(`No @font-face rule in ${origin}`);
  return faces;
}

function facesOf(source: FontFamilySource): FontFace[] {
  const faces: FontFace[] = [];
  for (const weight of source.weights) {
    for (const style of source.styles) {
      const sheet = join(
        nodeModules,
        '@fontsource',
        source.package,
        `${weight}${style === 'italic' ? '-italic' : ''}.css`,
      );
      const parsed = parseFontsourceCss(readFileSync(sheet, 'utf8'), sheet);
      faces.push(
        ...parsed.filter(
          (face) =>
            source.subsets === 'all' || source.subsets.some((s) => face.file.includes(`-${s}-${weight}-`)),
        ),
      );
    }
  }
  if (faces.length === 0) throw new Error(`No face selected from @fontsource/${source.package}`);
  return faces;
}

function buildFontsLayer(): { report: LayerReport; faces: number; families: string[] } {
  const out = join(root, 'layers/fonts/build');
  rmSync(out, { recursive: true, force: true });
  const fontsDir = join(out, 'report-fonts');
  mkdirSync(join(fontsDir, 'files'), { recursive: true });
  const manifest: Array<FontFace & { package: string }> = [];
  for (const source of FONT_FAMILIES) {
    for (const face of facesOf(source)) {
      copyFileSync(
        join(nodeModules, '@fontsource', source.package, 'files', face.file),
        join(fontsDir, 'files', face.file),
      );
      manifest.push({ ...face, package: source.package });
    }
    copyFileSync(
      join(nodeModules, '@fontsource', source.package, 'LICENSE'),
      join(fontsDir, `LICENSE-${source.package}.txt`),
    );
  }
  writeFileSync(join(fontsDir, 'fonts.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  pinTimes(out);
  return {
    report: summarize('fonts', out),
    faces: manifest.length,
    families: [...new Set(manifest.map((f) => f.family))],
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function main(): void {
  const chromium = buildChromiumLayer();
  const fonts = buildFontsLayer();
  const bundle = join(root, 'dist/pdf-renderer');
  const bundleBytes = existsSync(bundle)
    ? listFiles(bundle).reduce((sum, file) => sum + statSync(file).size, 0)
    : undefined;
  const total = chromium.bytes + fonts.report.bytes + (bundleBytes ?? 0);
  for (const layer of [chromium, fonts.report]) {
    console.log(
      `${layer.name}: ${layer.dir} ${layer.files} files, ${megabytes(layer.bytes)} unpacked, sha256 ${layer.sha256}`,
    );
  }
  console.log(`fonts: ${fonts.faces} faces of ${fonts.families.join(', ')}`);
  console.log(
    `pdf-renderer unpacked: layers ${megabytes(chromium.bytes + fonts.report.bytes)}` +
      (bundleBytes === undefined
        ? ' (function bundle not built: npm run build -- pdf-renderer)'
        : ` + function ${megabytes(bundleBytes)}`) +
      ` = ${megabytes(total)} of Lambda's ${megabytes(LAMBDA_UNZIPPED_LIMIT_BYTES)} (${((100 * total) / LAMBDA_UNZIPPED_LIMIT_BYTES).toFixed(0)}%)`,
  );
  if (total > LAMBDA_UNZIPPED_LIMIT_BYTES) {
    console.error('The pdf-renderer exceeds the unzipped size limit of Lambda.');
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
