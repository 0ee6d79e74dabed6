/**
 * The one-page template: long text is shortened with a note, and the printed report is one A4 page
 * whatever the content (printed with Debian's Chromium when it is installed).
 */
import { existsSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../../shared/domain/records.ts';
import type { ReportData, ReportRubricQuestion } from '../../../../shared/domain/report-model.ts';
import { pdfPrintChromeFor } from '../../../../shared/render/html/pdf-print-chrome.ts';
import { renderReportHtml } from '../../../../shared/render/html/render-report-html.tsx';
import { shorten, visualWidth } from '../../../../shared/render/html/truncate.ts';
import { injectIntoHead, printCss } from '../../../../shared/render/pdf/print-css.ts';
import { ALL_ON, RESULT_FULL_EN } from '../../../support/fixtures.ts';
import { byClass, byTag, classes, parseDocument, textOf } from './html-tree.ts';
import { reportOf } from './report-fixtures.ts';

const SENTENCE: Record<string, string> = {
  en: 'The candidate explained the partitioning strategy with measured throughput figures and clear trade-offs. ',
  ja: '候補者は測定されたスループットの数値と明確なトレードオフを用いて分割戦略を説明しました。',
  th: 'ผู้สมัครอธิบายกลยุทธ์การแบ่งพาร์ติชันพร้อมตัวเลขปริมาณงานที่วัดได้และข้อดีข้อเสียที่ชัดเจน ',
  ar: 'شرح المرشح استراتيجية التقسيم مع أرقام إنتاجية مقاسة وموازنات واضحة. ',
};

/** A report with far more than a page of everything the one-pager shows. */
function overfullReport(language: LanguageCode): ReportData {
  const sentence = SENTENCE[language] ?? SENTENCE.en ?? '';
  const report = reportOf(RESULT_FULL_EN, { features: ALL_ON, template: 'one_pager', language });
  const question = (n: number): ReportRubricQuestion => ({
    question_original_id: `q${n}`,
    question: sentence.repeat(3),
    expectations: (
      ['strong', 'strong', 'strong', 'moderate', 'moderate', 'weak', 'weak', 'weak'] as const
    ).map((level, index) => ({
      level,
      expectation: sentence,
      verdict: (['confirmed', 'rejected', 'not_discussed'] as const)[index % 3] ?? 'confirmed',
      evidence: sentence,
    })),
  });
  return {
    ...report,
    header: {
      ...report.header,
      candidate_name: `${sentence.slice(0, 40)} ${sentence.slice(0, 40)}`,
      position: sentence,
      interview_name: sentence,
    },
    risk_flags: Array.from({ length: 9 }, (_, index) => ({
      code: `risk_${index}`,
      severity: (['high', 'medium', 'low'] as const)[index % 3] ?? 'low',
      description: sentence.repeat(3),
    })),
    ai_recruiter_assessment: {
      summary: sentence.repeat(30),
      key_statement: sentence.repeat(6),
      reasons_to_hire: Array.from({ length: 12 }, () => sentence.repeat(3)),
      reasons_not_to_hire: Array.from({ length: 12 }, () => sentence.repeat(3)),
      resume_analysis: sentence.repeat(12),
    },
    ai_scoring_rubric: { questions: Array.from({ length: 15 }, (_, index) => question(index + 1)) },
  };
}

describe('shorten', () => {
  it('leaves text that fits alone and cuts long text at a word boundary with an ellipsis', () => {
    expect(shorten('Short enough', 20)).toEqual({ text: 'Short enough', truncated: false });
    expect(shorten('The quick brown fox jumps', 12)).toEqual({ text: 'The quick…', truncated: true });
  });

  it('counts CJK characters double and cuts Thai between words, not inside them', () => {
    expect(visualWidth('日本語')).toBe(6);
    expect(visualWidth('ที่')).toBe(1); // one grapheme: base consonant with vowel and tone marks
    const thai = shorten('ผู้สมัครอธิบายกลยุทธ์การแบ่งพาร์ติชัน', 16);
    expect(thai.truncated).toBe(true);
    const kept = thai.text.slice(0, -1);
    const words = [
      ...new Intl.Segmenter('th', { granularity: 'word' }).segment('ผู้สมัครอธิบายกลยุทธ์การแบ่งพาร์ติชัน'),
    ].map((part) => part.segment);
    // The kept text is a whole number of words.
    let prefix = '';
    const prefixes = words.map((word) => {
      prefix += word;
      return prefix;
    });
    expect(prefixes).toContain(kept);
  });

  it('collapses whitespace and cuts an over-long single word by graphemes', () => {
    expect(shorten('a\n\n  b', 10).text).toBe('a b');
    expect(shorten('x'.repeat(50), 10)).toEqual({ text: `${'x'.repeat(9)}…`, truncated: true });
  });
});

describe('one_pager truncation note', () => {
  it('appears only when something was shortened or left out', () => {
    const short = parseDocument(
      renderReportHtml({
        reports: [reportOf(RESULT_FULL_EN, { features: ALL_ON })],
        combined: false,
        template: 'one_pager',
      }),
    );
    expect(byClass(short, 'truncated-note')).toEqual([]);
    const long = parseDocument(
      renderReportHtml({ reports: [overfullReport('en')], combined: false, template: 'one_pager' }),
    );
    expect(byClass(long, 'truncated-note').map(textOf)).toEqual([
      'Shortened to fit on one page. The classic report has every detail.',
    ]);
    // Lists are capped with a "+N more" line: 3 of the 9 risks, and of the 15 rubric questions as
    // many whole rows as fit (at least three), the rest counted.
    const more = byClass(long, 'more').map(textOf);
    expect(more[0]).toBe('+6 more');
    expect(more).toHaveLength(4);
    const rubricRows = byTag(byClass(long, 'rubric-matrix')[0] ?? long, 'tr').filter(
      (row) => byTag(row, 'th').length > 0 && !classes(row).includes('more'),
    );
    const shownQuestions = rubricRows.length - 1; // minus the head row
    expect(shownQuestions).toBeGreaterThanOrEqual(3);
    expect(more[3]).toBe(`+${15 - shownQuestions} more`);
  });

  it('shows the whole resume analysis and summary when the sheet has room (nothing cut)', () => {
    const report = reportOf(RESULT_FULL_EN, { features: ALL_ON, template: 'one_pager' });
    const assessment = report.ai_recruiter_assessment;
    if (!assessment) throw new Error('no assessment');
    // Longer than the usual budgets, short of what fills the page.
    const resume =
      'Eight years of backend work at two product companies, the last four as a senior engineer. '.repeat(4);
    const summary = 'A strong candidate who explains designs with explicit trade-offs and numbers. '.repeat(
      7,
    );
    const document = parseDocument(
      renderReportHtml({
        reports: [
          { ...report, ai_recruiter_assessment: { ...assessment, summary, resume_analysis: resume } },
        ],
        combined: false,
        template: 'one_pager',
      }),
    );
    expect(textOf(byClass(document, 'resume-analysis')[0] ?? document)).toContain(resume.trim());
    expect(textOf(byClass(document, 'summary')[0] ?? document)).toBe(summary.trim());
    expect(byClass(document, 'truncated-note')).toEqual([]);
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Skipped on a developer machine without Debian's Chromium; in CI (which installs it) never skipped.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('one_pager printed by Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function pagesOf(reports: ReportData[], combined: boolean): Promise<number> {
    const html = renderReportHtml({ reports, combined, template: 'one_pager' });
    // With the PDF renderer's running header and footer, as it prints.
    const printed = injectIntoHead(html, `<style>${printCss(pdfPrintChromeFor(reports, combined))}</style>`);
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setContent(printed, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      return (await PDFDocument.load(pdf)).getPageCount();
    } finally {
      await page.close();
    }
  }

  it.each(['en', 'ja', 'th', 'ar'] as const)(
    'fits an overfull %s report on one A4 page',
    async (language) => {
      expect(await pagesOf([overfullReport(language)], false)).toBe(1);
    },
    30_000,
  );

  /**
   * How far (mm) the rubric's legend, the last thing on the sheet, ends above the bottom of the
   * sheet's clipping box: negative means rubric rows were cut off. Laid out for print at the width
   * of the printed sheet (A4 less 12 mm margins: 186 mm).
   */
  async function legendClearance(report: ReportData): Promise<number> {
    const html = renderReportHtml({ reports: [report], combined: false, template: 'one_pager' });
    const page = await browser.newPage();
    try {
      await page.emulateMediaType('print');
      await page.setViewport({ width: Math.round((186 / 25.4) * 96), height: 1200 });
      await page.setContent(html, { waitUntil: 'load' });
      // A string, not a function: the test transform may wrap functions in helpers the page lacks.
      return (await page.evaluate(`(() => {
        const body = document.querySelector('.sheet-body').getBoundingClientRect();
        const legend = document.querySelector('.rubric-legend').getBoundingClientRect();
        return (body.bottom - legend.bottom) * 25.4 / 96;
      })()`)) as number;
    } finally {
      await page.close();
    }
  }

  it.each(['en', 'ja', 'th', 'ar'] as const)(
    'cuts no rubric row of an overfull %s report: whole rows, then "+N more" and the legend',
    async (language) => {
      expect(await legendClearance(overfullReport(language))).toBeGreaterThanOrEqual(0);
    },
    30_000,
  );

  it('prints a combined one-pager as the overview plus one page per candidate', async () => {
    expect(
      await pagesOf([overfullReport('en'), reportOf(RESULT_FULL_EN, { template: 'one_pager' })], true),
    ).toBe(3);
  }, 30_000);
});
