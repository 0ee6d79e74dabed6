/**
 * The overview table of a combined report (`json_export.table`), first version: plain, English
 * labels, no styling. The HTML report (issue 3) brings label catalogs, the colour scale and the
 * layout. Rendered with preact-render-to-string, so every value is escaped by the renderer itself.
 */
import { render } from 'preact-render-to-string';
import { buildOverviewRows, type OverviewRow } from '../domain/overview-rows.ts';
import type { LanguageCode, RecruiterDecision } from '../domain/records.ts';
import type { ReportData } from '../domain/report-model.ts';

const DECISION_LABELS: Record<RecruiterDecision, string> = {
  undecided: 'Undecided',
  shortlisted: 'Shortlisted',
  hired: 'Hired',
  rejected: 'Rejected',
};

const SCORE_COLUMNS = [
  ['overall', 'Overall'],
  ['answer_ai', 'Answer AI'],
  ['interview_ai', 'Interview AI'],
  ['pronunciation', 'Pronunciation'],
  ['sentiment', 'Sentiment'],
  ['words_per_minute', 'Words per minute'],
] as const;

/** Shown where a value is missing; a dash reads as "nothing" in every script. */
const MISSING = '–';

// UTC so the same report renders the same date wherever it is built.
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

function formatDate(iso: string | null): string {
  if (iso === null) return MISSING;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? MISSING : dateFormat.format(date);
}

function formatNumber(value: number | null): string {
  return value === null ? MISSING : numberFormat.format(value);
}

function Row({ row }: { row: OverviewRow }) {
  return (
    <tr data-result-id={row.interview_result_id}>
      <td>{row.rank === null ? MISSING : row.rank}</td>
      <th scope="row">{row.candidate_name}</th>
      <td>{row.position}</td>
      <td>
        {row.interview_date === null ? (
          MISSING
        ) : (
          <time dateTime={row.interview_date}>{formatDate(row.interview_date)}</time>
        )}
      </td>
      {SCORE_COLUMNS.map(([key]) => (
        <td key={key}>{formatNumber(row.scores[key])}</td>
      ))}
      <td>{row.risk_count}</td>
      <td>{DECISION_LABELS[row.decision]}</td>
    </tr>
  );
}

/** The overview table of the given rows, in their order. */
export function OverviewTable({ rows, language }: { rows: readonly OverviewRow[]; language: LanguageCode }) {
  return (
    <table class="overview-table" lang={language}>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Candidate</th>
          <th scope="col">Position</th>
          <th scope="col">Date</th>
          {SCORE_COLUMNS.map(([key, label]) => (
            <th scope="col" key={key}>
              {label}
            </th>
          ))}
          <th scope="col">Risks</th>
          <th scope="col">Decision</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.interview_result_id} row={row} />
        ))}
      </tbody>
    </table>
  );
}

/**
 * The overview table of a combined report as an HTML fragment (one `<table>`), one row per result
 * in the order given, ranked by overall score.
 *
 * @example renderOverviewTable([dataA, dataB], 'en') // '<table class="overview-table" lang="en">…'
 */
export function renderOverviewTable(reports: readonly ReportData[], language: LanguageCode): string {
  return render(<OverviewTable rows={buildOverviewRows(reports)} language={language} />);
}
