/**
 * The rows of a combined report's overview table, derived from the results' report models so the
 * JSON `table` and the HTML report show the same facts. Pure.
 */
import type { LanguageCode, RecruiterDecision, ResultStatus } from './records.ts';
import type { ReportData, ReportScores } from './report-model.ts';

export interface OverviewRow {
  interview_result_id: string;
  candidate_name: string;
  position: string;
  interview_date: string | null;
  status: ResultStatus;
  decision: RecruiterDecision;
  scores: ReportScores;
  risk_count: number;
  /** 1 = best overall score; equal scores share a rank (1, 2, 2, 4); null without a score. */
  rank: number | null;
}

/**
 * One row per report, in the order given (the order the caller asked for), each with its rank by
 * overall score.
 *
 * @example buildOverviewRows([a, b]).map((row) => row.rank) // [2, 1] when b scored higher
 */
export function buildOverviewRows(reports: readonly ReportData[]): OverviewRow[] {
  const scored = reports.map((report) => report.scores.overall).filter((score) => score !== null);
  return reports.map((report) => {
    const overall = report.scores.overall;
    return {
      interview_result_id: report.interview_result_id,
      candidate_name: report.header.candidate_name,
      position: report.header.position,
      interview_date: report.header.interview_date,
      status: report.header.status,
      decision: report.header.decision,
      scores: report.scores,
      risk_count: report.risk_flags.length,
      rank: overall === null ? null : 1 + scored.filter((other) => other > overall).length,
    };
  });
}

/**
 * The language of a combined report's shared parts: the report language of every result when they
 * agree, else English (issue 3: "the overview table of a mixed-language combined report uses the
 * shared language, or English").
 *
 * @example overviewLanguage([{ report_language: 'ja' }, { report_language: 'ja' }]) // 'ja'
 */
export function overviewLanguage(reports: readonly Pick<ReportData, 'report_language'>[]): LanguageCode {
  const first = reports[0]?.report_language;
  return first !== undefined && reports.every((report) => report.report_language === first) ? first : 'en';
}
