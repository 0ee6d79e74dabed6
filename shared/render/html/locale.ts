/**
 * The report's view of the label catalogs and of `Intl`, in one place.
 *
 * TEMPORARY SHIM: the label functions below read the English catalog only, until the shared i18n module
 * (`shared/render/i18n/index.ts`: `t`, `isRightToLeft`, locales, formatters) lands; then this file
 * re-exports from it and keeps only what the HTML report adds.
 */
import type { LanguageCode } from '../../domain/records.ts';
import { en, type LabelKey } from '../i18n/catalogs/en.ts';

export type { LabelKey };

/** BCP 47 tag per report language: `br` is Brazilian Portuguese, `pt` European, `no` Bokmål. */
const BCP47: Readonly<Record<LanguageCode, string>> = {
  ar: 'ar',
  bg: 'bg',
  zh: 'zh-CN',
  hr: 'hr',
  cs: 'cs',
  da: 'da',
  nl: 'nl',
  en: 'en',
  fil: 'fil',
  fi: 'fi',
  fr: 'fr',
  de: 'de',
  el: 'el',
  hi: 'hi',
  hu: 'hu',
  id: 'id',
  it: 'it',
  ja: 'ja',
  ko: 'ko',
  ms: 'ms',
  no: 'nb',
  pl: 'pl',
  pt: 'pt-PT',
  br: 'pt-BR',
  ro: 'ro',
  ru: 'ru',
  sk: 'sk',
  es: 'es',
  sv: 'sv',
  ta: 'ta',
  th: 'th',
  tr: 'tr',
  uk: 'uk',
  vi: 'vi',
};

export function localeOf(code: LanguageCode): string {
  return BCP47[code];
}

export function isRightToLeft(code: LanguageCode): boolean {
  return code === 'ar';
}

/** A label in the report language, placeholders (`{n}`) filled. */
export function t(_code: LanguageCode, key: LabelKey, params?: Record<string, string | number>): string {
  const template: string = en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
