import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FontAssets, type FontFaceEntry } from '../../../../shared/render/pdf/font-assets.ts';
import { fontFamilyOrder } from '../../../../shared/render/pdf/font-families.ts';

/** A small manifest shaped like the layer's: Latin with italics, Arabic, and one Han slice in JP and SC. */
function face(
  family: string,
  file: string,
  unicodeRange: string,
  weight = 400,
  style = 'normal',
): FontFaceEntry {
  return {
    family,
    file: `${file}-${weight}-${style}.woff2`,
    unicodeRange,
    weight,
    style: style as FontFaceEntry['style'],
  };
}
const MANIFEST: FontFaceEntry[] = [
  ...[400, 700].flatMap((weight) =>
    ['normal', 'italic'].flatMap((style) => [
      face('Noto Sans', 'noto-sans-latin', 'U+0000-00FF,U+2000-206F', weight, style),
      face('Noto Sans', 'noto-sans-latin-ext', 'U+0100-02AF', weight, style),
    ]),
  ),
  ...[400, 700].flatMap((weight) => [
    face('Noto Sans Arabic', 'noto-sans-arabic-arabic', 'U+0600-06FF', weight),
    face('Noto Sans JP', 'noto-sans-jp-7', 'U+65E5,U+672C', weight),
    face('Noto Sans SC', 'noto-sans-sc-9', 'U+65E5,U+672C,U+4E2D', weight),
  ]),
];

let dir: string;
let fonts: FontAssets;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'font-assets-test-'));
  writeFileSync(join(dir, 'fonts.json'), JSON.stringify(MANIFEST));
  fonts = await FontAssets.load(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = (faces: readonly FontFaceEntry[]) => faces.map((f) => f.file).sort();

describe('faces a document declares and preloads', () => {
  test('Han text declares every family that has it, and preloads the one its language reads first', () => {
    const ja = fonts.select(['<p>日本</p>'], fontFamilyOrder('ja'));
    expect(files(ja.faces)).toEqual(
      expect.arrayContaining(['noto-sans-jp-7-400-normal.woff2', 'noto-sans-sc-9-700-normal.woff2']),
    );
    expect(files(ja.preload)).toEqual([
      'noto-sans-jp-7-400-normal.woff2',
      'noto-sans-jp-7-700-normal.woff2',
      'noto-sans-latin-400-normal.woff2',
      'noto-sans-latin-700-normal.woff2',
    ]);
    const zh = fonts.select(['<p>日本</p>'], fontFamilyOrder('zh-CN'));
    expect(files(zh.preload)).toContain('noto-sans-sc-9-400-normal.woff2');
    expect(files(zh.preload)).not.toContain('noto-sans-jp-7-400-normal.woff2');
  });

  test('plain English preloads only the upright regular and bold basic Latin faces; italics load on demand', () => {
    const en = fonts.select(['<p>Plain <i>English</i> – done…</p>'], fontFamilyOrder('en'));
    expect(files(en.preload)).toEqual([
      'noto-sans-latin-400-normal.woff2',
      'noto-sans-latin-700-normal.woff2',
    ]);
    // Declared: the Latin slices in every weight and style, so bold italic still prints.
    expect(files(en.faces)).toContain('noto-sans-latin-700-italic.woff2');
    expect(files(en.faces)).toContain('noto-sans-latin-ext-400-normal.woff2');
    expect(files(en.faces).some((file) => file.includes('jp') || file.includes('arabic'))).toBe(false);
  });

  test('a script only a later family covers is preloaded from that family', () => {
    const ar = fonts.select(['<p dir="rtl">مرحبا Ana</p>'], fontFamilyOrder('ar'));
    expect(files(ar.preload)).toContain('noto-sans-arabic-arabic-400-normal.woff2');
    expect(files(ar.preload)).toContain('noto-sans-arabic-arabic-700-normal.woff2');
  });

  test('preload links fetch in CORS mode from the font origin', () => {
    const links = fonts.preloadLinks(
      fonts.select(['x'], fontFamilyOrder('en')).preload,
      'https://fonts.invalid',
    );
    expect(links).toBe(
      '<link rel="preload" as="font" type="font/woff2" crossorigin href="https://fonts.invalid/files/noto-sans-latin-400-normal.woff2">' +
        '<link rel="preload" as="font" type="font/woff2" crossorigin href="https://fonts.invalid/files/noto-sans-latin-700-normal.woff2">',
    );
  });
});
