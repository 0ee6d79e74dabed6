import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../../shared/domain/records.ts';
import {
  catalogFor,
  formatDate,
  formatLabel,
  formatLabelUnchecked,
  type LabelKey,
  MissingLabelParameterError,
  t,
  UnsupportedLanguageError,
} from '../../../../shared/render/i18n/index.ts';

describe('formatLabel', () => {
  it('returns the label in the requested language', () => {
    expect(formatLabel('en', 'files.resume')).toBe('Resume');
    expect(formatLabel('de', 'files.resume')).toBe('Lebenslauf');
    expect(formatLabel('ja', 'files.resume')).toBe('履歴書');
    expect(formatLabel('ar', 'files.resume')).toBe('السيرة الذاتية');
    expect(t('br', 'files.title')).toBe('Arquivos');
    expect(t('pt', 'files.title')).toBe('Ficheiros');
  });

  it('fills every placeholder, wherever the language puts it', () => {
    expect(formatLabel('fr', 'report.page_of', { page: 2, total: 5 })).toBe('Page 2 sur 5');
    expect(formatLabel('hi', 'scores.out_of', { score: 4, max: 5 })).toBe('5 में से 4');
    expect(formatLabel('hu', 'transcript.question_number', { n: 3 })).toBe('3. kérdés');
    expect(formatLabel('en', 'analytics.comfortable_band', { min: 110, max: 160 })).toBe(
      'Comfortable pace: 110–160 words per minute',
    );
  });

  it('puts a formatted date in as given', () => {
    const date = formatDate('de', '2026-11-28T14:05:00Z');
    expect(formatLabel('de', 'report.generated_on', { date })).toBe('Erstellt am 28. November 2026');
  });

  it('refuses a label whose placeholder has no value, naming it', () => {
    const call = () => (formatLabel as (c: string, k: string, p?: object) => string)('en', 'files.page', {});
    expect(call).toThrow(MissingLabelParameterError);
    expect(call).toThrow('{n}');
  });

  it('takes a key known only at run time through the unchecked variant, with the same checks', () => {
    const key = 'transcript.question_number' as LabelKey;
    expect(formatLabelUnchecked('pl', key, { n: 4 })).toBe('Pytanie 4');
    expect(() => formatLabelUnchecked('pl', key)).toThrow(MissingLabelParameterError);
  });

  it('refuses a language outside the contract', () => {
    expect(() => catalogFor('xx' as LanguageCode)).toThrow(UnsupportedLanguageError);
    expect(() => formatLabel('__proto__' as LanguageCode, 'files.resume')).toThrow(UnsupportedLanguageError);
  });
});

describe('parameter types', () => {
  it('follow the English text of each label (the @ts-expect-error lines fail `tsc -p .` if they compile)', () => {
    const compileOnly = (): string[] => [
      formatLabel('en', 'files.page', { n: 1 }),
      formatLabel('en', 'files.resume'),
      // @ts-expect-error a label with a placeholder needs its value
      formatLabel('en', 'files.page'),
      // @ts-expect-error a misspelt placeholder is caught
      formatLabel('en', 'files.page', { m: 1 }),
      // @ts-expect-error a label without placeholders takes no parameters
      formatLabel('en', 'files.resume', { n: 1 }),
      // @ts-expect-error an unknown key is caught
      formatLabel('en', 'files.unknown'),
    ];
    // At run time the same mistakes are refused rather than rendered with a raw "{n}".
    expect(compileOnly).toThrow(MissingLabelParameterError);
  });
});
