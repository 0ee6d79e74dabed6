import { describe, expect, it } from 'vitest';
import {
  buildReportData,
  contractFiles,
  MissingSignedLinkError,
} from '../../../shared/domain/build-report-data.ts';
import { objectKeysToSign, type SignedLinks } from '../../../shared/domain/objects-to-sign.ts';
import { DEFAULT_EXPORT_FEATURES, type ExportFeatures } from '../../../shared/domain/options.ts';
import type { LanguageCode, ResultBundle } from '../../../shared/domain/records.ts';
import type { ReportData, ReportTurn } from '../../../shared/domain/report-model.ts';
import {
  ALL_OFF,
  ALL_ON,
  bundleOf,
  RESULT_ALMOST_EMPTY,
  RESULT_AR,
  RESULT_FULL_EN,
  RESULT_JA,
} from '../../support/fixtures.ts';
import { reportDataErrors } from '../../support/report-data-validator.ts';

const EXPIRES_AT = '2026-03-10T12:00:00.000Z';
const CORE_KEYS = ['interview_result_id', 'report_language', 'template', 'header', 'scores', 'risk_flags'];

/** Links for exactly the objects the toggles call for, as the use case would sign them. */
function linksFor(bundle: ResultBundle, features: ExportFeatures): SignedLinks {
  return new Map(
    objectKeysToSign(bundle, features).map((key) => [
      key,
      { url: `https://signed.example.test/${key}`, expires_at: EXPIRES_AT },
    ]),
  );
}

/** Builds a report and checks it against the published JSON Schema, as every report must pass. */
function build(
  bundle: ResultBundle,
  features: Partial<ExportFeatures> = {},
  language: LanguageCode = bundle.result.mojito_language_code,
): ReportData {
  const resolved = { ...DEFAULT_EXPORT_FEATURES, ...features };
  const data = buildReportData(
    bundle,
    { features: resolved, template: 'classic' },
    linksFor(bundle, resolved),
    language,
  );
  expect(reportDataErrors(data)).toEqual([]);
  return data;
}

function turnIds(turns: readonly Pick<ReportTurn, 'turn_id'>[]): string[] {
  return turns.map((turn) => turn.turn_id);
}

describe('sections and their toggles', () => {
  it('has only the core of the report when every toggle is off', () => {
    const data = build(bundleOf(RESULT_FULL_EN), ALL_OFF);
    expect(Object.keys(data)).toEqual(CORE_KEYS);
  });

  it('follows the contract defaults when nothing is asked for', () => {
    const data = build(bundleOf(RESULT_FULL_EN));
    expect(Object.keys(data)).toEqual([
      ...CORE_KEYS,
      'contact_details',
      'ai_recruiter_assessment',
      'transcript',
      'analytics',
      'files',
    ]);
  });

  const sectionOfToggle = [
    ['contact_details', 'contact_details'],
    ['ai_recruiter_assessment', 'ai_recruiter_assessment'],
    ['ai_scoring_rubric', 'ai_scoring_rubric'],
    ['transcript', 'transcript'],
    ['analytics', 'analytics'],
    ['answer_recording', 'answer_recordings'],
    ['session_recording', 'session_recording'],
    ['files', 'files'],
  ] as const;

  it.each(sectionOfToggle)('turning %s off removes the key %s and nothing else', (toggle, key) => {
    const all = build(bundleOf(RESULT_FULL_EN), ALL_ON);
    const without = build(bundleOf(RESULT_FULL_EN), { ...ALL_ON, [toggle]: false });
    // The rubric is part of the AI assessment: it goes with it.
    const removed: string[] = toggle === 'ai_recruiter_assessment' ? [key, 'ai_scoring_rubric'] : [key];
    expect(all).toHaveProperty(key);
    expect(without).not.toHaveProperty(key);
    expect(Object.keys(without)).toEqual(Object.keys(all).filter((name) => !removed.includes(name)));
  });

  it.each(sectionOfToggle.filter(([toggle]) => toggle !== 'ai_scoring_rubric'))(
    'turning only %s on adds only %s',
    (toggle, key) => {
      const data = build(bundleOf(RESULT_FULL_EN), { ...ALL_OFF, [toggle]: true });
      expect(Object.keys(data)).toEqual([...CORE_KEYS, key]);
    },
  );

  it('leaves out the rubric unless the AI assessment is on too, as the contract says', () => {
    const rubricAlone = build(bundleOf(RESULT_FULL_EN), { ...ALL_OFF, ai_scoring_rubric: true });
    expect(Object.keys(rubricAlone)).toEqual(CORE_KEYS);
    const both = build(bundleOf(RESULT_FULL_EN), {
      ...ALL_OFF,
      ai_recruiter_assessment: true,
      ai_scoring_rubric: true,
    });
    expect(Object.keys(both)).toEqual([...CORE_KEYS, 'ai_recruiter_assessment', 'ai_scoring_rubric']);
  });

  it('adds no key for group_by_question: it only changes how answers are ordered', () => {
    const data = build(bundleOf(RESULT_FULL_EN), { ...ALL_OFF, group_by_question: true });
    expect(Object.keys(data)).toEqual(CORE_KEYS);
  });
});

describe('the core of every report', () => {
  it('fills the header and scores from the result, with durations in seconds', () => {
    const data = build(bundleOf(RESULT_FULL_EN), ALL_OFF);
    expect(data.header).toEqual({
      candidate_name: 'Amelia Hart',
      interview_name: 'Backend engineer: first round',
      position: 'Senior Backend Engineer',
      interview_date: '2026-03-02T09:15:00.000Z',
      duration_seconds: 1650,
      interview_language: 'en',
      status: 'completed',
      decision: 'shortlisted',
    });
    expect(data.scores).toEqual({
      overall: 84,
      answer_ai: 86,
      interview_ai: 82,
      pronunciation: 90,
      sentiment: 71,
      words_per_minute: 77,
      coverage_percentage: 67,
    });
  });

  it('lists the most severe risk first', () => {
    const data = build(bundleOf(RESULT_FULL_EN), ALL_OFF);
    expect(data.risk_flags.map((flag) => flag.severity)).toEqual(['high', 'low']);
    expect(data.risk_flags[0]?.code).toBe('inconsistent_dates');
  });

  it('keeps the report language apart from the language the interview was held in', () => {
    const data = build(bundleOf(RESULT_JA), ALL_OFF, 'fr');
    expect(data.report_language).toBe('fr');
    expect(data.header.interview_language).toBe('ja');
  });
});

describe('contact details and AI assessment', () => {
  it('copies the contact details of the candidate', () => {
    const data = build(bundleOf(RESULT_JA), { ...ALL_OFF, contact_details: true });
    expect(data.contact_details).toEqual({
      email: 'hanako.sato@example.jp',
      linkedin_url: null,
      phone_number: '+81 3-1234-5678',
      address: null,
    });
  });

  it('gives the summary, the key statement quote, both reason lists and the resume analysis', () => {
    const data = build(bundleOf(RESULT_FULL_EN), { ...ALL_OFF, ai_recruiter_assessment: true });
    expect(data.ai_recruiter_assessment).toEqual({
      summary: expect.stringContaining('strong systems engineer'),
      key_statement: 'We partitioned by device id because reads were always per device.',
      reasons_to_hire: ['Designs for measured load', 'Leads incidents calmly'],
      reasons_not_to_hire: ['Mentoring experience not shown'],
      resume_analysis: 'Eight years of backend work, the last four on high-volume ingest.',
    });
  });
});

describe('scoring rubric', () => {
  const rubricOf = (bundle: ResultBundle) =>
    build(bundle, { ...ALL_OFF, ai_recruiter_assessment: true, ai_scoring_rubric: true }).ai_scoring_rubric;

  it('lists questions in interview order and skips one with neither rubric nor verdicts', () => {
    const rubric = rubricOf(bundleOf(RESULT_FULL_EN));
    expect(rubric?.questions.map((question) => question.question)).toEqual([
      'Walk us through the design of a service you built that handles heavy write traffic.',
      'Tell us about a production incident you led.',
    ]);
  });

  it('marks every defined expectation, not_discussed when the AI gave no verdict, strong to weak', () => {
    const [design] = rubricOf(bundleOf(RESULT_FULL_EN))?.questions ?? [];
    expect(design?.expectations.map((e) => [e.level, e.expectation, e.verdict])).toEqual([
      ['strong', 'Explains partitioning and why the key was chosen', 'not_discussed'],
      ['strong', 'Names a measured throughput figure', 'confirmed'],
      ['moderate', 'Describes the main components', 'not_discussed'],
      ['weak', 'Only lists technologies', 'rejected'],
    ]);
    expect(design?.expectations[1]?.evidence).toBe('about 40k writes a second');
  });

  it('keeps a verdict on an expectation the definition no longer lists, within its level', () => {
    const [, incident] = rubricOf(bundleOf(RESULT_FULL_EN))?.questions ?? [];
    expect(incident?.expectations.map((e) => e.expectation)).toEqual([
      'Describes a blameless post-mortem',
      'Explains the timeline',
      'Mentions on-call rotation',
    ]);
  });

  it('is present and empty for an interview without any rubric', () => {
    expect(rubricOf(bundleOf(RESULT_AR))).toEqual({ questions: [] });
  });
});

describe('transcript', () => {
  it('is chronological by sequence without group_by_question, numbered from 1', () => {
    const transcript = build(bundleOf(RESULT_FULL_EN), { ...ALL_OFF, transcript: true }).transcript;
    if (transcript?.grouping !== 'chronological') throw new Error('expected a chronological transcript');
    expect(turnIds(transcript.turns)).toEqual([
      't-smalltalk',
      't-design',
      't-design-follow-up',
      't-design-follow-up-2',
      't-incident',
    ]);
    expect(transcript.turns.map((turn) => turn.number)).toEqual([1, 2, 3, 4, 5]);
    expect(transcript.turns.map((turn) => turn.is_follow_up)).toEqual([false, false, true, true, false]);
    expect(transcript.turns[1]).toMatchObject({
      duration_seconds: 123.4,
      score: 5,
      ai_analysis: expect.any(String),
    });
  });

  it('groups answers under their questions with follow-ups nested, and keeps unreached questions', () => {
    const transcript = build(bundleOf(RESULT_FULL_EN), {
      ...ALL_OFF,
      transcript: true,
      group_by_question: true,
    }).transcript;
    if (transcript?.grouping !== 'by_question') throw new Error('expected a grouped transcript');
    expect(transcript.questions.map((q) => [q.number, q.reached, turnIds(q.answers)])).toEqual([
      [1, true, ['t-design']],
      [2, true, ['t-incident']],
      [3, false, []],
    ]);
    expect(transcript.questions[2]?.question).toBe('How do you help a junior colleague grow?');
    // A follow-up of a follow-up still sits under the answer it all started from.
    expect(turnIds(transcript.questions[0]?.answers[0]?.follow_ups ?? [])).toEqual([
      't-design-follow-up',
      't-design-follow-up-2',
    ]);
    expect(turnIds(transcript.other_turns)).toEqual(['t-smalltalk']);
    // Numbers stay the conversation positions, so a reader can relate both views.
    expect(transcript.questions[1]?.answers[0]?.number).toBe(5);
  });

  it('shows every question as not reached when nothing was answered', () => {
    const transcript = build(bundleOf(RESULT_ALMOST_EMPTY), {
      ...ALL_OFF,
      transcript: true,
      group_by_question: true,
    }).transcript;
    if (transcript?.grouping !== 'by_question') throw new Error('expected a grouped transcript');
    expect(transcript.questions.map((q) => q.reached)).toEqual([false, false, false]);
    expect(transcript.other_turns).toEqual([]);
  });
});

/** The full bundle with the incident question moved first in the interview, so grouping reorders answers. */
function incidentFirst(): ResultBundle {
  const bundle = bundleOf(RESULT_FULL_EN);
  for (const question of bundle.interview.questions) {
    if (question.question.startsWith('Tell us about a production incident')) question.position = 0;
  }
  return bundle;
}

describe('per-answer sections follow the transcript order', () => {
  it('orders analytics chronologically, or by question with group_by_question even without a transcript', () => {
    const chronological = build(incidentFirst(), { ...ALL_OFF, analytics: true }).analytics;
    expect(turnIds(chronological?.answers ?? [])).toEqual(['t-design', 't-design-follow-up', 't-incident']);
    const grouped = build(incidentFirst(), { ...ALL_OFF, analytics: true, group_by_question: true });
    expect(grouped).not.toHaveProperty('transcript');
    expect(turnIds(grouped.analytics?.answers ?? [])).toEqual([
      't-incident',
      't-design',
      't-design-follow-up',
    ]);
  });

  it('orders answer recordings like the grouped transcript when group_by_question is on', () => {
    const data = build(incidentFirst(), {
      ...ALL_OFF,
      answer_recording: true,
      transcript: true,
      group_by_question: true,
    });
    expect(turnIds(data.answer_recordings ?? [])).toEqual(['t-incident', 't-design', 't-design-follow-up']);
    const chronological = build(incidentFirst(), { ...ALL_OFF, answer_recording: true });
    expect(turnIds(chronological.answer_recordings ?? [])).toEqual([
      't-design',
      't-design-follow-up',
      't-incident',
    ]);
  });
});

describe('analytics', () => {
  it('gives every measure of an answer, nulls where it was not measured', () => {
    const analytics = build(bundleOf(RESULT_FULL_EN), { ...ALL_OFF, analytics: true }).analytics;
    expect(analytics?.answers[1]).toEqual({
      turn_id: 't-design-follow-up',
      number: 3,
      question: 'What happened when a device sent a burst?',
      analytics: {
        accuracy: 90,
        fluency: 85,
        completeness: null,
        prosody: null,
        recognition_confidence: null,
        sentiment: null,
        words_per_minute: 150,
      },
    });
  });

  it('is present with no answers for a result that has no analytics', () => {
    expect(build(bundleOf(RESULT_AR), { ...ALL_OFF, analytics: true }).analytics).toEqual({ answers: [] });
  });
});

describe('recordings', () => {
  it('links each recorded answer, audio or video, with the link expiry', () => {
    const recordings = build(bundleOf(RESULT_FULL_EN), {
      ...ALL_OFF,
      answer_recording: true,
    }).answer_recordings;
    expect(recordings?.map((r) => [r.turn_id, r.recording.is_video])).toEqual([
      ['t-design', true],
      ['t-design-follow-up', false],
      ['t-incident', true],
    ]);
    expect(recordings?.[0]?.recording).toEqual({
      url: 'https://signed.example.test/recordings/93c98d21/t-design.webm',
      expires_at: EXPIRES_AT,
      is_video: true,
    });
  });

  it('treats a recording of unknown kind as audio', () => {
    const recordings = build(bundleOf(RESULT_AR), { ...ALL_OFF, answer_recording: true }).answer_recordings;
    expect(recordings?.map((r) => r.recording.is_video)).toEqual([false]);
  });

  it('links the session recording and the video introduction', () => {
    const session = build(bundleOf(RESULT_FULL_EN), {
      ...ALL_OFF,
      session_recording: true,
    }).session_recording;
    expect(session?.session?.url).toBe('https://signed.example.test/recordings/93c98d21/session.webm');
    expect(session?.video_introduction).toEqual({
      url: 'https://signed.example.test/recordings/93c98d21/introduction.mp4',
      expires_at: EXPIRES_AT,
      is_video: true,
    });
  });

  it('says there is no recording with nulls when the section is on but nothing was recorded', () => {
    const data = build(bundleOf(RESULT_ALMOST_EMPTY), {
      ...ALL_OFF,
      session_recording: true,
      answer_recording: true,
    });
    expect(data.session_recording).toEqual({ session: null, video_introduction: null });
    expect(data.answer_recordings).toEqual([]);
  });
});

describe('files', () => {
  it('lists page images resume first, pages numbered from 1, and the contract files from them', () => {
    const data = build(bundleOf(RESULT_FULL_EN), { ...ALL_OFF, files: true });
    expect(data.files?.map((page) => [page.type, page.file_name, page.page])).toEqual([
      ['resume', 'amelia-hart-cv.pdf', 1],
      ['resume', 'amelia-hart-cv.pdf', 2],
      ['cover_letter', 'cover-letter.pdf', 1],
    ]);
    expect(contractFiles(data)).toEqual([
      {
        type: 'resume',
        page: 1,
        page_signed: 'https://signed.example.test/files/c1000000/resume/page-1.png',
      },
      {
        type: 'resume',
        page: 2,
        page_signed: 'https://signed.example.test/files/c1000000/resume/page-2.png',
      },
      {
        type: 'cover_letter',
        page: 1,
        page_signed: 'https://signed.example.test/files/c1000000/cover-letter/page-1.png',
      },
    ]);
  });

  it('gives the contract an empty files list when the toggle is off, and when there are no files', () => {
    const off = build(bundleOf(RESULT_FULL_EN), { ...ALL_ON, files: false });
    expect(contractFiles(off)).toEqual([]);
    const none = build(bundleOf(RESULT_JA), { ...ALL_OFF, files: true });
    expect(none.files).toEqual([]);
    expect(contractFiles(none)).toEqual([]);
  });
});

describe('the almost-empty result', () => {
  it('has every section it is asked for, with nulls and empty lists, and still fits the schema', () => {
    const data = build(bundleOf(RESULT_ALMOST_EMPTY), ALL_ON);
    expect(data.header).toMatchObject({ interview_date: null, duration_seconds: null, status: 'abandoned' });
    expect(Object.values(data.scores)).toEqual([null, null, null, null, null, null, null]);
    expect(data.risk_flags).toEqual([]);
    expect(data.contact_details).toEqual({
      email: null,
      linkedin_url: null,
      phone_number: null,
      address: null,
    });
    expect(data.ai_recruiter_assessment).toEqual({
      summary: null,
      key_statement: null,
      reasons_to_hire: [],
      reasons_not_to_hire: [],
      resume_analysis: null,
    });
    expect(data.analytics).toEqual({ answers: [] });
    expect(data.files).toEqual([]);
  });
});

describe('determinism and purity', () => {
  it('gives the same bytes whatever order the store returned turns, files and questions in', () => {
    const shuffled = bundleOf(RESULT_FULL_EN);
    shuffled.turns.reverse();
    shuffled.files.reverse();
    shuffled.interview.questions.reverse();
    shuffled.result.rubric_evaluation.reverse();
    expect(JSON.stringify(build(shuffled, ALL_ON))).toBe(
      JSON.stringify(build(bundleOf(RESULT_FULL_EN), ALL_ON)),
    );
  });

  it('leaves its input unchanged', () => {
    const bundle = bundleOf(RESULT_FULL_EN);
    build(bundle, ALL_ON);
    build(bundle, { ...ALL_ON, group_by_question: false });
    expect(bundle).toEqual(bundleOf(RESULT_FULL_EN));
  });

  it('refuses to build a linked section it was given no signed link for', () => {
    const bundle = bundleOf(RESULT_FULL_EN);
    const features = { ...ALL_OFF, session_recording: true };
    expect(() => buildReportData(bundle, { features, template: 'modern' }, new Map(), 'en')).toThrow(
      MissingSignedLinkError,
    );
  });

  it('passes the template through', () => {
    const bundle = bundleOf(RESULT_JA);
    const data = buildReportData(bundle, { features: ALL_OFF, template: 'one_pager' }, new Map(), 'ja');
    expect(data.template).toBe('one_pager');
  });
});
