/**
 * The transcript: each question with the candidate's answer, the AI's analysis, the 1–5 score and
 * the duration. Grouped by question, follow-ups nest under the answer they follow up on and expected
 * questions the interview never reached are listed as such.
 */
import type { ReportQuestionGroup, ReportTranscript, ReportTurn } from '../../../domain/report-model.ts';
import { bandOfFive } from '../charts/scale.ts';
import { formatDuration, formatNumber } from '../format.ts';
import { type QuestionNumbers, questionNumberOf } from '../question-numbers.ts';
import type { RenderContext } from '../render-context.ts';
import { Prose, Text } from '../user-text.tsx';
import { type Label, labelsFor } from './labels.ts';

function ScorePill({ score, ctx, l }: { score: number | null; ctx: RenderContext; l: Label }) {
  if (score === null) return null;
  const band = bandOfFive(score);
  return (
    <span class="score-pill" style={{ background: band.tint, color: band.ink }}>
      <span class="score-pill-label">{l('transcript.score')}</span>{' '}
      <span class="score-pill-value">
        {l('scores.out_of', { score: formatNumber(ctx.lang, score, 1), max: formatNumber(ctx.lang, 5) })}
      </span>
    </span>
  );
}

/**
 * One question and answer, labelled "Question N" with the expected question's number (plain
 * "Question" for a turn outside the expected questions); `heading` replaces it (empty under a
 * grouped question).
 */
function Turn({
  turn,
  numbers,
  ctx,
  heading,
}: {
  turn: ReportTurn;
  numbers: QuestionNumbers;
  ctx: RenderContext;
  heading?: string;
}) {
  const l = labelsFor(ctx.lang);
  const number = questionNumberOf(turn, numbers);
  const duration = formatDuration(ctx.lang, turn.duration_seconds);
  return (
    <article class={turn.is_follow_up ? 'turn follow-up' : 'turn'} id={`${ctx.idPrefix}turn-${turn.number}`}>
      <div class="turn-head">
        <span class="turn-label">
          {turn.is_follow_up
            ? l('transcript.follow_up')
            : (heading ??
              (number === undefined
                ? l('transcript.question')
                : l('transcript.question_number', { n: formatNumber(ctx.lang, number) })))}
        </span>
        <span class="turn-meta">
          <ScorePill score={turn.score} ctx={ctx} l={l} />
          {duration && (
            <span class="turn-duration">
              <span class="visually-hidden">{l('transcript.duration')}: </span>
              {duration}
            </span>
          )}
        </span>
      </div>
      {turn.question && (
        <p class="turn-question" dir="auto">
          <bdi>{turn.question}</bdi>
        </p>
      )}
      <div class="turn-answer">
        <h4 class="turn-part-label">{l('transcript.answer')}</h4>
        {turn.answer ? <Prose value={turn.answer} /> : <p class="missing">{l('transcript.no_answer')}</p>}
      </div>
      {turn.ai_analysis && (
        <div class="turn-analysis">
          <h4 class="turn-part-label">{l('transcript.ai_analysis')}</h4>
          <Prose value={turn.ai_analysis} />
        </div>
      )}
    </article>
  );
}

function QuestionGroup({
  group,
  numbers,
  ctx,
}: {
  group: ReportQuestionGroup;
  numbers: QuestionNumbers;
  ctx: RenderContext;
}) {
  const l = labelsFor(ctx.lang);
  return (
    <div class={group.reached ? 'question-group' : 'question-group not-reached'}>
      <div class="question-group-head">
        <span class="question-number">
          {l('transcript.question_number', { n: formatNumber(ctx.lang, group.number) })}
        </span>
        <h3 class="question-group-text">
          <Text value={group.question} />
        </h3>
      </div>
      {!group.reached ? (
        <p class="not-reached-note">{l('transcript.not_reached')}</p>
      ) : (
        group.answers.map((answer) => (
          <div class="answer-thread">
            <Turn
              turn={{ ...answer, question: answer.question === group.question ? null : answer.question }}
              numbers={numbers}
              ctx={ctx}
              heading=""
            />
            {answer.follow_ups.length > 0 && (
              <div class="follow-ups">
                {answer.follow_ups.map((followUp) => (
                  <Turn turn={followUp} numbers={numbers} ctx={ctx} />
                ))}
              </div>
            )}
          </div>
        ))
      )}
    </div>
  );
}

export function Transcript({
  transcript,
  numbers,
  ctx,
}: {
  transcript: ReportTranscript;
  numbers: QuestionNumbers;
  ctx: RenderContext;
}) {
  const l = labelsFor(ctx.lang);
  return (
    <section
      class={`section transcript transcript-${transcript.grouping}`}
      id={`${ctx.idPrefix}transcript`}
      aria-labelledby={`${ctx.idPrefix}transcript-title`}
    >
      <h2 id={`${ctx.idPrefix}transcript-title`}>{l('transcript.title')}</h2>
      {transcript.grouping === 'chronological' ? (
        transcript.turns.length === 0 ? (
          <p class="missing">{l('report.none')}</p>
        ) : (
          transcript.turns.map((turn) => <Turn turn={turn} numbers={numbers} ctx={ctx} />)
        )
      ) : (
        <>
          {transcript.questions.map((group) => (
            <QuestionGroup group={group} numbers={numbers} ctx={ctx} />
          ))}
          {transcript.other_turns.length > 0 && (
            <div class="question-group other-turns">
              <div class="question-group-head">
                <h3 class="question-group-text">{l('transcript.other_turns')}</h3>
              </div>
              {transcript.other_turns.map((turn) => (
                <Turn turn={turn} numbers={numbers} ctx={ctx} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
