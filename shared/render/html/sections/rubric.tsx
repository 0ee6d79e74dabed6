/**
 * The scoring rubric: for each expected question, what a strong, moderate and weak answer shows, and
 * whether the interview confirmed, rejected or never touched each expectation.
 */
import type { ReportRubricExpectation, ReportRubricQuestion } from '../../../domain/report-model.ts';
import { formatNumber } from '../format.ts';
import type { QuestionNumbers } from '../question-numbers.ts';
import type { RenderContext } from '../render-context.ts';
import { Text } from '../user-text.tsx';
import { labelsFor } from './labels.ts';
import { VerdictBadge } from './verdict.tsx';

export const RUBRIC_LEVELS = ['strong', 'moderate', 'weak'] as const;
const VERDICTS = ['confirmed', 'rejected', 'not_discussed'] as const;

/** Confirmed / rejected / not discussed counts, for the tally beside each question. */
export function tally(expectations: ReportRubricExpectation[]) {
  const counts = { confirmed: 0, rejected: 0, not_discussed: 0 };
  for (const expectation of expectations) counts[expectation.verdict] += 1;
  return counts;
}

export function Rubric({
  questions,
  numbers,
  ctx,
}: {
  questions: ReportRubricQuestion[];
  numbers: QuestionNumbers;
  ctx: RenderContext;
}) {
  const l = labelsFor(ctx.lang);
  return (
    <section
      class="section rubric"
      id={`${ctx.idPrefix}rubric`}
      aria-labelledby={`${ctx.idPrefix}rubric-title`}
    >
      <h2 id={`${ctx.idPrefix}rubric-title`}>{l('rubric.title')}</h2>
      {questions.length === 0 && <p class="missing">{l('report.none')}</p>}
      {questions.map((question, index) => {
        const counts = tally(question.expectations);
        const number = numbers.get(question.question_original_id) ?? index + 1;
        return (
          <div class="rubric-question">
            <div class="rubric-question-head">
              <span class="question-number">
                {l('transcript.question_number', { n: formatNumber(ctx.lang, number) })}
              </span>
              <h3 class="rubric-question-text">
                <Text value={question.question} />
              </h3>
              <span class="rubric-tally">
                <span class="tally tally-confirmed">
                  {counts.confirmed} {l('rubric.verdict.confirmed')}
                </span>
                <span class="tally tally-rejected">
                  {counts.rejected} {l('rubric.verdict.rejected')}
                </span>
                <span class="tally tally-not_discussed">
                  {counts.not_discussed} {l('rubric.verdict.not_discussed')}
                </span>
              </span>
            </div>
            <table class="rubric-table">
              <thead class="visually-hidden">
                <tr>
                  <th scope="col">{RUBRIC_LEVELS.map((level) => l(`rubric.level.${level}`)).join(' / ')}</th>
                  <th scope="col">{l('rubric.expectation')}</th>
                  <th scope="col">{VERDICTS.map((verdict) => l(`rubric.verdict.${verdict}`)).join(' / ')}</th>
                </tr>
              </thead>
              <tbody>
                {RUBRIC_LEVELS.flatMap((level) =>
                  question.expectations
                    .filter((expectation) => expectation.level === level)
                    .map((expectation, position) => (
                      <tr class={`row-level-${level}`}>
                        <th scope="row" class="col-level">
                          {position === 0 && (
                            <span class={`level level-${level}`}>{l(`rubric.level.${level}`)}</span>
                          )}
                        </th>
                        <td>
                          <span class="expectation">
                            <Text value={expectation.expectation} />
                          </span>
                          {expectation.evidence && (
                            <span class="evidence">
                              <span class="evidence-label">{l('rubric.evidence')}: </span>
                              <Text value={expectation.evidence} />
                            </span>
                          )}
                        </td>
                        <td class="col-verdict">
                          <VerdictBadge verdict={expectation.verdict} l={l} />
                        </td>
                      </tr>
                    )),
                )}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
