/**
 * How much of each part the one-page report shows, chosen so the parts fit the sheet together.
 *
 * The sheet is a fixed-height box that clips (styles/one-pager.ts), so nothing ever reaches a second
 * page; but fixed per-part budgets could not all be used at once: with long text everywhere the
 * rubric ran 40–65 mm past the sheet and was cut through the middle of a row (measured with the
 * overfull reports of test/unit/render/html/one-pager.test.tsx). The document has no script, so nothing
 * can be measured at print time; instead the height of each part is estimated here from its text
 * (lines = visual width / width of a line) and the sheet's CSS sizes, and:
 * 1. the rubric shows as many whole questions as fit, the rest as "+N more";
 * 2. when fewer than three questions would fit, the other parts give way first, least useful first;
 * 3. space left over lengthens the resume analysis and the summary, which were otherwise cut short
 *    above an empty quarter page (the English demo).
 *
 * Sizes are millimetres of the printed sheet (A4 minus 12 mm margins; root font 8.6 pt × 0.95 in
 * print), measured on the demo and overfull one-pagers printed by Chromium; line widths are in the
 * half-width units of truncate.ts, set a little below the measured ones so estimates err high.
 */
import type { LanguageCode } from '../../../domain/records.ts';
import type { ReportData } from '../../../domain/report-model.ts';
import { visualWidth } from '../truncate.ts';
import { bySeverity } from './risk-flags.tsx';

export interface OnePagerBudget {
  /** Text budgets in half-width units; list caps in items. */
  summary: number;
  keyStatement: number;
  reasons: number;
  reason: number;
  resumeAnalysis: number;
  risks: number;
  risk: number;
  rubricQuestions: number;
  rubricQuestion: number;
}

/** The budgets when the sheet has room for everything at its usual length. */
export const ONE_PAGER_BUDGET: Readonly<OnePagerBudget> = {
  summary: 420,
  keyStatement: 180,
  reasons: 4,
  reason: 88,
  resumeAnalysis: 260,
  risks: 3,
  risk: 110,
  rubricQuestions: 8,
  rubricQuestion: 120,
};

/** Upper limits when there is room to spare (the rest of a longer text is in the classic report). */
const GROWN = { summary: 700, resumeAnalysis: 640 } as const;

/** Fewest rubric questions the sheet should show before other parts give way. */
const MIN_RUBRIC_QUESTIONS = 3;

/** Sheet body height with the truncation note below it (272 mm sheet − note), less a safety margin. */
const AVAILABLE_MM = 264.5 - 4;
const SECTION_GAP_MM = 3.5;
const HEADER_MM = 41;
/** The compact score chart beside the assessment. */
const SCORE_CHART_MM = 52;

/** A part's line height (mm) and the half-width units a line holds. */
const LINE = {
  summary: { mm: 4.2, units: 68 },
  keyStatement: { mm: 4.3, units: 60 },
  resumeAnalysis: { mm: 3.9, units: 64 },
  reason: { mm: 4.0, units: 50 },
  risk: { mm: 3.9, units: 115 },
  rubricQuestion: { mm: 3.4, units: 78 },
} as const;

/**
 * Thai text sets wider per unit than the others (its vowel and tone marks count zero but the base
 * letters are broad): measured 60–65 units per summary line against ~70 for Latin and Japanese.
 */
function density(language: LanguageCode): number {
  return language === 'th' ? 0.9 : 1;
}

/** Visual widths of texts, measured once per fit (the estimate runs once per budget tried). */
type Widths = (text: string) => number;

function widthsCache(): Widths {
  const known = new Map<string, number>();
  return (text) => {
    let width = known.get(text);
    if (width === undefined) {
      width = visualWidth(text.replace(/\s+/g, ' ').trim());
      known.set(text, width);
    }
    return width;
  };
}

/** Lines a text takes once shortened to `budget` (which keeps at most `budget` units). */
function linesOf(
  widthOf: Widths,
  text: string | null | undefined,
  budget: number,
  line: { units: number },
  dense: number,
): number {
  if (!text) return 0;
  return Math.max(1, Math.ceil(Math.min(widthOf(text), budget) / (line.units * dense)));
}

/** The estimated heights (mm) of the parts above the rubric, and of each rubric row. */
function estimate(report: ReportData, budget: OnePagerBudget, widthOf: Widths) {
  const dense = density(report.report_language);
  const lines = (text: string | null | undefined, limit: number, line: { units: number }) =>
    linesOf(widthOf, text, limit, line, dense);
  const assessment = report.ai_recruiter_assessment;
  let used = HEADER_MM + SECTION_GAP_MM;

  const risks = bySeverity(report.risk_flags);
  if (risks.length > 0) {
    const shown = risks.slice(0, budget.risks);
    const rows = shown.map((flag) => 2.6 + LINE.risk.mm * lines(flag.description, budget.risk, LINE.risk));
    const more = risks.length > shown.length ? 4 : 0;
    used += rows.reduce((sum, row) => sum + row, 0) + (shown.length - 1) * 1 + more + SECTION_GAP_MM;
  }

  let main = 0;
  if (assessment) {
    main += 5.5; // section title
    main += LINE.summary.mm * lines(assessment.summary, budget.summary, LINE.summary);
    if (assessment.key_statement) {
      main +=
        13.5 + LINE.keyStatement.mm * lines(assessment.key_statement, budget.keyStatement, LINE.keyStatement);
    }
    if (assessment.resume_analysis) {
      main +=
        6 +
        LINE.resumeAnalysis.mm *
          lines(assessment.resume_analysis, budget.resumeAnalysis, LINE.resumeAnalysis);
    }
  }
  used += Math.max(main, SCORE_CHART_MM) + SECTION_GAP_MM;

  if (assessment) {
    const column = (reasons: string[]) => {
      const shown = reasons.slice(0, budget.reasons);
      const items = shown.map((reason) => 0.8 + LINE.reason.mm * lines(reason, budget.reason, LINE.reason));
      return 11.5 + items.reduce((sum, item) => sum + item, 0) + (reasons.length > shown.length ? 4.8 : 0);
    };
    used +=
      Math.max(column(assessment.reasons_to_hire), column(assessment.reasons_not_to_hire)) + SECTION_GAP_MM;
  }

  const questions = report.ai_scoring_rubric?.questions ?? [];
  // Title, column heads and legend; a row is 7.1 mm for one line of question, 3.4 mm per extra line.
  const rubricFrame = questions.length > 0 ? 5.5 + 5.8 + 5.7 : 0;
  const rows = questions.map(
    (question) =>
      7.1 +
      LINE.rubricQuestion.mm * (lines(question.question, budget.rubricQuestion, LINE.rubricQuestion) - 1),
  );
  return { used: used + rubricFrame, rows };
}

/** How many rubric rows fit below `used` mm, keeping room for the "+N more" row when some are left. */
function rowsThatFit(used: number, rows: number[], cap: number): number {
  let height = used;
  let shown = 0;
  for (const row of rows.slice(0, cap)) {
    const moreRow = shown + 1 < rows.length ? 6.7 : 0;
    if (height + row + moreRow > AVAILABLE_MM) break;
    height += row;
    shown++;
  }
  return shown;
}

/** Ways to make room, least useful first: each returns a smaller budget, or undefined when spent. */
const GIVE_WAY: Array<(budget: OnePagerBudget) => Partial<OnePagerBudget> | undefined> = [
  (b) => (b.reasons > 3 ? { reasons: 3 } : undefined),
  (b) => (b.resumeAnalysis > 160 ? { resumeAnalysis: 160 } : undefined),
  (b) => (b.summary > 300 ? { summary: 300 } : undefined),
  (b) => (b.risks > 2 ? { risks: 2 } : undefined),
  (b) => (b.keyStatement > 110 ? { keyStatement: 110 } : undefined),
  (b) => (b.rubricQuestion > 80 ? { rubricQuestion: 80 } : undefined),
  (b) => (b.reasons > 2 ? { reasons: 2, reason: 70 } : undefined),
  (b) => (b.summary > 200 ? { summary: 200 } : undefined),
  (b) => (b.resumeAnalysis > 90 ? { resumeAnalysis: 90 } : undefined),
];

/**
 * The budgets for one report on the one-page template.
 *
 * @example
 * const budget = fitOnePager(report);
 * shorten(report.ai_recruiter_assessment.summary, budget.summary);
 */
export function fitOnePager(report: ReportData): OnePagerBudget {
  let budget: OnePagerBudget = { ...ONE_PAGER_BUDGET };
  const widthOf = widthsCache();
  const questionCount = report.ai_scoring_rubric?.questions.length ?? 0;
  const wanted = Math.min(MIN_RUBRIC_QUESTIONS, questionCount);
  for (const giveWay of [undefined, ...GIVE_WAY]) {
    const smaller = giveWay?.(budget);
    if (giveWay && smaller === undefined) continue;
    budget = { ...budget, ...smaller };
    const { used, rows } = estimate(report, budget, widthOf);
    if (rowsThatFit(used, rows, budget.rubricQuestions) >= wanted) break;
  }
  const { used, rows } = estimate(report, budget, widthOf);
  budget.rubricQuestions = rowsThatFit(used, rows, budget.rubricQuestions);

  // Room to spare once every part fits: the texts cut shortest get their rest, line by line.
  if (budget.rubricQuestions >= Math.min(questionCount, ONE_PAGER_BUDGET.rubricQuestions)) {
    for (const [part, limit] of [
      ['resumeAnalysis', GROWN.resumeAnalysis],
      ['summary', GROWN.summary],
    ] as const) {
      const line = LINE[part].units * density(report.report_language);
      while (budget[part] < limit) {
        const grown = { ...budget, [part]: Math.min(limit, budget[part] + line) };
        const after = estimate(report, grown, widthOf);
        const rubricRows = after.rows.slice(0, budget.rubricQuestions).reduce((sum, row) => sum + row, 0);
        const moreRow = budget.rubricQuestions < questionCount ? 6.7 : 0;
        if (after.used + rubricRows + moreRow > AVAILABLE_MM) break;
        budget = grown;
      }
    }
  }
  return budget;
}
