/**
 * Dates, durations, numbers and language names in the report language, through `Intl`.
 *
 * Formatters are cached per locale: building an `Intl` object costs far more than using one, and a
 * 50-result combined report formats thousands of values.
 */
import type { LanguageCode } from '../../domain/records.ts';
import { localeOf } from './locale.ts';

/** `Intl.DurationFormat` (ES2025) is in Node 24 and Chromium but not yet in TypeScript's es2024 lib. */
interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'long' | 'short' | 'narrow' | 'digital' },
) => DurationFormatLike;

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A long date, e.g. `12 March 2026`; null when the date is missing or unreadable. */
export function formatDate(code: LanguageCode, iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const locale = localeOf(code);
  return cached(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(date);
}

/** A compact date, e.g. `2 Mar 2026`, for table cells. */
export function formatShortDate(code: LanguageCode, iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const locale = localeOf(code);
  return cached(
    `short-date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(date);
}

/** Date and time (UTC, named), for link expiries. */
export function formatDateTime(code: LanguageCode, iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const locale = localeOf(code);
  return cached(
    `datetime:${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      }),
  ).format(date);
}

/** A duration such as `12 min 5 s`; seconds are dropped above an hour. */
export function formatDuration(code: LanguageCode, seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = whole % 60;
  const parts = hours > 0 ? { hours, minutes } : minutes > 0 ? { minutes, seconds: secs } : { seconds: secs };
  const locale = localeOf(code);
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    return cached(`duration:${locale}`, () => new DurationFormat(locale, { style: 'short' })).format(parts);
  }
  // Fallback for runtimes without DurationFormat: unit formatting of each part.
  return Object.entries(parts)
    .map(([unit, value]) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'short' }).format(
        value,
      ),
    )
    .join(' ');
}

/** A number with at most `digits` fraction digits. */
export function formatNumber(code: LanguageCode, value: number, digits = 0): string {
  const locale = localeOf(code);
  return cached(
    `number:${locale}:${digits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }),
  ).format(value);
}

/** A percentage from a 0–100 value. */
export function formatPercent(code: LanguageCode, value: number): string {
  const locale = localeOf(code);
  return cached(
    `percent:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(value / 100);
}

/** The name of a report language in the report language, e.g. `Japanese` or `日本語`. */
export function languageName(code: LanguageCode, of: LanguageCode): string {
  const locale = localeOf(code);
  try {
    return (
      cached(`lang:${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' })).of(localeOf(of)) ??
      of
    );
  } catch {
    return of;
  }
}
