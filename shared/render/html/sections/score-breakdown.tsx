/**
 * The score breakdown: the six 0–100 scores as bars and (when the transcript is in the report) the
 * 1–5 score of each question as columns.
 */
import type { ReportData, ReportTranscript } from '../../../domain/report-model.ts';
import { type Column, ColumnChart } from '../charts/column-chart.tsx';
import { bandOfFive } from '../charts/scale.ts';
import { type ScoreBarItem, ScoreBars } from '../charts/score-bars.tsx';
import { formatNumber } from '../format.ts';
import { type QuestionNumbers, questionNumberOf } from '../question-numbers.ts';
import type { RenderContext } from '../render-context.ts';
import { type Label, labelsFor } from './labels.ts';

export function scoreBarItems(report: ReportData, l: Label): ScoreBarItem[] {
  const { scores } = report;
  return [
    { key: 'overall', label: l('scores.overall'), value: scores.overall },
    { key: 'answer_ai', label: l('scores.answer_ai'), value: scores.answer_ai },
    { key: 'interview_ai', label: l('scores.interview_ai'), value: scores.interview_ai },
    { key: 'pronunciation', label: l('scores.pronunciation'), value: scores.pronunciation },
    { key: 'sentiment', label: l('scores.sentiment'), value: scores.sentiment },
    // The platform's speaking-pace *sub-score* (0–100), not a pace; paces are per answer (analytics).
    { key: 'words_per_minute', label: l('scores.words_per_minute'), value: scores.words_per_minute },
  ];
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * One column per expected question, numbered as the rubric and transcript number it: in a
 * chronological transcript the questions asked (follow-ups and turns outside the expected questions
 * carry no question score of their own; a question asked twice shows the mean), grouped by question
 * every expected question, the unreached ones included.
 */
export function questionColumns(
  transcript: ReportTranscript,
  numbers: QuestionNumbers,
  ctx: RenderContext,
): Column[] {
  const l = labelsFor(ctx.lang);
  const column = (number: number, value: number | null, notReached: boolean): Column => {
    const name = l('transcript.question_number', { n: formatNumber(ctx.lang, number) });
    const valueText = value === null ? '–' : formatNumber(ctx.lang, value, 1);
    return {
      label: formatNumber(ctx.lang, number),
      value,
      valueText,
      fill: value === null ? '#b8bec9' : bandOfFive(value).solid,
      description: notReached
        ? `${name}: ${l('transcript.not_reached')}`
        : value === null
          ? `${name}: ${l('report.not_available')}`
          : `${name}: ${l('scores.out_of', { score: valueText, max: formatNumber(ctx.lang, 5) })}`,
    };
  };
  if (transcript.grouping === 'chronological') {
    const scores = new Map<number, number[]>();
    for (const turn of transcript.turns) {
      const number = questionNumberOf(turn, numbers);
      if (number === undefined || turn.score === null) continue;
      scores.set(number, [...(scores.get(number) ?? []), turn.score]);
    }
    return [...scores]
      .sort(([a], [b]) => a - b)
      .map(([number, values]) => column(number, mean(values), false));
  }
  return transcript.questions.map((group) =>
    column(
      group.number,
      group.reached
        ? mean(group.answers.flatMap((answer) => (answer.score === null ? [] : [answer.score])))
        : null,
      !group.reached,
    ),
  );
}

export function QuestionScoresChart({
  transcript,
  numbers,
  ctx,
}: {
  transcript: ReportTranscript;
  numbers: QuestionNumbers;
  ctx: RenderContext;
}) {
  const l = labelsFor(ctx.lang);
  const columns = questionColumns(transcript, numbers, ctx);
  if (columns.length === 0) return null;
  return (
    <figure class="chart question-scores">
      <figcaption class="chart-caption">{l('scores.per_question')}</figcaption>
      <ColumnChart
        id={`${ctx.idPrefix}question-scores`}
        title={l('scores.per_question')}
        columns={columns}
        min={0}
        max={5}
        ticks={[1, 2, 3, 4, 5].map((value) => ({ value, label: formatNumber(ctx.lang, value) }))}
        rtl={ctx.rtl}
        height={170}
      />
    </figure>
  );
}

export function ScoreBreakdown({
  report,
  numbers,
  ctx,
}: {
  report: ReportData;
  numbers: QuestionNumbers;
  ctx: RenderContext;
}) {
  const l = labelsFor(ctx.lang);
  return (
    <section
      class="section scores"
      id={`${ctx.idPrefix}scores`}
      aria-labelledby={`${ctx.idPrefix}scores-title`}
    >
      <h2 id={`${ctx.idPrefix}scores-title`}>{l('scores.title')}</h2>
      <ScoreBars
        items={scoreBarItems(report, l)}
        ctx={ctx}
        caption={l('scores.title')}
        notAvailable={l('report.not_available')}
      />
      {report.transcript && (
        <QuestionScoresChart transcript={report.transcript} numbers={numbers} ctx={ctx} />
      )}
    </section>
  );
}
