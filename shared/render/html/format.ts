/**
 * The report's formatting, over the shared i18n formatters (shared/render/i18n): the same `Intl`
 * output, but total: a missing or unreadable value (the model allows nulls, and content is hostile)
 * gives null, so the template prints "Not available" instead of failing the whole report.
 */
import type { LanguageCode } from '../../domain/records.ts';
import * as i18n from '../i18n/index.ts';

function validDate(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A long date, e.g. `2 March 2026`; null when the date is missing or unreadable. */
export function formatDate(code: LanguageCode, iso: string | null): string | null {
  const date = validDate(iso);
  return date && i18n.formatDate(code, date);
}

/** A compact date, e.g. `2 Mar 2026`, for table cells. */
export function formatShortDate(code: LanguageCode, iso: string | null): string | null {
  const date = validDate(iso);
  return date && i18n.formatDate(code, date, { dateStyle: 'medium' });
}

/** Date and time with the zone's name, for link expiries. */
export function formatDateTime(code: LanguageCode, iso: string | null): string | null {
  const date = validDate(iso);
  return date && i18n.formatDateTime(code, date);
}

/** A duration such as `12 min, 5 sec`; null when missing or negative. */
export function formatDuration(code: LanguageCode, seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  return i18n.formatDuration(code, seconds);
}

/** A number with at most `digits` fraction digits, in the language's digits and grouping. */
export function formatNumber(code: LanguageCode, value: number, digits = 0): string {
  return i18n.formatNumber(code, value, { maximumFractionDigits: digits });
}

/** A percentage from a 0–100 value. */
export function formatPercent(code: LanguageCode, value: number): string {
  return i18n.formatPercent(code, value);
}

/** The name of a language in the report language, e.g. `Japanese` or `日本語`. */
export function languageName(code: LanguageCode, of: LanguageCode): string {
  return i18n.languageName(code, of);
}
