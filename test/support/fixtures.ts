/**
 * Realistic result bundles for unit tests: two merchants, results in English, Japanese and Arabic,
 * follow-ups (nested two deep), an unreached question, small talk outside the expected questions,
 * files, recordings, rubric verdicts, risk flags, and one result with almost nothing filled in.
 * Every getter returns a fresh deep copy, so a test may change what it gets.
 */
import {
  DEFAULT_EXPORT_FEATURES,
  type ExportFeatures,
  type ReportRequest,
} from '../../shared/domain/options.ts';
import type {
  CandidateRecord,
  InterviewRecord,
  InterviewResultRecord,
  MembershipRecord,
  MerchantRecord,
  ResultBundle,
  SpeechAnalytics,
  TurnRecord,
} from '../../shared/domain/records.ts';

export const MERCHANT_ACME = '0b9f3f52-6f4e-4c1e-9d0a-2f5f6c1a7e01';
const MERCHANT_GLOBEX = '7d2c8e44-1a3b-4f6d-8e9f-0a1b2c3d4e02';

export const USER_ACME_RECRUITER = 'b5e1c0de-2f0a-4c9b-8a7d-6e5f4a3b2c11';
const USER_GLOBEX_OWNER = 'c6f2d1ef-3a1b-4dac-9b8e-7f6a5b4c3d22';
/** Signed in, but a member of no merchant. */
export const USER_WITHOUT_MEMBERSHIP = 'd7a3e2f0-4b2c-4ebd-8c9f-8a7b6c5d4e33';

export const RESULT_FULL_EN = '93c98d21-e04d-4a84-9afa-ed154cf73636';
export const RESULT_JA = '4f1a2b3c-5d6e-4f70-8192-a3b4c5d6e7f8';
export const RESULT_AR = '5a2b3c4d-6e7f-4081-92a3-b4c5d6e7f809';
export const RESULT_ALMOST_EMPTY = '6b3c4d5e-7f80-4192-a3b4-c5d6e7f8091a';
export const RESULT_OTHER_MERCHANT = '7c4d5e6f-8091-42a3-b4c5-d6e7f8091a2b';
/** An id that exists nowhere. */
export const RESULT_UNKNOWN = '8d5e6f70-91a2-43b4-c5d6-e7f8091a2b3c';

export const MEMBERSHIPS: readonly MembershipRecord[] = [
  { user_id: USER_ACME_RECRUITER, merchant_id: MERCHANT_ACME, role: 'recruiter' },
  { user_id: USER_GLOBEX_OWNER, merchant_id: MERCHANT_GLOBEX, role: 'owner' },
];

export const MERCHANTS: readonly MerchantRecord[] = [
  { merchant_id: MERCHANT_ACME, name: 'Acme Recruiting', credits_balance_tenths: 125 },
  { merchant_id: MERCHANT_GLOBEX, name: 'Globex Talent', credits_balance_tenths: 0 },
];

const Q_DESIGN = 'f1000000-0000-4000-8000-000000000001';
const Q_INCIDENT = 'f1000000-0000-4000-8000-000000000002';
const Q_MENTORING = 'f1000000-0000-4000-8000-000000000003';

function analytics(values: Partial<SpeechAnalytics>): SpeechAnalytics {
  return {
    accuracy: null,
    fluency: null,
    completeness: null,
    prosody: null,
    recognition_confidence: null,
    sentiment: null,
    words_per_minute: null,
    ...values,
  };
}

function turn(values: Partial<TurnRecord> & Pick<TurnRecord, 'id' | 'sequence'>): TurnRecord {
  return {
    question_original_id: null,
    parent_turn_id: null,
    question_asked: null,
    answer: null,
    ai_analysis_recruiter: null,
    score: null,
    duration_ds: null,
    mojito_language_code: null,
    answer_assessment_raw_data: null,
    recording_local_path: null,
    recording_is_video: null,
    ...values,
  };
}

function result(
  values: Partial<InterviewResultRecord> &
    Pick<InterviewResultRecord, 'interview_result_id' | 'merchant_id' | 'interview_id' | 'candidate_id'>,
): InterviewResultRecord {
  return {
    mojito_language_code: 'en',
    status: 'completed',
    decision: 'undecided',
    start: null,
    end: null,
    duration_ds: null,
    score: null,
    score_answer: null,
    score_interview: null,
    score_pronunciation: null,
    score_sentiment: null,
    score_words_per_minute: null,
    ai_interview_coverage_percentage: null,
    ai_analysis_recruiter: null,
    reasons_to_hire: [],
    reasons_not_to_hire: [],
    key_statement: null,
    resume_analysis: null,
    recruiter_risks: [],
    rubric_evaluation: [],
    recording_local_path: null,
    recording_is_video: null,
    video_introduction_local_path: null,
    pdf_export_url: null,
    pdf_export_valid_until: null,
    pdf_export_version: null,
    ...values,
  };
}

const BACKEND_INTERVIEW: InterviewRecord = {
  interview_id: 'e1000000-0000-4000-8000-0000000000a1',
  merchant_id: MERCHANT_ACME,
  name: 'Backend engineer: first round',
  position: 'Senior Backend Engineer',
  mojito_language_code: 'en',
  // Stored out of position order on purpose: the report must follow `position`.
  questions: [
    {
      id: Q_MENTORING,
      position: 3,
      question: 'How do you help a junior colleague grow?',
      candidate_expectations_json: null,
    },
    {
      id: Q_DESIGN,
      position: 1,
      question: 'Walk us through the design of a service you built that handles heavy write traffic.',
      candidate_expectations_json: {
        strong: ['Explains partitioning and why the key was chosen', 'Names a measured throughput figure'],
        moderate: ['Describes the main components'],
        weak: ['Only lists technologies'],
      },
    },
    {
      id: Q_INCIDENT,
      position: 2,
      question: 'Tell us about a production incident you led.',
      candidate_expectations_json: {
        strong: ['Describes a blameless post-mortem'],
        moderate: ['Explains the timeline'],
        weak: [],
      },
    },
  ],
  pdf_export_auto_config: null,
};

const FULL_CANDIDATE: CandidateRecord = {
  candidate_id: 'c1000000-0000-4000-8000-0000000000b1',
  merchant_id: MERCHANT_ACME,
  name: 'Amelia Hart',
  email: 'amelia.hart@example.com',
  linkedin_url: 'https://www.linkedin.com/in/amelia-hart-example',
  phone_number: '+44 20 7946 0958',
  address: '12 Chapel Street, Manchester M3 5JZ, United Kingdom',
};

const FULL_TURNS: TurnRecord[] = [
  // Stored out of sequence order on purpose: the report must follow `sequence`.
  turn({
    id: 't-design',
    sequence: 1,
    question_original_id: Q_DESIGN,
    question_asked: 'Walk us through the design of a service you built that handles heavy write traffic.',
    answer:
      'At Fieldline I built the telemetry ingest. We partitioned by device id because reads were always per device, and held about 40k writes a second.',
    ai_analysis_recruiter: 'Concrete, with a measured figure and a reasoned partition key.',
    score: 5,
    duration_ds: 1234,
    mojito_language_code: 'en',
    answer_assessment_raw_data: analytics({
      accuracy: 92,
      fluency: 88,
      completeness: 95,
      prosody: 81,
      recognition_confidence: 97,
      sentiment: 0.4,
      words_per_minute: 138,
    }),
    recording_local_path: 'recordings/93c98d21/t-design.webm',
    recording_is_video: true,
  }),
  turn({
    id: 't-smalltalk',
    sequence: 0,
    question_asked: 'Before we begin: can you hear me well?',
    answer: 'Yes, loud and clear.',
    duration_ds: 31,
  }),
  turn({
    id: 't-design-follow-up',
    sequence: 2,
    parent_turn_id: 't-design',
    question_asked: 'What happened when a device sent a burst?',
    answer: 'We buffered in the edge queue and shed load above a per-device quota.',
    ai_analysis_recruiter: 'Knows back-pressure in practice.',
    score: 4,
    duration_ds: 402,
    answer_assessment_raw_data: analytics({ accuracy: 90, fluency: 85, words_per_minute: 150 }),
    recording_local_path: 'recordings/93c98d21/t-design-follow-up.webm',
    recording_is_video: false,
  }),
  turn({
    id: 't-design-follow-up-2',
    sequence: 3,
    parent_turn_id: 't-design-follow-up',
    question_asked: 'And how did you pick the quota?',
    answer: 'From a week of p99 traffic per device, plus headroom.',
    score: 4,
    duration_ds: 188,
  }),
  turn({
    id: 't-incident',
    sequence: 4,
    question_original_id: Q_INCIDENT,
    question_asked: 'Tell us about a production incident you led.',
    answer:
      'A certificate expired on a Sunday. I coordinated the rollback, and we wrote a blameless post-mortem that led to automated renewal.',
    ai_analysis_recruiter: 'Clear ownership; blameless culture.',
    score: 4,
    duration_ds: 955,
    answer_assessment_raw_data: analytics({
      accuracy: 89,
      fluency: 90,
      completeness: 87,
      prosody: 79,
      recognition_confidence: 95,
      sentiment: 0.1,
      words_per_minute: 131,
    }),
    recording_local_path: 'recordings/93c98d21/t-incident.webm',
    recording_is_video: true,
  }),
];

const FULL_RESULT = result({
  interview_result_id: RESULT_FULL_EN,
  merchant_id: MERCHANT_ACME,
  interview_id: BACKEND_INTERVIEW.interview_id,
  candidate_id: FULL_CANDIDATE.candidate_id,
  mojito_language_code: 'en',
  status: 'completed',
  decision: 'shortlisted',
  start: '2026-03-02T09:15:00.000Z',
  end: '2026-03-02T09:42:30.000Z',
  duration_ds: 16_500,
  score: 84,
  score_answer: 86,
  score_interview: 82,
  score_pronunciation: 90,
  score_sentiment: 71,
  score_words_per_minute: 77,
  ai_interview_coverage_percentage: 67,
  ai_analysis_recruiter:
    'A strong systems engineer who grounds claims in numbers. Ran out of time before the mentoring question.',
  reasons_to_hire: ['Designs for measured load', 'Leads incidents calmly'],
  reasons_not_to_hire: ['Mentoring experience not shown'],
  key_statement: {
    quote: 'We partitioned by device id because reads were always per device.',
    result_question_id: 't-design',
  },
  resume_analysis: 'Eight years of backend work, the last four on high-volume ingest.',
  recruiter_risks: [
    { code: 'short_tenure', severity: 'low', description: 'Two roles shorter than a year.' },
    { code: 'inconsistent_dates', severity: 'high', description: 'Resume dates overlap by six months.' },
  ],
  rubric_evaluation: [
    {
      question_original_id: Q_DESIGN,
      level: 'strong',
      expectation: 'Names a measured throughput figure',
      verdict: 'confirmed',
      evidence: 'about 40k writes a second',
    },
    {
      question_original_id: Q_DESIGN,
      level: 'weak',
      expectation: 'Only lists technologies',
      verdict: 'rejected',
      evidence: null,
    },
    {
      question_original_id: Q_INCIDENT,
      level: 'strong',
      expectation: 'Describes a blameless post-mortem',
      verdict: 'confirmed',
      evidence: 'we wrote a blameless post-mortem',
    },
    {
      // An expectation the definition no longer lists (edited after the interview).
      question_original_id: Q_INCIDENT,
      level: 'moderate',
      expectation: 'Mentions on-call rotation',
      verdict: 'not_discussed',
      evidence: null,
    },
  ],
  recording_local_path: 'recordings/93c98d21/session.webm',
  recording_is_video: true,
  video_introduction_local_path: 'recordings/93c98d21/introduction.mp4',
});

const FULL_BUNDLE: ResultBundle = {
  result: FULL_RESULT,
  turns: FULL_TURNS,
  interview: BACKEND_INTERVIEW,
  candidate: FULL_CANDIDATE,
  files: [
    // Cover letter stored first on purpose: the report lists the resume first.
    {
      file_id: 'a1000000-0000-4000-8000-0000000000c2',
      type: 'cover_letter',
      file_name: 'cover-letter.pdf',
      page_keys: ['files/c1000000/cover-letter/page-1.png'],
    },
    {
      file_id: 'a1000000-0000-4000-8000-0000000000c1',
      type: 'resume',
      file_name: 'amelia-hart-cv.pdf',
      page_keys: ['files/c1000000/resume/page-1.png', 'files/c1000000/resume/page-2.png'],
    },
  ],
};

const JA_BUNDLE: ResultBundle = {
  interview: {
    interview_id: 'e1000000-0000-4000-8000-0000000000a2',
    merchant_id: MERCHANT_ACME,
    name: 'カスタマーサポート 一次面接',
    position: 'カスタマーサポート担当',
    mojito_language_code: 'ja',
    questions: [
      {
        id: 'f2000000-0000-4000-8000-000000000001',
        position: 1,
        question: 'お客様からの厳しいご意見にどう対応しましたか？',
        candidate_expectations_json: { strong: ['具体的な事例を挙げる'], moderate: [], weak: [] },
      },
    ],
    pdf_export_auto_config: null,
  },
  candidate: {
    candidate_id: 'c1000000-0000-4000-8000-0000000000b2',
    merchant_id: MERCHANT_ACME,
    name: '佐藤 花子',
    email: 'hanako.sato@example.jp',
    linkedin_url: null,
    phone_number: '+81 3-1234-5678',
    address: null,
  },
  result: result({
    interview_result_id: RESULT_JA,
    merchant_id: MERCHANT_ACME,
    interview_id: 'e1000000-0000-4000-8000-0000000000a2',
    candidate_id: 'c1000000-0000-4000-8000-0000000000b2',
    mojito_language_code: 'ja',
    status: 'completed',
    decision: 'hired',
    start: '2026-02-18T01:00:00.000Z',
    end: '2026-02-18T01:12:00.000Z',
    duration_ds: 7_200,
    score: 91,
    score_answer: 90,
    score_interview: 92,
    score_pronunciation: 94,
    score_sentiment: 88,
    score_words_per_minute: 85,
    ai_interview_coverage_percentage: 100,
    ai_analysis_recruiter: '丁寧で具体的な回答。顧客対応の経験が豊富です。',
    reasons_to_hire: ['具体的な事例を挙げた'],
    reasons_not_to_hire: [],
    key_statement: { quote: 'まずお客様のお話を最後までお聞きしました。', result_question_id: null },
    recruiter_risks: [],
  }),
  turns: [
    turn({
      id: 't-ja-1',
      sequence: 0,
      question_original_id: 'f2000000-0000-4000-8000-000000000001',
      question_asked: 'お客様からの厳しいご意見にどう対応しましたか？',
      answer: 'まずお客様のお話を最後までお聞きしました。その後、解決策を二つご提案しました。',
      ai_analysis_recruiter: '傾聴と解決志向が見られる。',
      score: 5,
      duration_ds: 845,
      mojito_language_code: 'ja',
      answer_assessment_raw_data: analytics({ accuracy: 96, fluency: 93, words_per_minute: 210 }),
    }),
  ],
  files: [],
};

const AR_BUNDLE: ResultBundle = {
  interview: {
    interview_id: 'e1000000-0000-4000-8000-0000000000a3',
    merchant_id: MERCHANT_ACME,
    name: 'مقابلة محاسب',
    position: 'محاسب أول',
    mojito_language_code: 'ar',
    questions: [
      {
        id: 'f3000000-0000-4000-8000-000000000001',
        position: 1,
        question: 'حدثنا عن خبرتك في إعداد القوائم المالية.',
        candidate_expectations_json: null,
      },
    ],
    pdf_export_auto_config: null,
  },
  candidate: {
    candidate_id: 'c1000000-0000-4000-8000-0000000000b3',
    merchant_id: MERCHANT_ACME,
    name: 'ليلى حداد',
    email: 'layla.haddad@example.com',
    linkedin_url: null,
    phone_number: null,
    address: 'عمّان، الأردن',
  },
  result: result({
    interview_result_id: RESULT_AR,
    merchant_id: MERCHANT_ACME,
    interview_id: 'e1000000-0000-4000-8000-0000000000a3',
    candidate_id: 'c1000000-0000-4000-8000-0000000000b3',
    mojito_language_code: 'ar',
    status: 'completed',
    decision: 'rejected',
    start: '2026-01-20T10:00:00.000Z',
    duration_ds: 5_400,
    score: 84,
    score_answer: 80,
    ai_interview_coverage_percentage: 100,
    ai_analysis_recruiter: 'إجابات عامة تفتقر إلى أمثلة محددة.',
    reasons_not_to_hire: ['لم يذكر أمثلة عملية'],
    recruiter_risks: [{ code: 'vague_answers', severity: 'medium', description: 'إجابات عامة.' }],
  }),
  turns: [
    turn({
      id: 't-ar-1',
      sequence: 0,
      question_original_id: 'f3000000-0000-4000-8000-000000000001',
      question_asked: 'حدثنا عن خبرتك في إعداد القوائم المالية.',
      answer: 'عملت في إعداد القوائم المالية لمدة خمس سنوات.',
      score: 2,
      duration_ds: 300,
      recording_local_path: 'recordings/5a2b3c4d/t-ar-1.m4a',
      recording_is_video: null,
    }),
  ],
  files: [
    {
      file_id: 'a1000000-0000-4000-8000-0000000000c3',
      type: 'resume',
      file_name: 'السيرة الذاتية.pdf',
      page_keys: ['files/c1000000-b3/resume/page-1.png'],
    },
  ],
};

/** A result that started and stopped at once: no answers, no scores, no AI text, no files. */
const ALMOST_EMPTY_BUNDLE: ResultBundle = {
  interview: { ...BACKEND_INTERVIEW },
  candidate: {
    candidate_id: 'c1000000-0000-4000-8000-0000000000b4',
    merchant_id: MERCHANT_ACME,
    name: 'Jordan Lee',
    email: null,
    linkedin_url: null,
    phone_number: null,
    address: null,
  },
  result: result({
    interview_result_id: RESULT_ALMOST_EMPTY,
    merchant_id: MERCHANT_ACME,
    interview_id: BACKEND_INTERVIEW.interview_id,
    candidate_id: 'c1000000-0000-4000-8000-0000000000b4',
    status: 'abandoned',
  }),
  turns: [],
  files: [],
};

const OTHER_MERCHANT_BUNDLE: ResultBundle = {
  interview: {
    interview_id: 'e2000000-0000-4000-8000-0000000000a9',
    merchant_id: MERCHANT_GLOBEX,
    name: 'Warehouse lead',
    position: 'Warehouse Team Lead',
    mojito_language_code: 'en',
    questions: [],
    pdf_export_auto_config: null,
  },
  candidate: {
    candidate_id: 'c2000000-0000-4000-8000-0000000000b9',
    merchant_id: MERCHANT_GLOBEX,
    name: 'Sam Okafor',
    email: 'sam.okafor@example.org',
    linkedin_url: null,
    phone_number: null,
    address: null,
  },
  result: result({
    interview_result_id: RESULT_OTHER_MERCHANT,
    merchant_id: MERCHANT_GLOBEX,
    interview_id: 'e2000000-0000-4000-8000-0000000000a9',
    candidate_id: 'c2000000-0000-4000-8000-0000000000b9',
    score: 70,
  }),
  turns: [],
  files: [],
};

const BUNDLES: Record<string, ResultBundle> = {
  [RESULT_FULL_EN]: FULL_BUNDLE,
  [RESULT_JA]: JA_BUNDLE,
  [RESULT_AR]: AR_BUNDLE,
  [RESULT_ALMOST_EMPTY]: ALMOST_EMPTY_BUNDLE,
  [RESULT_OTHER_MERCHANT]: OTHER_MERCHANT_BUNDLE,
};

/** A fresh copy of one fixture bundle. */
export function bundleOf(resultId: string): ResultBundle {
  const bundle = BUNDLES[resultId];
  if (bundle === undefined) throw new Error(`No fixture bundle ${resultId}`);
  return structuredClone(bundle);
}

/** Fresh copies of every fixture bundle (both merchants). */
export function allBundles(): ResultBundle[] {
  return Object.keys(BUNDLES).map(bundleOf);
}

/** Every toggle off: the smallest report. */
export const ALL_OFF: Readonly<ExportFeatures> = Object.freeze({
  contact_details: false,
  ai_recruiter_assessment: false,
  ai_scoring_rubric: false,
  analytics: false,
  transcript: false,
  files: false,
  answer_recording: false,
  session_recording: false,
  group_by_question: false,
});

/** Every toggle on. */
export const ALL_ON: Readonly<ExportFeatures> = Object.freeze({
  contact_details: true,
  ai_recruiter_assessment: true,
  ai_scoring_rubric: true,
  analytics: true,
  transcript: true,
  files: true,
  answer_recording: true,
  session_recording: true,
  group_by_question: true,
});

/** A validated request as the contract layer would produce it; defaults as the contract states. */
export function requestFor(ids: string[], overrides: Partial<ReportRequest> = {}): ReportRequest {
  return {
    export_type: 'json',
    interview_result_ids: ids,
    combined: ids.length > 1,
    features: { ...DEFAULT_EXPORT_FEATURES },
    template: 'classic',
    language: null,
    store_file: false,
    ...overrides,
  };
}
