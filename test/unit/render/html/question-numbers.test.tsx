/**
 * "Question N" means the same question in the rubric, the transcript and the per-question chart,
 * whether or not follow-ups and small talk come between the expected questions.
 *
 * The fixture interview: expected questions design (1), incident (2), mentoring (3, no rubric
 * expectations, never reached); turns: small talk, design, two follow-ups, incident.
 */
import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../../../shared/domain/options.ts';
import type { ReportData } from '../../../../shared/domain/report-model.ts';
import { renderReportHtml } from '../../../../shared/render/html/render-report-html.tsx';
import { ALL_ON, RESULT_FULL_EN } from '../../../support/fixtures.ts';
import { attr, byClass, byId, byTag, type Element, parseDocument, textOf } from './html-tree.ts';
import { reportOf } from './report-fixtures.ts';

type Document = ReturnType<typeof parseDocument>;

function render(report: ReportData, template: ReportTemplate = 'classic'): Document {
  return parseDocument(renderReportHtml({ reports: [report], combined: false, template }));
}

const first = (root: Element | Document, className: string) => byClass(root, className)[0];
const text = (element: Element | undefined) => (element ? textOf(element).trim() : '');

/** Rubric question text → its "Question N" label. */
function rubricLabels(document: Document): Map<string, string> {
  return new Map(
    byClass(document, 'rubric-question').map((question) => [
      text(first(question, 'rubric-question-text')),
      text(first(question, 'question-number')),
    ]),
  );
}

/** The per-question chart's description, e.g. "Question 1: 5 out of 5; …". */
function chartDescription(document: Document): string {
  const [chart] = byClass(document, 'question-scores').flatMap((figure) => byTag(figure, 'svg'));
  if (!chart) throw new Error('no per-question chart');
  const [, descriptionId] = (attr(chart, 'aria-labelledby') ?? '').split(' ');
  const description = descriptionId ? byId(document, descriptionId) : undefined;
  return text(description);
}

describe('question numbers', () => {
  it('chronological: the transcript numbers expected questions as the rubric does, skipping follow-ups and small talk', () => {
    const document = render(reportOf(RESULT_FULL_EN, { features: { ...ALL_ON, group_by_question: false } }));
    const rubric = rubricLabels(document);
    expect([...rubric.values()]).toEqual(['Question 1', 'Question 2']);

    const turns = byClass(document, 'turn').map((turn) => ({
      label: text(first(turn, 'turn-label')),
      question: text(first(turn, 'turn-question')),
    }));
    expect(turns.map((turn) => turn.label)).toEqual([
      'Question', // small talk: not an expected question, no number
      'Question 1',
      'Follow-up question',
      'Follow-up question',
      'Question 2',
    ]);
    for (const turn of turns) {
      const inRubric = rubric.get(turn.question);
      if (inRubric !== undefined) expect(turn.label).toBe(inRubric);
    }
    expect(turns.filter((turn) => rubric.has(turn.question))).toHaveLength(2);

    // One column per expected question asked, numbered alike: no gap where the follow-ups were.
    expect(chartDescription(document)).toBe('Question 1: 5 out of 5; Question 2: 4 out of 5');
  });

  it('grouped by question: groups, rubric and chart share the interview positions', () => {
    const document = render(reportOf(RESULT_FULL_EN, { features: ALL_ON }), 'modern');
    const rubric = rubricLabels(document);
    const groups = byClass(document, 'question-group')
      .filter((group) => first(group, 'question-number') !== undefined)
      .map((group) => [text(first(group, 'question-group-text')), text(first(group, 'question-number'))]);
    expect(groups.map(([, label]) => label)).toEqual(['Question 1', 'Question 2', 'Question 3']);
    for (const [question, label] of groups) {
      if (question && rubric.has(question)) expect(rubric.get(question)).toBe(label);
    }
    expect(chartDescription(document)).toBe(
      'Question 1: 5 out of 5; Question 2: 4 out of 5; Question 3: Not reached in the interview',
    );
  });

  it('rubric without the first expected question keeps the interview numbering', () => {
    // The first expected question has no rubric (as in the Japanese demo, whose self-introduction
    // question has no expectations): the rubric starts at "Question 2", as the transcript does.
    const report = reportOf(RESULT_FULL_EN, { features: { ...ALL_ON, group_by_question: false } });
    const rubric = report.ai_scoring_rubric;
    if (!rubric) throw new Error('no rubric');
    const withoutFirst: ReportData = {
      ...report,
      ai_scoring_rubric: { questions: rubric.questions.slice(1) },
    };
    expect([...rubricLabels(render(withoutFirst)).values()]).toEqual(['Question 2']);
  });
});
