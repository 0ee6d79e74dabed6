/**
 * The report model: what `json_export.results[].data` holds and what the HTML templates print.
 *
 * snake_case and stable: integrators store it. A section whose toggle is off is absent (the key is
 * not there), never empty; a section that is on but has no data is present with nulls / empty lists.
 * Documented with its JSON Schema in `docs/report-json.md` (`shared/domain/report-data.schema.json`).
 */
import type { ReportTemplate } from './options.ts';
import type {
  FileType,
  LanguageCode,
  RecruiterDecision,
  ResultStatus,
  RiskSeverity,
  RubricVerdict,
} from './records.ts';

/** A presigned GET URL and when it stops working (ISO timestamp). */
export interface SignedLink {
  url: string;
  expires_at: string;
  is_video: boolean;
}

export interface ReportScores {
  /** 0–100 unless stated. */
  overall: number | null;
  answer_ai: number | null;
  interview_ai: number | null;
  pronunciation: number | null;
  sentiment: number | null;
  words_per_minute: number | null;
  coverage_percentage: number | null;
}

export interface ReportHeader {
  candidate_name: string;
  interview_name: string;
  position: string;
  /** ISO timestamp of the start, or null when the interview never started. */
  interview_date: string | null;
  duration_seconds: number | null;
  /** The result's own language (the language the interview was held in). */
  interview_language: LanguageCode;
  status: ResultStatus;
  decision: RecruiterDecision;
}

export interface ReportContactDetails {
  email: string | null;
  linkedin_url: string | null;
  phone_number: string | null;
  address: string | null;
}

export interface ReportRiskFlag {
  code: string;
  severity: RiskSeverity;
  description: string;
}

export interface ReportAssessment {
  summary: string | null;
  key_statement: string | null;
  reasons_to_hire: string[];
  reasons_not_to_hire: string[];
  resume_analysis: string | null;
}

export interface ReportRubricExpectation {
  level: 'strong' | 'moderate' | 'weak';
  expectation: string;
  verdict: RubricVerdict;
  evidence: string | null;
}

export interface ReportRubricQuestion {
  question_original_id: string;
  question: string;
  expectations: ReportRubricExpectation[];
}

export interface ReportAnswerAnalytics {
  accuracy: number | null;
  fluency: number | null;
  completeness: number | null;
  prosody: number | null;
  recognition_confidence: number | null;
  sentiment: number | null;
  words_per_minute: number | null;
}

export interface ReportTurn {
  turn_id: string;
  /** 1-based position in the conversation. */
  number: number;
  question_original_id: string | null;
  is_follow_up: boolean;
  question: string | null;
  answer: string | null;
  ai_analysis: string | null;
  /** 1–5. */
  score: number | null;
  duration_seconds: number | null;
}

export interface ReportQuestionGroup {
  question_original_id: string;
  /** 1-based position among the interview's expected questions. */
  number: number;
  question: string;
  reached: boolean;
  /** The answers to this question in order, each with its follow-ups nested. */
  answers: Array<ReportTurn & { follow_ups: ReportTurn[] }>;
}

export type ReportTranscript =
  | { grouping: 'chronological'; turns: ReportTurn[] }
  | {
      grouping: 'by_question';
      questions: ReportQuestionGroup[];
      /** Turns that belong to no expected question (e.g. small talk), chronological. */
      other_turns: ReportTurn[];
    };

export interface ReportAnswerAnalyticsEntry {
  turn_id: string;
  number: number;
  question: string | null;
  analytics: ReportAnswerAnalytics;
}

export interface ReportAnalytics {
  answers: ReportAnswerAnalyticsEntry[];
}

export interface ReportAnswerRecording {
  turn_id: string;
  number: number;
  question: string | null;
  recording: SignedLink;
}

export interface ReportSessionRecording {
  session: SignedLink | null;
  video_introduction: SignedLink | null;
}

export interface ReportFilePage {
  type: FileType;
  file_name: string;
  page: number;
  page_signed: string;
  expires_at: string;
}

/** `json_export.results[].data` of one result. */
export interface ReportData {
  interview_result_id: string;
  /** Language the report's labels are in. */
  report_language: LanguageCode;
  template: ReportTemplate;
  header: ReportHeader;
  scores: ReportScores;
  risk_flags: ReportRiskFlag[];
  contact_details?: ReportContactDetails;
  ai_recruiter_assessment?: ReportAssessment;
  ai_scoring_rubric?: { questions: ReportRubricQuestion[] };
  transcript?: ReportTranscript;
  analytics?: ReportAnalytics;
  answer_recordings?: ReportAnswerRecording[];
  session_recording?: ReportSessionRecording;
  files?: ReportFilePage[];
}

/** `json_export.results[].files` entry, as the contract shapes it. */
export interface ContractFilePage {
  type: string;
  page: number | null;
  page_signed: string | null;
}
