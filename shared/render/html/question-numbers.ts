/**
 * One numbering of the interview's expected questions for every section that says "Question N", so
 * the rubric's "Question 3", the transcript's "Question 3" and column 3 of the per-question chart are
 * the same question.
 *
 * Why not the turn number: turns count follow-ups and small talk, so after one follow-up the
 * transcript said "Question 4" for the question the rubric calls "Question 3", and the chart's
 * columns read 1, 2, 4, 5, 6 (seen in the demo PDFs). Answers (analytics, recordings) keep the turn
 * number: they are labelled as answers, and a follow-up has an answer of its own. The one-pager's
 * rubric counts 1…n: it shows no transcript that could explain a gap.
 */
import type { ReportData, ReportTurn } from '../../domain/report-model.ts';

export type QuestionNumbers = ReadonlyMap<string, number>;

/**
 * Number of each expected question, by `question_original_id`:
 * - transcript grouped by question: the question's position in the interview (exact);
 * - chronological transcript: the order in which the expected questions were first asked
 *   (follow-ups and turns outside the expected questions take no number), then the rubric's
 *   questions never asked, after them, in the rubric's order;
 * - no transcript: the rubric's order.
 *
 * @example
 * const numbers = questionNumbers(report);
 * numbers.get(report.ai_scoring_rubric.questions[0].question_original_id); // 1
 */
export function questionNumbers(
  report: Pick<ReportData, 'transcript' | 'ai_scoring_rubric'>,
): QuestionNumbers {
  const numbers = new Map<string, number>();
  const transcript = report.transcript;
  if (transcript?.grouping === 'by_question') {
    for (const group of transcript.questions) numbers.set(group.question_original_id, group.number);
  } else if (transcript) {
    for (const turn of transcript.turns) {
      const id = turn.question_original_id;
      if (id !== null && !turn.is_follow_up && !numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  let next = Math.max(0, ...numbers.values()) + 1;
  for (const question of report.ai_scoring_rubric?.questions ?? []) {
    if (!numbers.has(question.question_original_id)) numbers.set(question.question_original_id, next++);
  }
  return numbers;
}

/**
 * The expected-question number of a turn that asks one (not a follow-up), else undefined.
 *
 * @example questionNumberOf(turn, questionNumbers(report)) // 3
 */
export function questionNumberOf(
  turn: Pick<ReportTurn, 'question_original_id' | 'is_follow_up'>,
  numbers: QuestionNumbers,
): number | undefined {
  if (turn.is_follow_up || turn.question_original_id === null) return undefined;
  return numbers.get(turn.question_original_id);
}
