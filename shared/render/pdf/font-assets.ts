/**
 * The fonts layer, as the renderer serves it to Chromium: picks the `@font-face` rules a document
 * needs and answers the page's font requests from disk (cached in memory after the first read).
 *
 * Only the faces whose `unicode-range` covers a character of the document are declared. Chromium
 * would fetch only the slices it uses anyway, but parsing all 700-odd rules (0.5 MB of CSS) on every
 * render costs time; a code-point table makes the choice in a few milliseconds.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One face of the layer's manifest (`fonts.json`, written by layers/build.ts). */
export interface FontFaceEntry {
  family: string;
  style: 'normal' | 'italic';
  weight: number;
  file: string;
  unicodeRange: string;
}

/** Code points the table covers: the BMP and the supplementary ideographic planes CJK slices use. */
const TABLE_SIZE = 0x40000;
const FILE_NAME = /^[a-z0-9-]+\.woff2$/;

/**
 * Where the fonts layer is: `PDF_FONTS_DIR`, else Lambda's mount point `/opt/report-fonts`, else the
 * local build (`npm run build:layers`).
 *
 * @example const dir = locateFontsDir(process.env);
 */
export function locateFontsDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env.PDF_FONTS_DIR,
    '/opt/report-fonts',
    join(dirname(fileURLToPath(import.meta.url)), '../../../layers/fonts/build/report-fonts'),
  ].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(join(dir, 'fonts.json')));
  if (!found) {
    throw new Error(`Fonts layer not found (looked in ${candidates.join(', ')}); run npm run build:layers`);
  }
  return found;
}

function parseRanges(unicodeRange: string): Array<[number, number]> {
  return unicodeRange.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(lo ?? '', 16);
    const end = hi === undefined ? start : Number.parseInt(hi, 16);
    if (!Number.isFinite(start) || !Number.isFinite(end)) throw new Error(`Bad unicode-range part "${part}"`);
    return [start, end];
  });
}

export class FontAssets {
  readonly #faces: FontFaceEntry[];
  /** Per slice (faces that share a file name minus the weight), its faces. */
  readonly #slices: FontFaceEntry[][];
  /** Per family, code point → 1 + slice index (0: the family has no glyph there). */
  readonly #tables = new Map<string, Uint16Array>();
  /** Slices every document gets: the Latin ones (markup, digits, punctuation of the margin boxes). */
  readonly #alwaysSlices: number[];
  readonly #files = new Map<string, Promise<Buffer>>();
  readonly #names: Set<string>;

  private constructor(
    readonly dir: string,
    faces: FontFaceEntry[],
  ) {
    this.#faces = faces;
    this.#names = new Set(faces.map((face) => face.file));
    const bySlice = new Map<string, FontFaceEntry[]>();
    for (const face of faces) {
      const key = `${face.family}|${face.file.replace(/-\d00-(normal|italic)\.woff2$/, '')}`;
      bySlice.set(key, [...(bySlice.get(key) ?? []), face]);
    }
    this.#slices = [...bySlice.values()];
    this.#alwaysSlices = [...bySlice.keys()].flatMap((key, index) =>
      /\|noto-sans-latin(-ext)?$/.test(key) ? [index] : [],
    );
    this.#slices.forEach((slice, index) => {
      const face = slice[0];
      if (!face) return;
      let table = this.#tables.get(face.family);
      if (!table) {
        table = new Uint16Array(TABLE_SIZE);
        this.#tables.set(face.family, table);
      }
      for (const [start, end] of parseRanges(face.unicodeRange)) {
        for (let cp = start; cp <= Math.min(end, TABLE_SIZE - 1); cp++) table[cp] = index + 1;
      }
    });
  }

  /**
   * Reads the manifest of a fonts layer directory.
   *
   * @example const fonts = await FontAssets.load(locateFontsDir());
   */
  static async load(dir: string): Promise<FontAssets> {
    const faces = JSON.parse(await readFile(join(dir, 'fonts.json'), 'utf8')) as FontFaceEntry[];
    if (!Array.isArray(faces) || faces.length === 0)
      throw new Error(`No font face in ${join(dir, 'fonts.json')}`);
    return new FontAssets(dir, faces);
  }

  get faceCount(): number {
    return this.#faces.length;
  }

  /**
   * The faces whose ranges cover some character of the texts, every weight and style of each slice
   * (the template decides what is bold), plus the Latin slices.
   */
  facesFor(texts: readonly string[]): FontFaceEntry[] {
    return this.select(texts, []).faces;
  }

  /**
   * What a document needs: `faces` to declare (facesFor), and `preload`, the regular and bold
   * upright faces of each slice that is the first choice for some character of the texts in the
   * family order (the basic Latin slice always): the faces the text will almost surely use.
   *
   * Preloading them starts their requests while the document is parsed, so the first layout finds
   * them loaded and is not redone when they arrive (measured on the 10-result report: ~10 % of the
   * render in English, ~18 % in Japanese). Faces only chosen later (italics, a slice another family
   * covers first) still load on demand.
   *
   * @example const { faces, preload } = fonts.select([html], fontFamilyOrder('ja'));
   */
  select(
    texts: readonly string[],
    familyOrder: readonly string[],
  ): { faces: FontFaceEntry[]; preload: FontFaceEntry[] } {
    const chosen = new Set<number>(this.#alwaysSlices);
    const first = new Set<number>();
    const tables = [...this.#tables.values()];
    const ordered = familyOrder.flatMap((family) => this.#tables.get(family) ?? []);
    const basicLatin = ordered[0]?.[0x61];
    if (basicLatin) first.add(basicLatin - 1);
    const seen = new Uint8Array(TABLE_SIZE);
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        let cp = text.charCodeAt(i);
        if (cp < 0x80) continue;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
          cp = text.codePointAt(i) ?? cp;
          i++;
        }
        if (cp >= TABLE_SIZE || seen[cp]) continue;
        seen[cp] = 1;
        for (const table of tables) {
          const slice = table[cp];
          if (slice) chosen.add(slice - 1);
        }
        const primary = ordered.find((table) => table[cp])?.[cp];
        if (primary) first.add(primary - 1);
      }
    }
    const facesOf = (slices: Set<number>) =>
      [...slices].sort((a, b) => a - b).flatMap((index) => this.#slices[index] ?? []);
    return {
      faces: facesOf(chosen),
      preload: facesOf(first).filter(
        (face) => face.style === 'normal' && (face.weight === 400 || face.weight === 700),
      ),
    };
  }

  /**
   * `<link rel="preload">` elements for faces, their files under `origin`. `crossorigin`: fonts are
   * fetched in CORS mode, and a preload only serves a request made in the same mode.
   *
   * @example fonts.preloadLinks(fonts.select([html], fontFamilyOrder('en')).preload, 'https://fonts.invalid')
   */
  preloadLinks(faces: readonly FontFaceEntry[], origin: string): string {
    return faces
      .map(
        (face) =>
          `<link rel="preload" as="font" type="font/woff2" crossorigin href="${origin}/files/${face.file}">`,
      )
      .join('');
  }

  /**
   * `@font-face` rules for faces, their files under `origin` (the renderer's synthetic font origin).
   *
   * @example fonts.fontFaceCss(fonts.facesFor([html]), 'https://fonts.invalid')
   */
  fontFaceCss(faces: readonly FontFaceEntry[], origin: string): string {
    return faces
      .map(
        (face) =>
          `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};` +
          `font-display:block;src:url(${origin}/files/${face.file}) format('woff2');unicode-range:${face.unicodeRange}}`,
      )
      .join('\n');
  }

  /** The bytes of one woff2 file of the layer, or undefined when the name is not one of them. */
  async file(name: string): Promise<Buffer | undefined> {
    if (!FILE_NAME.test(name) || !this.#names.has(name)) return undefined;
    let cached = this.#files.get(name);
    if (!cached) {
      cached = readFile(join(this.dir, 'files', name));
      cached.catch(() => this.#files.delete(name));
      this.#files.set(name, cached);
    }
    return cached;
  }
}
