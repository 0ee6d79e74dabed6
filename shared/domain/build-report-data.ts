/**
 * The report model builder: one result bundle + resolved options → `ReportData`.
 *
 * Pure and deterministic: no clock, no I/O, no randomness; the same inputs give the same bytes
 * once serialized, which the PDF cache key relies on (docs/design.md, "PDFs addressed by content").
 * Links come in already signed (see `objects-to-sign.ts`). A section whose toggle is off is left out of the object
 * entirely; a section that is on but has nothing to show is present with nulls or empty lists.
 */

import type { SignedLinks } from './objects-to-sign.ts';
import type { ReportRequest } from './options.ts';
import type {
  CandidateFileRecord,
  ExpectedQuestion,
  FileType,
  LanguageCode,
  ResultBundle,
  RiskSeverity,
  RubricExpectationEvaluation,
  TurnRecord,
} from './records.ts';
import type {
  ContractFilePage,
  ReportAnalytics,
  ReportAnswerAnalyticsEntry,
  ReportAnswerRecording,
  ReportAssessment,
  ReportContactDetails,
  ReportData,
  ReportFilePage,
  ReportHeader,
  ReportRiskFlag,
  ReportRubricExpectation,
  ReportRubricQuestion,
  ReportScores,
  ReportSessionRecording,
  ReportTranscript,
  ReportTurn,
  SignedLink,
} from './report-model.ts';
import {
  answerOrder,
  chronologicalTurns,
  groupTurnsByQuestion,
  isFollowUp,
  orderedQuestions,
} from './transcript-structure.ts';

/** What the builder needs of a request; a `ReportRequest` fits, and so do the worker's auto-export settings. */
export type ReportBuildOptions = Pick<ReportRequest, 'features' | 'template'>;

/** A link the builder was told to use but was not given: the caller signed the wrong set. */
export class MissingSignedLinkError extends Error {
  override readonly name = 'MissingSignedLinkError';
  constructor(readonly key: string) {
    super(`No signed link for object "${key}"`);
  }
}

/** The platform stores durations in deciseconds (`duration_ds`, reference `/job-interview-details`). */
function secondsFromDeciseconds(durationDs: number | null): number | null {
  return durationDs === null ? null : durationDs / 10;
}

const SEVERITY_RANK: Record<RiskSeverity, number> = { high: 0, medium: 1, low: 2 };
const FILE_TYPE_RANK: Record<FileType, number> = { resume: 0, cover_letter: 1 };
const RUBRIC_LEVELS = ['strong', 'moderate', 'weak'] as const;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function linkFor(links: SignedLinks, key: string, isVideo: boolean): SignedLink {
  const signed = links.get(key);
  if (signed === undefined) throw new MissingSignedLinkError(key);
  return { url: signed.url, expires_at: signed.expires_at, is_video: isVideo };
}

function header(bundle: ResultBundle): ReportHeader {
  const { result, interview, candidate } = bundle;
  return {
    candidate_name: candidate.name,
    interview_name: interview.name,
    position: interview.position,
    interview_date: result.start,
    duration_seconds: secondsFromDeciseconds(result.duration_ds),
    interview_language: result.mojito_language_code,
    status: result.status,
    decision: result.decision,
  };
}

function scores(bundle: ResultBundle): ReportScores {
  const { result } = bundle;
  return {
    overall: result.score,
    answer_ai: result.score_answer,
    interview_ai: result.score_interview,
    pronunciation: result.score_pronunciation,
    sentiment: result.score_sentiment,
    words_per_minute: result.score_words_per_minute,
    coverage_percentage: result.ai_interview_coverage_percentage,
  };
}

/** Most severe first so the warning a recruiter must not miss comes first; stored order otherwise. */
function riskFlags(bundle: ResultBundle): ReportRiskFlag[] {
  return bundle.result.recruiter_risks
    .map((flag, index) => ({ flag, index }))
    .sort((a, b) => SEVERITY_RANK[a.flag.severity] - SEVERITY_RANK[b.flag.severity] || a.index - b.index)
    .map(({ flag }) => ({ code: flag.code, severity: flag.severity, description: flag.description }));
}

function contactDetails(bundle: ResultBundle): ReportContactDetails {
  const { candidate } = bundle;
  return {
    email: candidate.email,
    linkedin_url: candidate.linkedin_url,
    phone_number: candidate.phone_number,
    address: candidate.address,
  };
}

function assessment(bundle: ResultBundle): ReportAssessment {
  const { result } = bundle;
  return {
    summary: result.ai_analysis_recruiter,
    key_statement: result.key_statement?.quote ?? null,
    reasons_to_hire: [...result.reasons_to_hire],
    reasons_not_to_hire: [...result.reasons_not_to_hire],
    resume_analysis: result.resume_analysis,
  };
}

/**
 * The rubric per expected question, in interview order: each expectation the interview defines
 * (strong, then moderate, then weak, in the definition's order) with the verdict the AI gave it,
 * `not_discussed` when it gave none; verdicts on expectations the definition does not list follow
 * within their level. Evaluations of a question the interview does not have are left out: there is
 * no question to show them under.
 */
function rubric(bundle: ResultBundle): { questions: ReportRubricQuestion[] } {
  const evaluationsOf = new Map<string, RubricExpectationEvaluation[]>();
  for (const evaluation of bundle.result.rubric_evaluation) {
    const list = evaluationsOf.get(evaluation.question_original_id) ?? [];
    list.push(evaluation);
    evaluationsOf.set(evaluation.question_original_id, list);
  }
  const questions: ReportRubricQuestion[] = [];
  for (const question of orderedQuestions(bundle.interview.questions)) {
    const evaluations = evaluationsOf.get(question.id) ?? [];
    if (question.candidate_expectations_json === null && evaluations.length === 0) continue;
    questions.push({
      question_original_id: question.id,
      question: question.question,
      expectations: rubricExpectations(question, evaluations),
    });
  }
  return { questions };
}

function rubricExpectations(
  question: ExpectedQuestion,
  evaluations: readonly RubricExpectationEvaluation[],
): ReportRubricExpectation[] {
  const used = new Set<RubricExpectationEvaluation>();
  const expectations: ReportRubricExpectation[] = [];
  for (const level of RUBRIC_LEVELS) {
    for (const expectation of question.candidate_expectations_json?.[level] ?? []) {
      const evaluation = evaluations.find(
        (candidate) =>
          !used.has(candidate) && candidate.level === level && candidate.expectation === expectation,
      );
      if (evaluation !== undefined) used.add(evaluation);
      expectations.push({
        level,
        expectation,
        verdict: evaluation?.verdict ?? 'not_discussed',
        evidence: evaluation?.evidence ?? null,
      });
    }
    for (const evaluation of evaluations) {
      if (evaluation.level !== level || used.has(evaluation)) continue;
      used.add(evaluation);
      expectations.push({
        level,
        expectation: evaluation.expectation,
        verdict: evaluation.verdict,
        evidence: evaluation.evidence,
      });
    }
  }
  return expectations;
}

/** Turn numbering and follow-up detection shared by every section that lists turns. */
interface TurnIndex {
  numberOf: ReadonlyMap<string, number>;
  byId: ReadonlyMap<string, TurnRecord>;
}

function indexTurns(turns: readonly TurnRecord[]): TurnIndex {
  const ordered = chronologicalTurns(turns);
  return {
    numberOf: new Map(ordered.map((turn, index) => [turn.id, index + 1])),
    byId: new Map(ordered.map((turn) => [turn.id, turn])),
  };
}

function numberOf(index: TurnIndex, turn: TurnRecord): number {
  // Every turn was indexed from the same list, so the number is always there.
  return index.numberOf.get(turn.id) ?? 0;
}

function reportTurn(turn: TurnRecord, index: TurnIndex): ReportTurn {
  return {
    turn_id: turn.id,
    number: numberOf(index, turn),
    question_original_id: turn.question_original_id,
    is_follow_up: isFollowUp(turn, index.byId),
    question: turn.question_asked,
    answer: turn.answer,
    ai_analysis: turn.ai_analysis_recruiter,
    score: turn.score,
    duration_seconds: secondsFromDeciseconds(turn.duration_ds),
  };
}

function transcript(bundle: ResultBundle, groupByQuestion: boolean, index: TurnIndex): ReportTranscript {
  if (!groupByQuestion) {
    return {
      grouping: 'chronological',
      turns: chronologicalTurns(bundle.turns).map((turn) => reportTurn(turn, index)),
    };
  }
  const grouped = groupTurnsByQuestion(bundle.turns, bundle.interview.questions);
  return {
    grouping: 'by_question',
    questions: grouped.questions.map((group) => ({
      question_original_id: group.question.id,
      number: group.number,
      question: group.question.question,
      reached: group.answers.length > 0,
      answers: group.answers.map((entry) => ({
        ...reportTurn(entry.answer, index),
        follow_ups: entry.followUps.map((turn) => reportTurn(turn, index)),
      })),
    })),
    other_turns: grouped.otherTurns.map((turn) => reportTurn(turn, index)),
  };
}

function analytics(ordered: readonly TurnRecord[], index: TurnIndex): ReportAnalytics {
  const answers: ReportAnswerAnalyticsEntry[] = [];
  for (const turn of ordered) {
    const raw = turn.answer_assessment_raw_data;
    if (raw === null) continue;
    answers.push({
      turn_id: turn.id,
      number: numberOf(index, turn),
      question: turn.question_asked,
      analytics: {
        accuracy: raw.accuracy,
        fluency: raw.fluency,
        completeness: raw.completeness,
        prosody: raw.prosody,
        recognition_confidence: raw.recognition_confidence,
        sentiment: raw.sentiment,
        words_per_minute: raw.words_per_minute,
      },
    });
  }
  return { answers };
}

function answerRecordings(
  ordered: readonly TurnRecord[],
  index: TurnIndex,
  links: SignedLinks,
): ReportAnswerRecording[] {
  const recordings: ReportAnswerRecording[] = [];
  for (const turn of ordered) {
    if (turn.recording_local_path === null) continue;
    recordings.push({
      turn_id: turn.id,
      number: numberOf(index, turn),
      question: turn.question_asked,
      recording: linkFor(links, turn.recording_local_path, turn.recording_is_video ?? false),
    });
  }
  return recordings;
}

function sessionRecording(bundle: ResultBundle, links: SignedLinks): ReportSessionRecording {
  const { recording_local_path, recording_is_video, video_introduction_local_path } = bundle.result;
  return {
    session:
      recording_local_path === null
        ? null
        : linkFor(links, recording_local_path, recording_is_video ?? false),
    // A video introduction is a video by definition.
    video_introduction:
      video_introduction_local_path === null ? null : linkFor(links, video_introduction_local_path, true),
  };
}

/** Resume before cover letter, then by file name and id, so the order never depends on the store. */
function orderedFiles(files: readonly CandidateFileRecord[]): CandidateFileRecord[] {
  return [...files].sort(
    (a, b) =>
      FILE_TYPE_RANK[a.type] - FILE_TYPE_RANK[b.type] ||
      compareStrings(a.file_name, b.file_name) ||
      compareStrings(a.file_id, b.file_id),
  );
}

function filePages(bundle: ResultBundle, links: SignedLinks): ReportFilePage[] {
  return orderedFiles(bundle.files).flatMap((file) =>
    file.page_keys.map((key, pageIndex) => {
      const link = linkFor(links, key, false);
      return {
        type: file.type,
        file_name: file.file_name,
        page: pageIndex + 1,
        page_signed: link.url,
        expires_at: link.expires_at,
      };
    }),
  );
}

/**
 * Builds the `data` of one result.
 *
 * `reportLanguage` is the language of the report's labels (`mojito_language_code` of the request,
 * or the result's own); the content is taken from the bundle as given (translation, when it
 * exists, happens before this call). Every key the toggles need must be in `signedLinks`
 * (`objectKeysToSign` names them), else `MissingSignedLinkError`.
 *
 * @example
 * const links = await signAll(objectKeysToSign(bundle, request.features));
 * const data = buildReportData(bundle, request, links, request.language ?? bundle.result.mojito_language_code);
 * data.transcript?.grouping; // 'chronological'
 */
export function buildReportData(
  bundle: ResultBundle,
  options: ReportBuildOptions,
  signedLinks: SignedLinks,
  reportLanguage: LanguageCode,
): ReportData {
  const { features } = options;
  const index = indexTurns(bundle.turns);
  const ordered = answerOrder(bundle.turns, bundle.interview.questions, features.group_by_question);
  const data: ReportData = {
    interview_result_id: bundle.result.interview_result_id,
    report_language: reportLanguage,
    template: options.template,
    header: header(bundle),
    scores: scores(bundle),
    risk_flags: riskFlags(bundle),
  };
  // Keys are added in one fixed order so serialized reports compare byte for byte.
  if (features.contact_details) data.contact_details = contactDetails(bundle);
  if (features.ai_recruiter_assessment) data.ai_recruiter_assessment = assessment(bundle);
  // The contract: ai_scoring_rubric "only takes effect when ai_recruiter_assessment is also true".
  if (features.ai_recruiter_assessment && features.ai_scoring_rubric) data.ai_scoring_rubric = rubric(bundle);
  if (features.transcript) data.transcript = transcript(bundle, features.group_by_question, index);
  if (features.analytics) data.analytics = analytics(ordered, index);
  if (features.answer_recording) data.answer_recordings = answerRecordings(ordered, index, signedLinks);
  if (features.session_recording) data.session_recording = sessionRecording(bundle, signedLinks);
  if (features.files) data.files = filePages(bundle, signedLinks);
  return data;
}

/**
 * The contract's `json_export.results[].files`: `{ type, page, page_signed }` per page, from the
 * report's file pages; empty when the files section is off or there is nothing to show.
 *
 * @example contractFiles(data) // [{ type: 'resume', page: 1, page_signed: 'https://…' }]
 */
export function contractFiles(data: Pick<ReportData, 'files'>): ContractFilePage[] {
  return (data.files ?? []).map((page) => ({
    type: page.type,
    page: page.page,
    page_signed: page.page_signed,
  }));
}
