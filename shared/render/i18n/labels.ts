import type { LanguageCode } from '../../domain/records.ts';
import type { Catalog, LabelArgs } from './catalog.ts';
import type { LabelKey } from './catalogs/en.ts';
import { formatNumber } from './formatters.ts';
import { UnsupportedLanguageError } from './locales.ts';
import { CATALOGS } from './registry.ts';

/**
 * The label catalog of a report language.
 * @example catalogFor('de')['files.resume'] // 'Lebenslauf'
 */
export function catalogFor(code: LanguageCode): Catalog {
  const catalog = Object.hasOwn(CATALOGS, code) ? CATALOGS[code] : undefined;
  if (catalog === undefined) throw new UnsupportedLanguageError(code);
  return catalog;
}

/** A label's text has a placeholder the caller gave no value for. */
export class MissingLabelParameterError extends Error {
  override readonly name = 'MissingLabelParameterError';
  constructor(
    readonly key: LabelKey,
    readonly parameter: string,
    options?: ErrorOptions,
  ) {
    super(`Label ${key} needs a value for {${parameter}}`, options);
  }
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A label in the report language with its placeholders filled. Numbers are formatted for the language
 * (digits, grouping); strings, such as an already formatted date, go in as they are. The type of `params`
 * follows the English text, so a missing or misspelt placeholder is a compile error.
 * @example formatLabel('fr', 'report.page_of', { page: 2, total: 5 }) // 'Page 2 sur 5'
 * @example formatLabel('ja', 'files.resume') // '履歴書'
 */
export function formatLabel<K extends LabelKey>(code: LanguageCode, key: K, ...args: LabelArgs<K>): string {
  const text = catalogFor(code)[key];
  const params = args[0] as Record<string, string | number> | undefined;
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = params !== undefined && Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) throw new MissingLabelParameterError(key, name);
    return typeof value === 'number' ? formatNumber(code, value) : value;
  });
}

/** Short alias of `formatLabel` for templates. @example t('de', 'files.resume') // 'Lebenslauf' */
export const t = formatLabel;

/**
 * `formatLabel` for a key only known at run time as the whole `LabelKey` union (e.g. a component that
 * takes any key), where the compiler cannot tell which placeholders it has. Same result and the same
 * `MissingLabelParameterError` at run time; prefer `formatLabel` wherever the key is a literal.
 * @example formatLabelUnchecked('en', key as LabelKey, { n: 2 })
 */
export function formatLabelUnchecked(
  code: LanguageCode,
  key: LabelKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return (
    formatLabel as (c: LanguageCode, k: LabelKey, p?: Readonly<Record<string, string | number>>) => string
  )(code, key, params);
}
