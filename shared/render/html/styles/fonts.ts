/**
 * Font stacks per report language, naming the Noto families the PDF renderer's fonts layer provides
 * (and, second, the names Debian's fonts-noto-cjk package uses for the same CJK faces).
 *
 * The language's own face comes first: Han characters are shared by Japanese, Korean and Chinese but
 * drawn differently in each, so the face must match the report language. The other faces follow so
 * content in another script (a Japanese name in an English report) still finds glyphs.
 */
import type { LanguageCode } from '../../../domain/records.ts';
import { localeFor as localeOf } from '../../i18n/index.ts';

const FACES = {
  latin: ['Noto Sans'],
  ja: ['Noto Sans JP', 'Noto Sans CJK JP'],
  ko: ['Noto Sans KR', 'Noto Sans CJK KR'],
  zh: ['Noto Sans SC', 'Noto Sans CJK SC'],
  th: ['Noto Sans Thai'],
  ar: ['Noto Sans Arabic'],
  hi: ['Noto Sans Devanagari'],
  ta: ['Noto Sans Tamil'],
} as const;

const SCRIPT_FALLBACKS = [
  ...FACES.ar,
  ...FACES.hi,
  ...FACES.ta,
  ...FACES.th,
  ...FACES.ja,
  ...FACES.ko,
  ...FACES.zh,
];

function primaryFaces(code: LanguageCode): readonly string[] {
  switch (code) {
    case 'ja':
    case 'ko':
    case 'zh':
    case 'th':
    case 'ar':
    case 'hi':
    case 'ta':
      return FACES[code];
    default:
      return [];
  }
}

/** The CSS `font-family` value for a report language. */
export function fontStack(code: LanguageCode): string {
  const primary = primaryFaces(code);
  // Latin first for Latin-script languages; for the others, their face first but Noto Sans before
  // the remaining scripts so digits and Latin words keep one consistent design.
  const ordered = [...primary, ...FACES.latin, ...SCRIPT_FALLBACKS.filter((face) => !primary.includes(face))];
  return `${ordered.map((face) => `"${face}"`).join(', ')}, sans-serif`;
}

/** `:lang()` rules giving every language present its stack; the first language is the document's. */
export function fontRules(languages: readonly LanguageCode[]): string {
  const unique = [...new Set(languages)];
  const [documentLanguage = 'en'] = unique;
  const rules = [`html { font-family: ${fontStack(documentLanguage)}; }`];
  for (const code of unique) {
    if (primaryFaces(code).length === 0 && primaryFaces(documentLanguage).length === 0) continue;
    rules.push(`:lang(${localeOf(code)}) { font-family: ${fontStack(code)}; }`);
  }
  return rules.join('\n');
}
