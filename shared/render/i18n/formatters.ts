import type { LanguageCode } from '../../domain/records.ts';
import { languageInfo, localeFor } from './locales.ts';

/**
 * Intl formatting in the report language. Formatter objects are costly to build (ICU loads locale data)
 * and cheap to reuse, so each distinct (language, options) pair is built once per process.
 */

const cache = new Map<string, unknown>();

function cached<T>(key: string, build: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** Time zone for dates unless the caller gives one: stored timestamps are UTC and the viewer's is unknown. */
export const DEFAULT_TIME_ZONE = 'UTC';

export interface DateFormatOptions {
  /** IANA time zone; `UTC` by default. */
  timeZone?: string;
  /** `long` (`2 March 2026`, default) or `medium` (`2 Mar 2026`, for table cells). */
  dateStyle?: 'long' | 'medium';
}

function toDate(value: Date | string): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`Not a valid date: ${JSON.stringify(String(value))}`);
  return date;
}

/**
 * A calendar date, long form, as the language writes it. Thai uses the Buddhist era (2569 for 2026),
 * the Thai locale's default calendar.
 * @example formatDate('en', '2026-11-28T14:05:00Z') // '28 November 2026'
 * @example formatDate('ja', '2026-11-28T14:05:00Z') // '2026年11月28日'
 */
export function formatDate(
  code: LanguageCode,
  value: Date | string,
  options: DateFormatOptions = {},
): string {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const dateStyle = options.dateStyle ?? 'long';
  const locale = localeFor(code);
  const format = cached(
    `date|${locale}|${dateStyle}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle, timeZone }),
  );
  return format.format(toDate(value));
}

/**
 * A date with the time of day and the time zone's name, e.g. for the expiry of a signed link.
 * @example formatDateTime('en', '2026-11-28T14:05:00Z') // '28 November 2026 at 14:05 UTC'
 */
export function formatDateTime(
  code: LanguageCode,
  value: Date | string,
  options: DateFormatOptions = {},
): string {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const locale = localeFor(code);
  const format = cached(
    `datetime|${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
        timeZone,
      }),
  );
  return format.format(toDate(value));
}

export type DurationStyle = 'long' | 'short' | 'narrow';

/** The part of `Intl.DurationFormat` used here (ES2025; Node 24 has it, the project's lib target does not). */
interface DurationFormatter {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: DurationStyle; secondsDisplay?: 'always' | 'auto' },
) => DurationFormatter;

const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;

interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

function splitSeconds(totalSeconds: number): DurationParts {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) {
    throw new RangeError(`A duration must be a non-negative number of seconds, got ${totalSeconds}`);
  }
  const whole = Math.round(totalSeconds);
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 };
}

/**
 * A duration given in seconds, as hours (only when there are any), minutes and seconds in the report
 * language; units that are zero are left out, and zero itself reads "0 sec". Uses `Intl.DurationFormat`.
 * @example formatDuration('en', 725) // '12 min, 5 sec'
 * @example formatDuration('de', 725, { style: 'long' }) // '12 Minuten, 5 Sekunden'
 */
export function formatDuration(
  code: LanguageCode,
  totalSeconds: number,
  options: { style?: DurationStyle } = {},
): string {
  const parts = splitSeconds(totalSeconds);
  const style = options.style ?? 'short';
  if (DurationFormat === undefined) return formatDurationParts(code, parts, style);
  const locale = localeFor(code);
  const isZero = parts.hours === 0 && parts.minutes === 0 && parts.seconds === 0;
  // With every unit zero, DurationFormat prints nothing unless seconds are forced to show.
  const format = cached(
    `duration|${locale}|${style}|${isZero}`,
    () => new DurationFormat(locale, { style, ...(isZero ? { secondsDisplay: 'always' as const } : {}) }),
  );
  return format.format(parts);
}

/**
 * The same result built from `Intl.NumberFormat` units joined by `Intl.ListFormat`, for a runtime without
 * `Intl.DurationFormat`. Exported so the fallback is tested even where DurationFormat exists.
 * @example formatDurationWithUnits('en', 725, 'long') // '12 minutes, 5 seconds'
 */
export function formatDurationWithUnits(
  code: LanguageCode,
  totalSeconds: number,
  style: DurationStyle = 'short',
): string {
  return formatDurationParts(code, splitSeconds(totalSeconds), style);
}

function formatDurationParts(code: LanguageCode, parts: DurationParts, style: DurationStyle): string {
  const locale = localeFor(code);
  const units: Array<[unit: 'hour' | 'minute' | 'second', amount: number]> = [
    ['hour', parts.hours],
    ['minute', parts.minutes],
    ['second', parts.seconds],
  ];
  const shown = units.filter(([, amount]) => amount > 0);
  if (shown.length === 0) shown.push(['second', 0]);
  const words = shown.map(([unit, amount]) =>
    cached(
      `unit|${locale}|${unit}|${style}`,
      () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: style }),
    ).format(amount),
  );
  const list = cached(
    `unitlist|${locale}|${style}`,
    () => new Intl.ListFormat(locale, { type: 'unit', style }),
  );
  return list.format(words);
}

/**
 * A number with the language's digits, grouping and decimal separator.
 * @example formatNumber('de', 1234.5) // '1.234,5'
 */
export function formatNumber(
  code: LanguageCode,
  value: number,
  options: { maximumFractionDigits?: number } = {},
): string {
  const locale = localeFor(code);
  const maximumFractionDigits = options.maximumFractionDigits ?? 1;
  return cached(
    `number|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  ).format(value);
}

/**
 * A percentage given on the 0–100 scale the report model uses (not a 0–1 ratio).
 * @example formatPercent('fr', 87) // '87 %' (with a narrow no-break space)
 * @example formatPercent('tr', 87) // '%87'
 */
export function formatPercent(
  code: LanguageCode,
  percent: number,
  options: { maximumFractionDigits?: number } = {},
): string {
  const locale = localeFor(code);
  const maximumFractionDigits = options.maximumFractionDigits ?? 0;
  return cached(
    `percent|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }),
  ).format(percent / 100);
}

/**
 * Items joined as the language joins a list ("a, b and c", "a、b、c", "a وb وc").
 * @example formatList('en', ['Python', 'SQL', 'Go']) // 'Python, SQL and Go'
 */
export function formatList(
  code: LanguageCode,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
): string {
  const locale = localeFor(code);
  return cached(`list|${locale}|${type}`, () => new Intl.ListFormat(locale, { type })).format(items);
}

/**
 * The name of a language (e.g. the interview's) written in the report language.
 * @example languageName('fr', 'ja') // 'japonais'
 * @example languageName('en', 'br') // 'Brazilian Portuguese'
 */
export function languageName(reportCode: LanguageCode, languageCode: LanguageCode): string {
  const locale = localeFor(reportCode);
  const names = cached(`names|${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' }));
  const tag = languageInfo(languageCode).languageTag;
  return names.of(tag) ?? tag;
}
