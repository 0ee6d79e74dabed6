import { describe, expect, it } from 'vitest';
import type { ExpectedQuestion, TurnRecord } from '../../../shared/domain/records.ts';
import {
  answerOrder,
  chronologicalTurns,
  groupTurnsByQuestion,
  isFollowUp,
} from '../../../shared/domain/transcript-structure.ts';

const QUESTIONS: ExpectedQuestion[] = [
  { id: 'q-b', position: 2, question: 'Second question', candidate_expectations_json: null },
  { id: 'q-a', position: 1, question: 'First question', candidate_expectations_json: null },
];

function turn(
  id: string,
  sequence: number,
  question: string | null,
  parent: string | null = null,
): TurnRecord {
  return {
    id,
    sequence,
    question_original_id: question,
    parent_turn_id: parent,
    question_asked: `asked ${id}`,
    answer: `answer ${id}`,
    ai_analysis_recruiter: null,
    score: null,
    duration_ds: null,
    mojito_language_code: null,
    answer_assessment_raw_data: null,
    recording_local_path: null,
    recording_is_video: null,
  };
}

const ids = (turns: readonly TurnRecord[]) => turns.map((t) => t.id);

describe('chronological order', () => {
  it('sorts by sequence and breaks ties by id', () => {
    const turns = [turn('c', 2, null), turn('b', 1, null), turn('a', 1, null)];
    expect(ids(chronologicalTurns(turns))).toEqual(['a', 'b', 'c']);
  });
});

describe('grouping by question', () => {
  it('puts a question answered twice (the interviewer came back to it) under one group, in order', () => {
    const turns = [turn('a1', 0, 'q-a'), turn('b1', 1, 'q-b'), turn('a2', 2, 'q-a')];
    const grouped = groupTurnsByQuestion(turns, QUESTIONS);
    expect(grouped.questions.map((g) => [g.question.id, ids(g.answers.map((e) => e.answer))])).toEqual([
      ['q-a', ['a1', 'a2']],
      ['q-b', ['b1']],
    ]);
  });

  it('treats a turn whose parent is missing as standing on its own', () => {
    const turns = [turn('a1', 0, 'q-a'), turn('orphan', 1, null, 'deleted-turn')];
    const grouped = groupTurnsByQuestion(turns, QUESTIONS);
    expect(ids(grouped.otherTurns)).toEqual(['orphan']);
    const byId = new Map(turns.map((t) => [t.id, t]));
    expect(isFollowUp(turns[1] as TurnRecord, byId)).toBe(false);
  });

  it('nests a follow-up stored before its parent under that parent all the same', () => {
    const turns = [turn('early-follow-up', 0, null, 'a1'), turn('a1', 1, 'q-a')];
    const grouped = groupTurnsByQuestion(turns, QUESTIONS);
    expect(ids(grouped.questions[0]?.answers[0]?.followUps ?? [])).toEqual(['early-follow-up']);
    expect(grouped.otherTurns).toEqual([]);
  });

  it('keeps follow-ups of small talk with the small talk, in conversation order', () => {
    const turns = [turn('hello', 0, null), turn('a1', 1, 'q-a'), turn('hello-again', 2, null, 'hello')];
    const grouped = groupTurnsByQuestion(turns, QUESTIONS);
    expect(ids(grouped.otherTurns)).toEqual(['hello', 'hello-again']);
  });

  it('puts a turn of a question the interview does not define among the other turns', () => {
    const grouped = groupTurnsByQuestion([turn('x', 0, 'q-removed')], QUESTIONS);
    expect(ids(grouped.otherTurns)).toEqual(['x']);
    expect(grouped.questions.every((g) => g.answers.length === 0)).toBe(true);
  });

  it('terminates on a parent cycle in bad data and shows every turn once', () => {
    const turns = [turn('x', 0, 'q-a', 'y'), turn('y', 1, null, 'x'), turn('z', 2, null, 'y')];
    const order = answerOrder(turns, QUESTIONS, true);
    expect([...ids(order)].sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('answer order', () => {
  it('lists every turn once: grouped answers with follow-ups, then the other turns', () => {
    const turns = [
      turn('hello', 0, null),
      turn('b1', 1, 'q-b'),
      turn('b1-f', 2, null, 'b1'),
      turn('a1', 3, 'q-a'),
      turn('a1-f', 4, null, 'a1'),
      turn('a1-ff', 5, null, 'a1-f'),
    ];
    expect(ids(answerOrder(turns, QUESTIONS, true))).toEqual(['a1', 'a1-f', 'a1-ff', 'b1', 'b1-f', 'hello']);
    expect(ids(answerOrder(turns, QUESTIONS, false))).toEqual(['hello', 'b1', 'b1-f', 'a1', 'a1-f', 'a1-ff']);
  });
});
