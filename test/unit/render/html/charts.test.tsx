/**
 * The SVG charts: their numbers are real text (visible labels, <title>/<desc>), and right-to-left
 * reports mirror them.
 */
import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../../../shared/domain/options.ts';
import type { ReportData } from '../../../../shared/domain/report-model.ts';
import { renderReportHtml } from '../../../../shared/render/html/render-report-html.tsx';
import { ALL_ON, RESULT_FULL_EN } from '../../../support/fixtures.ts';
import { attr, byClass, byId, byTag, type Element, parseDocument, textOf } from './html-tree.ts';
import { reportOf } from './report-fixtures.ts';

function render(report: ReportData, template: ReportTemplate = 'classic') {
  return parseDocument(renderReportHtml({ reports: [report], combined: false, template }));
}

/** The accessible name and description of an SVG chart, from aria-labelledby. */
function accessibleText(document: ReturnType<typeof parseDocument>, svg: Element): string {
  return (attr(svg, 'aria-labelledby') ?? '')
    .split(' ')
    .map((id) => {
      const element = byId(document, id);
      return element ? textOf(element) : '';
    })
    .join(' ');
}

describe('score breakdown', () => {
  it('prints every score next to its bar, for classic, modern and one_pager', () => {
    const report = reportOf(RESULT_FULL_EN, { features: ALL_ON });
    for (const template of ['classic', 'modern', 'one_pager'] as const) {
      const document = render(report, template);
      const rows = byClass(byClass(document, 'scores')[0] ?? document, 'bar-row').map((row) => [
        textOf(byClass(row, 'bar-label')[0] ?? row),
        textOf(byClass(row, 'bar-value')[0] ?? row),
      ]);
      expect(rows).toEqual([
        ['Overall', '84'],
        ['Answers (AI)', '86'],
        ['Interview (AI)', '82'],
        ['Pronunciation', '90'],
        ['Sentiment', '71'],
        ['Words per minute', '77'],
      ]);
    }
  });

  it('says "Not available" for a missing score and draws no bar for it', () => {
    const report = reportOf(RESULT_FULL_EN, { features: ALL_ON });
    report.scores.sentiment = null;
    const document = render(report);
    const row = byClass(document, 'bar-sentiment')[0];
    expect(row && textOf(byClass(row, 'bar-value')[0] ?? row)).toBe('–Not available');
    expect(row && byTag(row, 'rect')).toHaveLength(1); // the track only
  });

  it('draws the overall score ring with the number as text and in its description', () => {
    const document = render(reportOf(RESULT_FULL_EN, { features: ALL_ON }));
    const [ring] = byClass(document, 'score-ring');
    if (!ring) throw new Error('no ring');
    expect(attr(ring, 'role')).toBe('img');
    expect(textOf(byClass(ring, 'score-ring-value')[0] ?? ring)).toBe('84');
    expect(accessibleText(document, ring)).toBe('Overall score Overall score: 84 out of 100');
  });

  it('lists each question score as text in the per-question chart, unreached questions included', () => {
    const document = render(reportOf(RESULT_FULL_EN, { features: ALL_ON }));
    const [chart] = byClass(document, 'question-scores').flatMap((figure) => byTag(figure, 'svg'));
    if (!chart) throw new Error('no per-question chart');
    expect(accessibleText(document, chart)).toBe(
      'Score per question Question 1: 5 out of 5; Question 2: 4 out of 5; Question 3: Not reached in the interview',
    );
    const labels = byTag(chart, 'text').map(textOf);
    expect(labels).toEqual(expect.arrayContaining(['5', '4', '–', '1', '2', '3']));
  });
});

describe('speech analytics', () => {
  it('prints every measure of every answer, and each pace in the chart', () => {
    const document = render(reportOf(RESULT_FULL_EN, { features: { ...ALL_ON, group_by_question: false } }));
    const [table] = byClass(document, 'analytics-table');
    if (!table) throw new Error('no analytics table');
    const rows = byTag(byTag(table, 'tbody')[0] ?? table, 'tr').map((row) =>
      byTag(row, 'td').map((cell) => textOf(cell)),
    );
    expect(rows[0]).toEqual(['92', '88', '95', '81', '97', 'Positive', '138']);
    expect(rows[1]).toEqual(['90', '85', '–', '–', '–', '–', '150']);
    const [chart] = byClass(document, 'pace-per-answer').flatMap((figure) => byTag(figure, 'svg'));
    if (!chart) throw new Error('no pace chart');
    const description = accessibleText(document, chart);
    expect(description).toContain('Comfortable pace: 120–160 words per minute');
    expect(description).toMatch(/Answer \d+: 138 Words per minute \(Comfortable pace\)/);
    expect(byTag(chart, 'text').map(textOf)).toEqual(expect.arrayContaining(['138', '150', '131']));
  });
});

describe('right-to-left', () => {
  function columnXs(document: ReturnType<typeof parseDocument>): number[] {
    const [chart] = byClass(document, 'question-scores').flatMap((figure) => byTag(figure, 'svg'));
    return byClass(chart ?? document, 'chart-column').map((column) =>
      Number(attr(byTag(column, 'rect')[0] ?? column, 'x')),
    );
  }

  it('mirrors the per-question chart: the first question sits on the right', () => {
    const ltr = columnXs(render(reportOf(RESULT_FULL_EN, { features: ALL_ON, language: 'en' })));
    const rtl = columnXs(render(reportOf(RESULT_FULL_EN, { features: ALL_ON, language: 'ar' })));
    expect(ltr[0]).toBeLessThan(ltr.at(-1) ?? 0);
    expect(rtl[0]).toBeGreaterThan(rtl.at(-1) ?? 0);
  });

  it('grows score bars from the right', () => {
    const bar = (language: 'en' | 'ar') => {
      const document = render(reportOf(RESULT_FULL_EN, { features: ALL_ON, language }));
      const row = byClass(document, 'bar-overall')[0];
      return byTag(row ?? document, 'rect').map((rect) => [attr(rect, 'x'), attr(rect, 'width')]);
    };
    expect(bar('en')[1]).toEqual(['0%', '84%']);
    expect(bar('ar')[1]).toEqual(['16%', '84%']);
  });

  it('runs the score ring counter-clockwise', () => {
    const arc = (language: 'en' | 'ar') => {
      const [ring] = byClass(render(reportOf(RESULT_FULL_EN, { language })), 'score-ring');
      return attr(byTag(ring ?? ({} as Element), 'circle')[1] as Element, 'transform');
    };
    expect(arc('en')).not.toContain('scale(-1 1)');
    expect(arc('ar')).toContain('scale(-1 1)');
  });
});
