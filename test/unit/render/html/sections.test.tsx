/**
 * Which sections the HTML report holds, per toggle and per template, read from the parsed document.
 */
import { describe, expect, it } from 'vitest';
import type { ExportFeatures, ReportTemplate } from '../../../../shared/domain/options.ts';
import { renderReportHtml } from '../../../../shared/render/html/render-report-html.tsx';
import { ALL_OFF, ALL_ON, RESULT_AR, RESULT_FULL_EN } from '../../../support/fixtures.ts';
import { byClass, byTag, classes, parseDocument, sectionsOf, textOf } from './html-tree.ts';
import { reportOf } from './report-fixtures.ts';

function sections(
  features: ExportFeatures,
  template: ReportTemplate = 'classic',
  id = RESULT_FULL_EN,
): string[] {
  const html = renderReportHtml({
    reports: [reportOf(id, { features, template })],
    combined: false,
    template,
  });
  return sectionsOf(parseDocument(html));
}

/** The section each toggle adds (the rubric needs the assessment too, as the contract says). */
const TOGGLE_SECTIONS: Array<[keyof ExportFeatures, string, Partial<ExportFeatures>?]> = [
  ['contact_details', 'contact'],
  ['ai_recruiter_assessment', 'assessment'],
  ['ai_scoring_rubric', 'rubric', { ai_recruiter_assessment: true }],
  ['transcript', 'transcript'],
  ['analytics', 'analytics'],
  ['answer_recording', 'recordings'],
  ['session_recording', 'recordings'],
  ['files', 'files'],
];

describe('sections per toggle (classic and modern)', () => {
  for (const template of ['classic', 'modern'] as const) {
    it(`${template}: every toggle off leaves the header, the risk flags and the score breakdown`, () => {
      expect(sections(ALL_OFF, template)).toEqual(['header', 'risks', 'scores']);
    });

    it(`${template}: every toggle on shows every section, in the issue's order`, () => {
      expect(sections(ALL_ON, template)).toEqual([
        'header',
        'risks',
        'contact',
        'assessment',
        'rubric',
        'scores',
        'transcript',
        'analytics',
        'recordings',
        'files',
      ]);
    });

    for (const [toggle, section, needs] of TOGGLE_SECTIONS) {
      it(`${template}: ${toggle} alone adds ${section}, and turning it off removes it`, () => {
        const on = sections({ ...ALL_OFF, ...needs, [toggle]: true }, template);
        expect(on).toContain(section);
        const off = sections(
          {
            ...ALL_ON,
            [toggle]: false,
            ...(toggle === 'answer_recording' ? { session_recording: false } : {}),
            ...(toggle === 'session_recording' ? { answer_recording: false } : {}),
          },
          template,
        );
        expect(off).not.toContain(section);
      });
    }
  }

  it('leaves the risk flags out when there are none', () => {
    const html = renderReportHtml({
      reports: [{ ...reportOf(), risk_flags: [] }],
      combined: false,
      template: 'classic',
    });
    expect(sectionsOf(parseDocument(html))).not.toContain('risks');
  });

  it('group_by_question nests follow-ups and lists unreached questions as not reached', () => {
    const grouped = parseDocument(
      renderReportHtml({
        reports: [reportOf(RESULT_FULL_EN, { features: ALL_ON })],
        combined: false,
        template: 'classic',
      }),
    );
    const [transcript] = byClass(grouped, 'transcript');
    expect(transcript && classes(transcript)).toContain('transcript-by_question');
    const groups = byClass(grouped, 'question-group');
    const unreached = groups.filter((group) => classes(group).includes('not-reached'));
    expect(unreached.map((group) => textOf(byClass(group, 'question-group-text')[0] ?? group))).toEqual([
      'How do you help a junior colleague grow?',
    ]);
    expect(byClass(unreached[0] ?? grouped, 'not-reached-note').map(textOf)).toEqual([
      'Not reached in the interview',
    ]);
    // The design question's follow-ups (two deep in the fixture) sit inside its thread.
    const followUps = byClass(grouped, 'follow-ups').flatMap((box) => byClass(box, 'turn'));
    expect(followUps.map((turn) => textOf(byClass(turn, 'turn-question')[0] ?? turn))).toEqual([
      'What happened when a device sent a burst?',
      'And how did you pick the quota?',
    ]);
    expect(followUps.every((turn) => classes(turn).includes('follow-up'))).toBe(true);

    const chronological = parseDocument(
      renderReportHtml({
        reports: [reportOf(RESULT_FULL_EN, { features: { ...ALL_ON, group_by_question: false } })],
        combined: false,
        template: 'classic',
      }),
    );
    expect(byClass(chronological, 'follow-ups')).toEqual([]);
    expect(byClass(chronological, 'not-reached-note')).toEqual([]);
    expect(byClass(chronological, 'turn')).toHaveLength(5);
  });
});

describe('one_pager', () => {
  it('holds the header, risk flags, assessment, compact score chart and rubric, and nothing else', () => {
    expect(sections(ALL_ON, 'one_pager')).toEqual(['header', 'risks', 'assessment', 'scores', 'rubric']);
  });

  it('has no transcript, analytics, recordings, files or contact details even when they are on', () => {
    const document = parseDocument(
      renderReportHtml({
        reports: [reportOf(RESULT_FULL_EN, { features: ALL_ON, template: 'one_pager' })],
        combined: false,
        template: 'one_pager',
      }),
    );
    for (const absent of ['transcript', 'analytics', 'recordings', 'files', 'contact', 'turn']) {
      expect(byClass(document, absent)).toEqual([]);
    }
    expect(byTag(document, 'img')).toEqual([]);
  });

  it('follows the toggles for what it does show', () => {
    expect(sections(ALL_OFF, 'one_pager')).toEqual(['header', 'risks', 'scores']);
    expect(sections(ALL_OFF, 'one_pager', RESULT_AR)).toEqual(['header', 'risks', 'scores']);
  });
});
