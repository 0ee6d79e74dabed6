/**
 * The overview table of a combined report: one row per result in the requested order, with the rank
 * by overall score (rows and ranks: shared/domain/overview-rows.ts), the sub-scores on the colour
 * scale, the risk count and the decision.
 *
 * The same table is `json_export.table` (via `renderOverviewTable`) and the first page of the combined
 * HTML/PDF report. As a fragment it must read well without the report's stylesheet, so the colour of
 * each score cell is an inline style computed here (never content), and class names give hooks to
 * restyle it.
 */
import { render } from 'preact-render-to-string';
import { buildOverviewRows } from '../../domain/overview-rows.ts';
import type { LanguageCode } from '../../domain/records.ts';
import type { ReportData, ReportScores } from '../../domain/report-model.ts';
import { isRightToLeft, localeFor as localeOf } from '../i18n/index.ts';
import { bandOfPercent, bandsWithRanges } from './charts/scale.ts';
import { formatNumber, formatShortDate } from './format.ts';
import { labelsFor } from './sections/labels.ts';
import { Text } from './user-text.tsx';

/** Shown where a value is missing; a dash reads as "nothing" in every script. */
const MISSING = '–';

const SCORE_COLUMNS = [
  'overall',
  'answer_ai',
  'interview_ai',
  'pronunciation',
  'sentiment',
  'words_per_minute',
] as const;
type ScoreColumn = (typeof SCORE_COLUMNS)[number];

function ScoreCell({
  value,
  lang,
  column,
}: {
  value: number | null;
  lang: LanguageCode;
  column: ScoreColumn;
}) {
  if (value === null) return <td class={`score-cell score-${column} missing`}>{MISSING}</td>;
  const band = bandOfPercent(value);
  return (
    <td
      class={`score-cell score-${column} band-${band.band}`}
      style={{ background: band.tint, color: band.ink, fontWeight: column === 'overall' ? 700 : 500 }}
    >
      {formatNumber(lang, value)}
    </td>
  );
}

const SCORE_LABEL = {
  overall: 'overview.overall',
  answer_ai: 'scores.answer_ai',
  interview_ai: 'scores.interview_ai',
  pronunciation: 'scores.pronunciation',
  sentiment: 'scores.sentiment',
  words_per_minute: 'scores.words_per_minute',
} as const satisfies Record<keyof Pick<ReportScores, ScoreColumn>, string>;

/** The overview table as a component, for the combined report. */
export function OverviewTable({
  reports,
  language,
}: {
  reports: readonly ReportData[];
  language: LanguageCode;
}) {
  const l = labelsFor(language);
  const rows = buildOverviewRows(reports);
  return (
    <table
      class="overview-table"
      lang={localeOf(language)}
      dir={isRightToLeft(language) ? 'rtl' : 'ltr'}
      aria-label={l('overview.title')}
    >
      <thead>
        <tr>
          <th scope="col" class="col-rank">
            {l('overview.rank')}
          </th>
          <th scope="col" class="col-candidate">
            {l('overview.candidate')}
          </th>
          <th scope="col" class="col-position">
            {l('overview.position')}
          </th>
          <th scope="col" class="col-date">
            {l('overview.date')}
          </th>
          {SCORE_COLUMNS.map((column) => (
            <th scope="col" class={`col-score score-${column}`}>
              {l(SCORE_LABEL[column])}
            </th>
          ))}
          <th scope="col" class="col-risks">
            {l('overview.risks')}
          </th>
          <th scope="col" class="col-decision">
            {l('overview.decision')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const report = reports[index];
          const high = report?.risk_flags.some((flag) => flag.severity === 'high') ?? false;
          return (
            <tr data-result-id={row.interview_result_id} class={row.rank === 1 ? 'top' : undefined}>
              <td class={row.rank === 1 ? 'col-rank top' : 'col-rank'}>
                {row.rank === null ? MISSING : formatNumber(language, row.rank)}
              </td>
              <th scope="row" class="col-candidate">
                <Text value={row.candidate_name} />
              </th>
              <td class="col-position">
                <Text value={row.position} />
              </td>
              <td class="col-date">
                {row.interview_date === null ? (
                  MISSING
                ) : (
                  <time dateTime={row.interview_date}>
                    {formatShortDate(language, row.interview_date) ?? MISSING}
                  </time>
                )}
              </td>
              {SCORE_COLUMNS.map((column) => (
                <ScoreCell value={row.scores[column]} lang={language} column={column} />
              ))}
              <td
                class={row.risk_count === 0 ? 'col-risks none' : high ? 'col-risks high' : 'col-risks some'}
              >
                {formatNumber(language, row.risk_count)}
              </td>
              <td class="col-decision">
                <span class={`badge decision decision-${row.decision}`}>{l(`decision.${row.decision}`)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The overview table as an HTML fragment: `json_export.table` of a combined report.
 *
 * @example renderOverviewTable(reports, overviewLanguage(reports)) // '<table class="overview-table" …>'
 */
export function renderOverviewTable(reports: readonly ReportData[], language: LanguageCode): string {
  return render(<OverviewTable reports={reports} language={language} />);
}

/**
 * The colour scale of the score cells as swatches with their ranges (numbers only, so no label is
 * needed in any language); decorative for assistive technology, which reads the numbers themselves.
 */
export function ScoreScaleLegend({ language }: { language: LanguageCode }) {
  return (
    <p class="legend score-scale" aria-hidden="true">
      {bandsWithRanges().map(({ band, from, to }) => (
        <span class="score-scale-step" style={{ background: band.tint, color: band.ink }}>
          {formatNumber(language, from)}–{formatNumber(language, to)}
        </span>
      ))}
    </p>
  );
}
