import type { LanguageCode } from '../../domain/records.ts';

/** ISO 15924 code of the writing system a catalog is in (`Jpan` = kanji + kana, `Kore` = Hangul). */
export type ScriptCode =
  | 'Arab'
  | 'Cyrl'
  | 'Deva'
  | 'Grek'
  | 'Hans'
  | 'Jpan'
  | 'Kore'
  | 'Latn'
  | 'Taml'
  | 'Thai';

export type TextDirection = 'ltr' | 'rtl';

export interface LanguageInfo {
  /** English name, for documentation and logs. */
  name: string;
  /** BCP 47 tag used for `Intl` and for `<html lang>`: language plus the region whose conventions apply. */
  locale: string;
  /** BCP 47 tag naming the language itself (no region unless it is the variant), for `Intl.DisplayNames`. */
  languageTag: string;
  script: ScriptCode;
  direction: TextDirection;
}

/**
 * The 34 report languages and how each is written and formatted.
 *
 * The platform's codes are not all BCP 47: `br` is Brazilian Portuguese (`pt-BR`), `pt` European
 * Portuguese (`pt-PT`), `no` Norwegian Bokmål (`nb-NO`), `fil` Filipino (`fil-PH`). English uses `en-GB`
 * (day-month-year, "28 November 2026"), the international default for reports. Arabic is Modern
 * Standard Arabic with no region (`ar`), so numbering follows CLDR's default for `ar` rather than
 * one country's.
 */
export const LANGUAGES: Readonly<Record<LanguageCode, LanguageInfo>> = {
  ar: { name: 'Arabic', locale: 'ar', languageTag: 'ar', script: 'Arab', direction: 'rtl' },
  bg: { name: 'Bulgarian', locale: 'bg-BG', languageTag: 'bg', script: 'Cyrl', direction: 'ltr' },
  zh: {
    name: 'Chinese (Simplified)',
    locale: 'zh-CN',
    languageTag: 'zh-Hans',
    script: 'Hans',
    direction: 'ltr',
  },
  hr: { name: 'Croatian', locale: 'hr-HR', languageTag: 'hr', script: 'Latn', direction: 'ltr' },
  cs: { name: 'Czech', locale: 'cs-CZ', languageTag: 'cs', script: 'Latn', direction: 'ltr' },
  da: { name: 'Danish', locale: 'da-DK', languageTag: 'da', script: 'Latn', direction: 'ltr' },
  nl: { name: 'Dutch', locale: 'nl-NL', languageTag: 'nl', script: 'Latn', direction: 'ltr' },
  en: { name: 'English', locale: 'en-GB', languageTag: 'en', script: 'Latn', direction: 'ltr' },
  fil: { name: 'Filipino', locale: 'fil-PH', languageTag: 'fil', script: 'Latn', direction: 'ltr' },
  fi: { name: 'Finnish', locale: 'fi-FI', languageTag: 'fi', script: 'Latn', direction: 'ltr' },
  fr: { name: 'French', locale: 'fr-FR', languageTag: 'fr', script: 'Latn', direction: 'ltr' },
  de: { name: 'German', locale: 'de-DE', languageTag: 'de', script: 'Latn', direction: 'ltr' },
  el: { name: 'Greek', locale: 'el-GR', languageTag: 'el', script: 'Grek', direction: 'ltr' },
  hi: { name: 'Hindi', locale: 'hi-IN', languageTag: 'hi', script: 'Deva', direction: 'ltr' },
  hu: { name: 'Hungarian', locale: 'hu-HU', languageTag: 'hu', script: 'Latn', direction: 'ltr' },
  id: { name: 'Indonesian', locale: 'id-ID', languageTag: 'id', script: 'Latn', direction: 'ltr' },
  it: { name: 'Italian', locale: 'it-IT', languageTag: 'it', script: 'Latn', direction: 'ltr' },
  ja: { name: 'Japanese', locale: 'ja-JP', languageTag: 'ja', script: 'Jpan', direction: 'ltr' },
  ko: { name: 'Korean', locale: 'ko-KR', languageTag: 'ko', script: 'Kore', direction: 'ltr' },
  ms: { name: 'Malay', locale: 'ms-MY', languageTag: 'ms', script: 'Latn', direction: 'ltr' },
  no: { name: 'Norwegian Bokmål', locale: 'nb-NO', languageTag: 'nb', script: 'Latn', direction: 'ltr' },
  pl: { name: 'Polish', locale: 'pl-PL', languageTag: 'pl', script: 'Latn', direction: 'ltr' },
  pt: {
    name: 'Portuguese (Portugal)',
    locale: 'pt-PT',
    languageTag: 'pt-PT',
    script: 'Latn',
    direction: 'ltr',
  },
  br: {
    name: 'Portuguese (Brazil)',
    locale: 'pt-BR',
    languageTag: 'pt-BR',
    script: 'Latn',
    direction: 'ltr',
  },
  ro: { name: 'Romanian', locale: 'ro-RO', languageTag: 'ro', script: 'Latn', direction: 'ltr' },
  ru: { name: 'Russian', locale: 'ru-RU', languageTag: 'ru', script: 'Cyrl', direction: 'ltr' },
  sk: { name: 'Slovak', locale: 'sk-SK', languageTag: 'sk', script: 'Latn', direction: 'ltr' },
  es: { name: 'Spanish', locale: 'es-ES', languageTag: 'es', script: 'Latn', direction: 'ltr' },
  sv: { name: 'Swedish', locale: 'sv-SE', languageTag: 'sv', script: 'Latn', direction: 'ltr' },
  ta: { name: 'Tamil', locale: 'ta-IN', languageTag: 'ta', script: 'Taml', direction: 'ltr' },
  th: { name: 'Thai', locale: 'th-TH', languageTag: 'th', script: 'Thai', direction: 'ltr' },
  tr: { name: 'Turkish', locale: 'tr-TR', languageTag: 'tr', script: 'Latn', direction: 'ltr' },
  uk: { name: 'Ukrainian', locale: 'uk-UA', languageTag: 'uk', script: 'Cyrl', direction: 'ltr' },
  vi: { name: 'Vietnamese', locale: 'vi-VN', languageTag: 'vi', script: 'Latn', direction: 'ltr' },
};

/**
 * The BCP 47 locale of a report language, for `Intl` and `<html lang>`.
 * @example localeFor('br') // 'pt-BR'
 */
export function localeFor(code: LanguageCode): string {
  return languageInfo(code).locale;
}

/**
 * Whether text in this language runs right to left (only Arabic among the 34).
 * @example isRightToLeft('ar') // true
 */
export function isRightToLeft(code: LanguageCode): boolean {
  return languageInfo(code).direction === 'rtl';
}

/**
 * The value for the `dir` attribute of a document in this language.
 * @example textDirection('ar') // 'rtl'
 */
export function textDirection(code: LanguageCode): TextDirection {
  return languageInfo(code).direction;
}

/**
 * Everything known about a report language. Throws `UnsupportedLanguageError` for a code outside the
 * contract's 34 (which validated input never carries).
 * @example languageInfo('no').locale // 'nb-NO'
 */
export function languageInfo(code: LanguageCode): LanguageInfo {
  const info = Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code] : undefined;
  if (info === undefined) throw new UnsupportedLanguageError(code);
  return info;
}

/** A language code that is not one of the contract's 34 reached the renderer. */
export class UnsupportedLanguageError extends Error {
  override readonly name = 'UnsupportedLanguageError';
  constructor(
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(`Unsupported report language: ${JSON.stringify(code)}`, options);
  }
}
