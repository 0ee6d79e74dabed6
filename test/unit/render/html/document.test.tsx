/**
 * The HTML report as a document: doctype, language and direction, title, combined reports.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../../shared/domain/records.ts';
import { renderReportHtml } from '../../../../shared/render/html/render-report-html.tsx';
import { sectionPageName } from '../../../../shared/render/print-protocol.ts';
import {
  ALL_ON,
  RESULT_ALMOST_EMPTY,
  RESULT_AR,
  RESULT_FULL_EN,
  RESULT_JA,
} from '../../../support/fixtures.ts';
import { attr, byClass, byTag, classes, parseDocument, textOf } from './html-tree.ts';
import { reportOf } from './report-fixtures.ts';

function htmlElement(html: string) {
  const [element] = byTag(parseDocument(html), 'html');
  if (!element) throw new Error('no <html>');
  return element;
}

function titleOf(html: string): string {
  const title = byTag(parseDocument(html), 'title').find(
    (element) => element.namespaceURI === 'http://www.w3.org/1999/xhtml',
  );
  return title ? textOf(title) : '';
}

describe('the document', () => {
  it('is a whole HTML document with a doctype, UTF-8 and one inline stylesheet', () => {
    const html = renderReportHtml({ reports: [reportOf()], combined: false, template: 'classic' });
    expect(html.startsWith('<!doctype html><html')).toBe(true);
    const document = parseDocument(html);
    expect(document.mode).toBe('no-quirks');
    expect(byTag(document, 'meta').some((meta) => attr(meta, 'charset') === 'utf-8')).toBe(true);
    expect(byTag(document, 'style')).toHaveLength(1);
  });

  it.each([
    ['en', /^en\b/, 'ltr'],
    ['ja', /^ja\b/, 'ltr'],
    ['th', /^th\b/, 'ltr'],
    ['br', /^pt-BR$/, 'ltr'],
    ['pt', /^pt-PT$/, 'ltr'],
    ['no', /^nb\b/, 'ltr'],
    ['ar', /^ar\b/, 'rtl'],
  ] as Array<[LanguageCode, RegExp, string]>)(
    'sets <html lang> (BCP 47) and dir for %s',
    (code, lang, dir) => {
      const html = renderReportHtml({
        reports: [reportOf(RESULT_FULL_EN, { language: code })],
        combined: false,
        template: 'classic',
      });
      const element = htmlElement(html);
      expect(attr(element, 'lang')).toMatch(lang);
      expect(attr(element, 'dir')).toBe(dir);
      const [article] = byClass(parseDocument(html), 'result');
      expect(article && attr(article, 'dir')).toBe(dir);
    },
  );

  it('titles a single report with the candidate, isolated for bidi', () => {
    const html = renderReportHtml({ reports: [reportOf(RESULT_AR)], combined: false, template: 'classic' });
    expect(titleOf(html)).toContain('\u2068ليلى حداد\u2069');
    const english = renderReportHtml({ reports: [reportOf()], combined: false, template: 'modern' });
    expect(titleOf(english)).toBe('Interview report – \u2068Amelia Hart\u2069');
  });

  it('titles a combined report with the number of candidates', () => {
    const reports = [reportOf(RESULT_FULL_EN), reportOf(RESULT_ALMOST_EMPTY)];
    expect(titleOf(renderReportHtml({ reports, combined: true, template: 'classic' }))).toMatch(
      /^Combined interview report – .*2/,
    );
  });

  it('marks the template on the root element', () => {
    for (const template of ['classic', 'modern', 'one_pager'] as const) {
      const html = renderReportHtml({ reports: [reportOf()], combined: false, template });
      expect(classes(htmlElement(html))).toContain(`template-${template}`);
    }
  });

  it('refuses to render nothing', () => {
    expect(() => renderReportHtml({ reports: [], combined: true, template: 'classic' })).toThrow(RangeError);
  });
});

describe('combined reports', () => {
  const ids = [RESULT_AR, RESULT_JA, RESULT_ALMOST_EMPTY, RESULT_FULL_EN];

  it("places each result on its own named page, which the PDF renderer heads with that candidate's name", () => {
    const reports = ids.map((id) => reportOf(id));
    const combined = parseDocument(renderReportHtml({ reports, combined: true, template: 'classic' }));
    expect(byClass(combined, 'result').map((article) => attr(article, 'style'))).toEqual(
      ids.map((_, index) => `page: ${sectionPageName(index)}`),
    );
    const single = parseDocument(
      renderReportHtml({ reports: [reportOf()], combined: false, template: 'classic' }),
    );
    expect(byClass(single, 'result').map((article) => attr(article, 'style'))).toEqual([undefined]);
  });

  it('puts the overview table first, then each result in the requested order', () => {
    const reports = ids.map((id) => reportOf(id, { features: ALL_ON }));
    const document = parseDocument(renderReportHtml({ reports, combined: true, template: 'classic' }));
    const [body] = byTag(document, 'body');
    const blocks = (body?.childNodes ?? [])
      .filter((node) => 'tagName' in node)
      .map((node) => classes(node as never)[0]);
    expect(blocks).toEqual(['overview-page', 'result', 'result', 'result', 'result']);
    expect(byClass(document, 'result').map((article) => attr(article, 'lang'))).toEqual([
      expect.stringMatching(/^ar/),
      expect.stringMatching(/^ja/),
      expect.stringMatching(/^en/),
      expect.stringMatching(/^en/),
    ]);
    const names = byClass(document, 'candidate-name').map(textOf);
    expect(names).toEqual(['ليلى حداد', '佐藤 花子', 'Jordan Lee', 'Amelia Hart']);
    const rows = byTag(byClass(document, 'overview-table')[0] ?? document, 'tbody').flatMap((tbody) =>
      byTag(tbody, 'tr'),
    );
    expect(rows.map((row) => attr(row, 'data-result-id'))).toEqual(ids);
  });

  it('writes the overview of a mixed-language report in English, each result in its own language and direction', () => {
    const reports = ids.map((id) => reportOf(id));
    const document = parseDocument(renderReportHtml({ reports, combined: true, template: 'modern' }));
    const [overview] = byClass(document, 'overview-page');
    expect(overview && attr(overview, 'lang')).toMatch(/^en/);
    expect(byClass(document, 'result').map((article) => attr(article, 'dir'))).toEqual([
      'rtl',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });

  it('writes the overview in the shared language when every result has it, or as asked', () => {
    const reports = [RESULT_JA, RESULT_FULL_EN].map((id) => reportOf(id, { language: 'ja' }));
    const shared = parseDocument(renderReportHtml({ reports, combined: true, template: 'classic' }));
    expect(attr(byClass(shared, 'overview-page')[0] ?? (shared.childNodes[0] as never), 'lang')).toMatch(
      /^ja/,
    );
    const asked = parseDocument(
      renderReportHtml({
        reports,
        combined: true,
        template: 'classic',
        overviewLanguage: 'ar',
        language: 'ar',
      }),
    );
    const [overview] = byClass(asked, 'overview-page');
    expect(overview && attr(overview, 'dir')).toBe('rtl');
    expect(
      attr(
        htmlElement(renderReportHtml({ reports, combined: true, template: 'classic', language: 'ar' })),
        'dir',
      ),
    ).toBe('rtl');
  });

  it('a single result asked for with interview_result_ids is still a combined report', () => {
    const document = parseDocument(
      renderReportHtml({ reports: [reportOf()], combined: true, template: 'classic' }),
    );
    expect(byClass(document, 'overview-table')).toHaveLength(1);
  });
});
