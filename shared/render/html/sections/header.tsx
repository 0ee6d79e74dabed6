/**
 * The report header: who, for what, when, and the overall score large with the interview coverage.
 */
import type { ReportData } from '../../../domain/report-model.ts';
import { bandOfPercent, clampPercent } from '../charts/scale.ts';
import { ScoreRing } from '../charts/score-ring.tsx';
import { formatDate, formatDuration, formatNumber, formatPercent, languageName } from '../format.ts';
import type { RenderContext } from '../render-context.ts';
import { Fact, Text } from '../user-text.tsx';
import { labelsFor } from './labels.ts';

export function ReportHeader({
  report,
  ctx,
  eyebrow,
}: {
  report: ReportData;
  ctx: RenderContext;
  eyebrow?: string;
}) {
  const l = labelsFor(ctx.lang);
  const { header, scores } = report;
  const missing = l('report.not_available');
  const overall = scores.overall;
  const coverage = scores.coverage_percentage;
  return (
    <header class="report-header" id={`${ctx.idPrefix}header`}>
      <div class="header-main">
        <p class="eyebrow">{eyebrow ?? l('report.title')}</p>
        <h1 class="candidate-name">
          <Text value={header.candidate_name} />
        </h1>
        <p class="position-line">
          <span class="position">
            <Text value={header.position} />
          </span>
          {header.interview_name && header.interview_name !== header.position && (
            <span class="interview-name">
              <Text value={header.interview_name} />
            </span>
          )}
        </p>
        <dl class="facts header-facts">
          <Fact label={l('header.date')}>{formatDate(ctx.lang, header.interview_date) ?? missing}</Fact>
          <Fact label={l('header.duration')}>
            {formatDuration(ctx.lang, header.duration_seconds) ?? missing}
          </Fact>
          <Fact label={l('header.language')}>{languageName(ctx.lang, header.interview_language)}</Fact>
          <Fact label={l('header.status')}>
            <span class={`badge status status-${header.status}`}>{l(`status.${header.status}`)}</span>
          </Fact>
          <Fact label={l('header.decision')}>
            <span class={`badge decision decision-${header.decision}`}>
              {l(`decision.${header.decision}`)}
            </span>
          </Fact>
        </dl>
      </div>
      <div class="header-score">
        <ScoreRing
          value={overall}
          ctx={ctx}
          title={l('header.overall_score')}
          description={
            overall === null
              ? `${l('header.overall_score')}: ${missing}`
              : `${l('header.overall_score')}: ${l('scores.out_of', { score: formatNumber(ctx.lang, overall), max: formatNumber(ctx.lang, 100) })}`
          }
          notAvailable={missing}
        />
        <p class="score-label">{l('header.overall_score')}</p>
        <div class="coverage">
          <span class="coverage-label">{l('header.coverage')}</span>
          <span class="coverage-value">
            {coverage === null ? missing : formatPercent(ctx.lang, coverage)}
          </span>
          {coverage !== null && (
            <svg class="coverage-bar" width="100%" height="6" aria-hidden="true" focusable="false">
              <rect width="100%" height="6" rx="3" fill="#e9ecf2" />
              <rect
                x={ctx.rtl ? `${100 - clampPercent(coverage)}%` : '0'}
                width={`${clampPercent(coverage)}%`}
                height="6"
                rx="3"
                fill={bandOfPercent(coverage).solid}
              />
            </svg>
          )}
        </div>
      </div>
    </header>
  );
}
