/**
 * How the turns of one interview result are ordered and grouped, before they become report turns.
 *
 * Two orders exist. Chronological: by `sequence` (the conversation order). By question: the
 * interview's expected questions in their `position` order, each with the answers given to it and
 * every follow-up nested under the answer it (directly or through other follow-ups) follows up on;
 * expected questions nobody reached are kept, and turns that belong to no expected question come
 * last. Pure functions; inputs are never mutated.
 */
import type { ExpectedQuestion, TurnRecord } from './records.ts';

/** A top-level answer to an expected question and the follow-ups under it, chronological. */
export interface AnswerWithFollowUps {
  answer: TurnRecord;
  followUps: TurnRecord[];
}

export interface QuestionWithAnswers {
  question: ExpectedQuestion;
  /** 1-based position among the expected questions. */
  number: number;
  answers: AnswerWithFollowUps[];
}

export interface TurnsByQuestion {
  questions: QuestionWithAnswers[];
  /** Turns of no known expected question (small talk, an unknown question id), with their follow-ups. */
  otherTurns: TurnRecord[];
}

/**
 * The turns in conversation order: by `sequence`, ties broken by id so the order never depends on
 * how the store returned them.
 *
 * @example chronologicalTurns([{ sequence: 2, id: 'b' }, { sequence: 1, id: 'a' }]) // a, b
 */
export function chronologicalTurns<T extends Pick<TurnRecord, 'sequence' | 'id'>>(turns: readonly T[]): T[] {
  return [...turns].sort((a, b) => a.sequence - b.sequence || compareStrings(a.id, b.id));
}

/** The expected questions in interview order (`position`, then id). */
export function orderedQuestions(questions: readonly ExpectedQuestion[]): ExpectedQuestion[] {
  return [...questions].sort((a, b) => a.position - b.position || compareStrings(a.id, b.id));
}

/**
 * The turn a follow-up ultimately belongs to: walks `parent_turn_id` up to a turn without a known
 * parent. A dangling parent id ends the walk (the turn stands on its own); a cycle in bad data
 * ends it too, at the first turn met twice.
 */
function rootOf(turn: TurnRecord, byId: ReadonlyMap<string, TurnRecord>): TurnRecord {
  const seen = new Set<string>();
  let current = turn;
  while (current.parent_turn_id !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.parent_turn_id);
    if (parent === undefined) break;
    current = parent;
  }
  return current;
}

/**
 * True when a turn follows up on another turn of the same result (its parent exists).
 *
 * @example isFollowUp(turn, new Map(turns.map((t) => [t.id, t])))
 */
export function isFollowUp(turn: TurnRecord, byId: ReadonlyMap<string, TurnRecord>): boolean {
  return turn.parent_turn_id !== null && byId.has(turn.parent_turn_id) && rootOf(turn, byId) !== turn;
}

/**
 * Groups the turns under the interview's expected questions.
 *
 * @example
 * const grouped = groupTurnsByQuestion(bundle.turns, bundle.interview.questions);
 * grouped.questions.filter((q) => q.answers.length === 0); // the questions never reached
 */
export function groupTurnsByQuestion(
  turns: readonly TurnRecord[],
  questions: readonly ExpectedQuestion[],
): TurnsByQuestion {
  const ordered = chronologicalTurns(turns);
  const byId = new Map(ordered.map((turn) => [turn.id, turn]));
  const groups = orderedQuestions(questions).map(
    (question, index): QuestionWithAnswers => ({ question, number: index + 1, answers: [] }),
  );
  const groupOf = new Map(groups.map((group) => [group.question.id, group]));
  const answerOf = new Map<string, AnswerWithFollowUps>();
  const otherRoots = new Set<string>();
  const otherTurns: TurnRecord[] = [];

  // Chronological order guarantees a root is placed before its follow-ups are looked up, except
  // when bad data puts a follow-up before its parent; the second pass below handles those.
  const deferred: TurnRecord[] = [];
  for (const turn of ordered) {
    const root = rootOf(turn, byId);
    if (root === turn) {
      const group = turn.question_original_id === null ? undefined : groupOf.get(turn.question_original_id);
      if (group === undefined) {
        otherRoots.add(turn.id);
        otherTurns.push(turn);
      } else {
        const entry: AnswerWithFollowUps = { answer: turn, followUps: [] };
        group.answers.push(entry);
        answerOf.set(turn.id, entry);
      }
    } else {
      deferred.push(turn);
    }
  }
  const strayFollowUps: TurnRecord[] = [];
  for (const turn of deferred) {
    const root = rootOf(turn, byId);
    const entry = answerOf.get(root.id);
    if (entry !== undefined) entry.followUps.push(turn);
    else strayFollowUps.push(turn);
  }
  // Follow-ups of a turn that belongs to no expected question stay with it among the other turns,
  // in conversation order.
  return {
    questions: groups,
    otherTurns:
      strayFollowUps.length === 0 ? otherTurns : chronologicalTurns([...otherTurns, ...strayFollowUps]),
  };
}

/**
 * Every turn once, in the order the report presents answers: by question (answer, then its
 * follow-ups; then the other turns) when grouping, else chronological. Per-answer sections
 * (analytics, answer recordings) follow this order so they read alongside the transcript.
 *
 * @example answerOrder(bundle.turns, bundle.interview.questions, true)
 */
export function answerOrder(
  turns: readonly TurnRecord[],
  questions: readonly ExpectedQuestion[],
  groupByQuestion: boolean,
): TurnRecord[] {
  if (!groupByQuestion) return chronologicalTurns(turns);
  const grouped = groupTurnsByQuestion(turns, questions);
  return [
    ...grouped.questions.flatMap((group) =>
      group.answers.flatMap((entry) => [entry.answer, ...entry.followUps]),
    ),
    ...grouped.otherTurns,
  ];
}

/** Code-point order, independent of the machine's locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
