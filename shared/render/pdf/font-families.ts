/**
 * The Noto families the fonts layer ships and the order the renderer tries them in. One list serves
 * the layer build (layers/build.ts picks the files) and the renderer (the CSS font stack), so the two
 * cannot drift apart.
 */

export interface FontFamilySource {
  /** `@fontsource/<package>`. */
  package: string;
  /** The CSS family name the package declares. */
  family: string;
  weights: readonly number[];
  styles: ReadonlyArray<'normal' | 'italic'>;
  /** Subset names to keep (`latin`, `greek`, …), or every subset (the numbered CJK slices). */
  subsets: readonly string[] | 'all';
}

/**
 * Regular and bold cover what the report templates use (a 600 heading resolves to the 700 face);
 * italics only where Noto has them. The script packages also carry a Latin copy: skipped, Noto Sans
 * comes first in the stack.
 */
export const FONT_FAMILIES: readonly FontFamilySource[] = [
  {
    package: 'noto-sans',
    family: 'Noto Sans',
    weights: [400, 700],
    styles: ['normal', 'italic'],
    subsets: ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'],
  },
  {
    package: 'noto-sans-arabic',
    family: 'Noto Sans Arabic',
    weights: [400, 700],
    styles: ['normal'],
    subsets: ['arabic'],
  },
  {
    package: 'noto-sans-devanagari',
    family: 'Noto Sans Devanagari',
    weights: [400, 700],
    styles: ['normal'],
    subsets: ['devanagari'],
  },
  {
    package: 'noto-sans-tamil',
    family: 'Noto Sans Tamil',
    weights: [400, 700],
    styles: ['normal'],
    subsets: ['tamil'],
  },
  {
    package: 'noto-sans-thai',
    family: 'Noto Sans Thai',
    weights: [400, 700],
    styles: ['normal'],
    subsets: ['thai'],
  },
  {
    package: 'noto-sans-jp',
    family: 'Noto Sans JP',
    weights: [400, 700],
    styles: ['normal'],
    subsets: 'all',
  },
  {
    package: 'noto-sans-kr',
    family: 'Noto Sans KR',
    weights: [400, 700],
    styles: ['normal'],
    subsets: 'all',
  },
  {
    package: 'noto-sans-sc',
    family: 'Noto Sans SC',
    weights: [400, 700],
    styles: ['normal'],
    subsets: 'all',
  },
];

const CJK_BY_LANGUAGE: Record<string, readonly string[]> = {
  ja: ['Noto Sans JP', 'Noto Sans SC', 'Noto Sans KR'],
  ko: ['Noto Sans KR', 'Noto Sans JP', 'Noto Sans SC'],
  zh: ['Noto Sans SC', 'Noto Sans JP', 'Noto Sans KR'],
};

/**
 * The report families in the order text in a language tries them. Han characters look different in
 * Japanese, Korean and Chinese, so the CJK family of the text's language comes first; every other
 * script has exactly one family, whose `unicode-range` picks it.
 *
 * @example fontFamilyOrder('ko') // ['Noto Sans', 'Noto Sans Arabic', …, 'Noto Sans KR', 'Noto Sans JP', 'Noto Sans SC']
 */
export function fontFamilyOrder(language?: string): string[] {
  const primary = language?.toLowerCase().split('-')[0] ?? '';
  const cjk = CJK_BY_LANGUAGE[primary] ?? CJK_BY_LANGUAGE.zh ?? [];
  const others = FONT_FAMILIES.map((f) => f.family).filter((family) => !family.match(/ (JP|KR|SC)$/));
  return [...others, ...cjk];
}

/**
 * The CSS `font-family` value for text in a language (fontFamilyOrder, then `sans-serif`).
 *
 * @example fontStack('ja') // "'Noto Sans', 'Noto Sans Arabic', …, 'Noto Sans JP', 'Noto Sans SC', 'Noto Sans KR', sans-serif"
 */
export function fontStack(language?: string): string {
  return fontFamilyOrder(language)
    .map((family) => `'${family}'`)
    .concat('sans-serif')
    .join(', ');
}
