/**
 * Per-answer speech analytics: a table of the 0–100 measures with each cell on the score colour
 * scale, sentiment in words, and the speaking pace of every answer against the comfortable band.
 */
import type { ReportAnalytics, ReportAnswerAnalyticsEntry } from '../../../domain/report-model.ts';
import { type Column, ColumnChart } from '../charts/column-chart.tsx';
import { COMFORTABLE_PACE, PACE_COLOURS, paceAxis, paceOf } from '../charts/pace.ts';
import { bandOfPercent, clampPercent } from '../charts/scale.ts';
import { formatNumber } from '../format.ts';
import type { RenderContext } from '../render-context.ts';
import { shorten } from '../truncate.ts';
import { Text } from '../user-text.tsx';
import { type Label, labelsFor } from './labels.ts';

const MEASURES = ['accuracy', 'fluency', 'completeness', 'prosody', 'recognition_confidence'] as const;

/**
 * Sentiment arrives as -1 (negative) … 1 (positive), the speech service's scale (records.ts); a third
 * of the range on either side of zero reads as neutral.
 */
export function sentimentWord(
  value: number,
  l: Label,
): { key: 'positive' | 'neutral' | 'negative'; text: string } {
  const key = value > 1 / 3 ? 'positive' : value < -1 / 3 ? 'negative' : 'neutral';
  return { key, text: l(`analytics.sentiment_${key}`) };
}

function MeasureCell({ value, ctx }: { value: number | null; ctx: RenderContext }) {
  if (value === null) return <td class="measure missing">–</td>;
  const band = bandOfPercent(value);
  const width = clampPercent(value);
  return (
    <td class="measure" style={{ background: band.tint, color: band.ink }}>
      <span class="measure-value">{formatNumber(ctx.lang, value)}</span>
      <svg class="measure-bar" width="100%" height="4" aria-hidden="true" focusable="false">
        <rect x={ctx.rtl ? `${100 - width}%` : '0'} width={`${width}%`} height="4" rx="2" fill={band.solid} />
      </svg>
    </td>
  );
}

function paceColumns(answers: ReportAnswerAnalyticsEntry[], ctx: RenderContext, l: Label): Column[] {
  return answers.map((entry) => {
    const wpm = entry.analytics.words_per_minute;
    const name = l('recordings.answer', { n: formatNumber(ctx.lang, entry.number) });
    return {
      label: formatNumber(ctx.lang, entry.number),
      value: wpm,
      valueText: wpm === null ? '–' : formatNumber(ctx.lang, wpm),
      fill: wpm === null ? '#b8bec9' : PACE_COLOURS[paceOf(wpm)],
      description:
        wpm === null
          ? `${name}: ${l('report.not_available')}`
          : `${name}: ${formatNumber(ctx.lang, wpm)} ${l('analytics.words_per_minute')} (${l(`analytics.pace_${paceOf(wpm)}`)})`,
    };
  });
}

export function Analytics({ analytics, ctx }: { analytics: ReportAnalytics; ctx: RenderContext }) {
  const l = labelsFor(ctx.lang);
  const answers = analytics.answers;
  const paces = answers.flatMap((entry) =>
    entry.analytics.words_per_minute === null ? [] : [entry.analytics.words_per_minute],
  );
  const axis = paceAxis(paces);
  const ticks: Array<{ value: number; label: string }> = [];
  for (let tick = axis.min; tick <= axis.max; tick += 40)
    ticks.push({ value: tick, label: formatNumber(ctx.lang, tick) });
  const band = l('analytics.comfortable_band', {
    min: formatNumber(ctx.lang, COMFORTABLE_PACE.min),
    max: formatNumber(ctx.lang, COMFORTABLE_PACE.max),
  });
  return (
    <section
      class="section analytics"
      id={`${ctx.idPrefix}analytics`}
      aria-labelledby={`${ctx.idPrefix}analytics-title`}
    >
      <h2 id={`${ctx.idPrefix}analytics-title`}>{l('analytics.title')}</h2>
      {answers.length === 0 ? (
        <p class="missing">{l('report.none')}</p>
      ) : (
        <>
          <table class="analytics-table">
            <thead>
              <tr>
                <th scope="col" class="col-answer">
                  {l('transcript.answer')}
                </th>
                {MEASURES.map((measure) => (
                  <th scope="col">{l(`analytics.${measure}`)}</th>
                ))}
                <th scope="col" class="col-sentiment">
                  {l('analytics.sentiment')}
                </th>
                <th scope="col" class="col-wpm">
                  {l('analytics.words_per_minute')}
                </th>
              </tr>
            </thead>
            <tbody>
              {answers.map((entry) => {
                const { sentiment, words_per_minute: wpm } = entry.analytics;
                const feeling = sentiment === null ? null : sentimentWord(sentiment, l);
                return (
                  <tr>
                    <th scope="row" class="col-answer">
                      <span class="answer-number">{formatNumber(ctx.lang, entry.number)}</span>
                      {entry.question && (
                        <span class="answer-question">
                          <Text value={shorten(entry.question, 70).text} />
                        </span>
                      )}
                    </th>
                    {MEASURES.map((measure) => (
                      <MeasureCell value={entry.analytics[measure]} ctx={ctx} />
                    ))}
                    <td class={feeling ? `sentiment sentiment-${feeling.key}` : 'sentiment missing'}>
                      {feeling ? feeling.text : '–'}
                    </td>
                    <td class={wpm === null ? 'wpm missing' : `wpm pace-${paceOf(wpm)}`}>
                      {wpm === null ? '–' : formatNumber(ctx.lang, wpm)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {paces.length > 0 && (
            <figure class="chart pace-per-answer">
              <figcaption class="chart-caption">{l('analytics.words_per_minute')}</figcaption>
              <ColumnChart
                id={`${ctx.idPrefix}pace-per-answer`}
                title={`${l('analytics.words_per_minute')}. ${band}`}
                columns={paceColumns(answers, ctx, l)}
                min={axis.min}
                max={axis.max}
                ticks={ticks}
                band={{ from: COMFORTABLE_PACE.min, to: COMFORTABLE_PACE.max, fill: '#dcf0e4' }}
                rtl={ctx.rtl}
                height={180}
              />
              <p class="legend">
                <span class="legend-swatch band-swatch" aria-hidden="true" />
                {band}
              </p>
            </figure>
          )}
        </>
      )}
    </section>
  );
}
