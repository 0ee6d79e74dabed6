/**
 * Report labels in 34 languages and `Intl` formatting in the report language.
 * Everything is synchronous and loaded at import (the catalogs are small); see docs/i18n.md.
 */
export type { Catalog, IdenticalToEnglish, LabelArgs, LabelParams, LabelPlaceholder } from './catalog.ts';
export { en, type LabelKey } from './catalogs/en.ts';
export {
  type DateFormatOptions,
  DEFAULT_TIME_ZONE,
  type DurationStyle,
  formatDate,
  formatDateTime,
  formatDuration,
  formatDurationWithUnits,
  formatList,
  formatNumber,
  formatPercent,
  languageName,
} from './formatters.ts';
export { catalogFor, formatLabel, formatLabelUnchecked, MissingLabelParameterError, t } from './labels.ts';
export {
  isRightToLeft,
  LANGUAGES,
  type LanguageInfo,
  languageInfo,
  localeFor,
  type ScriptCode,
  type TextDirection,
  textDirection,
  UnsupportedLanguageError,
} from './locales.ts';
