import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../../shared/domain/records.ts';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatDurationWithUnits,
  formatLabel,
  formatList,
  formatNumber,
  formatPercent,
  isRightToLeft,
  LANGUAGES,
  languageName,
  localeFor,
  textDirection,
} from '../../../../shared/render/i18n/index.ts';

const WHEN = '2026-11-28T14:05:00Z';
const ARABIC_INDIC_DIGITS = /[٠-٩]/u;

describe('locales', () => {
  it('maps the platform codes that are not BCP 47 to the right locale', () => {
    expect(localeFor('br')).toBe('pt-BR');
    expect(localeFor('pt')).toBe('pt-PT');
    expect(localeFor('fil')).toBe('fil-PH');
    expect(localeFor('no')).toBe('nb-NO');
    expect(localeFor('zh')).toBe('zh-CN');
    expect(localeFor('en')).toBe('en-GB');
  });

  it.each(LANGUAGE_CODES)('%s: the runtime has locale data for its locale', (code) => {
    const locale = localeFor(code);
    expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toEqual([locale]);
    expect(Intl.NumberFormat.supportedLocalesOf([locale])).toEqual([locale]);
  });

  it.each(LANGUAGE_CODES)('%s: declared script and direction agree with CLDR', (code) => {
    const locale = new Intl.Locale(localeFor(code));
    expect(locale.maximize().script).toBe(LANGUAGES[code].script);
    // Intl.Locale#getTextInfo (Node 24) is newer than the project's lib typings.
    const textInfo = (locale as Intl.Locale & { getTextInfo(): { direction: string } }).getTextInfo();
    expect(textDirection(code)).toBe(textInfo.direction);
  });

  it('only Arabic is right to left', () => {
    expect(LANGUAGE_CODES.filter(isRightToLeft)).toEqual(['ar']);
  });
});

describe('dates', () => {
  it('English reads day month year, as in "28 November 2026"', () => {
    expect(formatDate('en', WHEN)).toBe('28 November 2026');
  });

  it('German uses the German month name and a day with a period', () => {
    expect(formatDate('de', WHEN)).toBe('28. November 2026');
    expect(formatDate('de', '2026-03-02T00:00:00Z')).toBe('2. März 2026');
  });

  it('Japanese and Chinese write year, month and day with their characters', () => {
    expect(formatDate('ja', WHEN)).toBe('2026年11月28日');
    expect(formatDate('zh', WHEN)).toBe('2026年11月28日');
    expect(formatDate('ko', WHEN)).toBe('2026년 11월 28일');
  });

  it('Arabic uses the Arabic month name and the digits CLDR gives plain `ar`', () => {
    const text = formatDate('ar', WHEN);
    expect(text).toContain('نوفمبر');
    const digits = new Intl.NumberFormat('ar').resolvedOptions().numberingSystem;
    // ICU 78 (Node 24) gives Latin digits for plain `ar`; Arabic-Indic is the default of e.g. ar-EG.
    // Whichever the runtime says, the date must use that same system.
    expect(ARABIC_INDIC_DIGITS.test(text)).toBe(digits === 'arab');
    expect(/[0-9]/.test(text)).toBe(digits === 'latn');
  });

  it('Thai counts years in the Buddhist era, as Thai documents do', () => {
    expect(formatDate('th', WHEN)).toBe('28 พฤศจิกายน 2569');
  });

  it('Portugal and Brazil both write "28 de novembro de 2026"', () => {
    expect(formatDate('pt', WHEN)).toBe('28 de novembro de 2026');
    expect(formatDate('br', WHEN)).toBe('28 de novembro de 2026');
  });

  it('dates are UTC unless a time zone is given', () => {
    expect(formatDate('en', '2026-11-28T23:30:00Z')).toBe('28 November 2026');
    expect(formatDate('en', '2026-11-28T23:30:00Z', { timeZone: 'Asia/Tokyo' })).toBe('29 November 2026');
  });

  it('a date and time names its time zone', () => {
    expect(formatDateTime('en', WHEN)).toBe('28 November 2026 at 14:05 UTC');
    expect(formatDateTime('de', WHEN)).toBe('28. November 2026 um 14:05 UTC');
    expect(formatDateTime('ja', WHEN, { timeZone: 'Asia/Tokyo' })).toMatch(/^2026年11月28日 23:05 /);
  });

  it('an unparseable date is refused, naming the value', () => {
    expect(() => formatDate('en', 'not a date')).toThrow(/not a date/);
  });
});

describe('durations', () => {
  it('minutes and seconds from seconds, in the report language', () => {
    expect(formatDuration('en', 725)).toBe('12 mins, 5 secs');
    // ICU joins number and unit with no-break spaces (of two widths), so none of them wraps apart.
    expect(formatDuration('fr', 725)).toMatch(/^12\smin et 5\ss$/u);
    expect(formatDuration('en', 725, { style: 'long' })).toBe('12 minutes, 5 seconds');
    expect(formatDuration('de', 725, { style: 'long' })).toBe('12 Minuten, 5 Sekunden');
    expect(formatDuration('ja', 725)).toMatch(/12.*分.*5.*秒/);
    expect(formatDuration('ar', 725, { style: 'long' })).toContain('دقيقة');
  });

  it('leaves out zero units, shows hours when there are any, and says 0 for nothing', () => {
    expect(formatDuration('en', 720, { style: 'long' })).toBe('12 minutes');
    expect(formatDuration('en', 3605, { style: 'long' })).toBe('1 hour, 5 seconds');
    expect(formatDuration('en', 0, { style: 'long' })).toBe('0 seconds');
    expect(formatDuration('en', 59.6, { style: 'long' })).toBe('1 minute');
  });

  it('refuses negative and non-finite durations', () => {
    expect(() => formatDuration('en', -1)).toThrow(RangeError);
    expect(() => formatDuration('en', Number.NaN)).toThrow(RangeError);
  });

  it.each(LANGUAGE_CODES)('%s: the NumberFormat fallback gives exactly what DurationFormat gives', (code) => {
    for (const style of ['long', 'short', 'narrow'] as const) {
      for (const seconds of [0, 5, 65, 725, 3600, 3725]) {
        expect(formatDurationWithUnits(code, seconds, style), `${style} ${seconds}`).toBe(
          formatDuration(code, seconds, { style }),
        );
      }
    }
  });

  it('the NumberFormat fallback says the same things', () => {
    expect(formatDurationWithUnits('en', 725, 'long')).toBe('12 minutes, 5 seconds');
    expect(formatDurationWithUnits('en', 0, 'long')).toBe('0 seconds');
    expect(formatDurationWithUnits('de', 3605, 'long')).toBe('1 Stunde, 5 Sekunden');
    expect(formatDurationWithUnits('fr', 725, 'long')).toMatch(/^12\sminutes et 5\ssecondes$/u);
  });
});

describe('numbers, percentages, lists, language names', () => {
  it('numbers use the language’s separators', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('br', 1234.5)).toBe('1.234,5');
    // Portugal groups only from five digits (CLDR minimumGroupingDigits 2), with a no-break space.
    expect(formatNumber('pt', 1234.5)).toBe('1234,5');
    expect(formatNumber('pt', 12345.5)).toMatch(/^12\s345,5$/u);
    expect(formatNumber('en', 87.456)).toBe('87.5');
  });

  it('percentages take the 0–100 scale of the report model and place the sign as the language does', () => {
    expect(formatPercent('en', 87)).toBe('87%');
    expect(formatPercent('tr', 87)).toBe('%87');
    // French and German put a no-break space before the sign.
    expect(formatPercent('fr', 87)).toBe('87\u00a0%');
    expect(formatPercent('de', 87)).toBe('87\u00a0%');
    expect(formatPercent('en', 87.5, { maximumFractionDigits: 1 })).toBe('87.5%');
  });

  it('lists are joined as the language joins them', () => {
    expect(formatList('en', ['Python', 'SQL', 'Go'])).toBe('Python, SQL and Go');
    expect(formatList('ja', ['Python', 'SQL', 'Go'])).toBe('Python、SQL、Go');
    expect(formatList('es', ['Python', 'SQL', 'Go'])).toBe('Python, SQL y Go');
  });

  it('names the interview language in the report language, telling the variants apart', () => {
    expect(languageName('en', 'br')).toBe('Brazilian Portuguese');
    expect(languageName('en', 'pt')).toBe('European Portuguese');
    expect(languageName('en', 'no')).toBe('Norwegian Bokmål');
    expect(languageName('en', 'zh')).toBe('Simplified Chinese');
    expect(languageName('fr', 'ja')).toBe('japonais');
    expect(languageName('ja', 'en')).toBe('英語');
  });
});

describe('labels with numbers', () => {
  it('fills numbers with the language’s digits and separators', () => {
    expect(formatLabel('de', 'report.more_items', { count: 1234 })).toBe('+1.234 weitere');
    expect(formatLabel('en', 'scores.out_of', { score: 87.5, max: 100 })).toBe('87.5 out of 100');
    expect(formatLabel('fr', 'scores.out_of', { score: 87.5, max: 100 })).toBe('87,5 sur 100');
  });

  it('Arabic labels use the same digits as Arabic dates', () => {
    const label = formatLabel('ar', 'report.page_of', { page: 2, total: 5 });
    const date = formatDate('ar', WHEN);
    expect(ARABIC_INDIC_DIGITS.test(label)).toBe(ARABIC_INDIC_DIGITS.test(date));
  });
});
