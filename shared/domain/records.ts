/**
 * The stored records the report is built from, as they live in DynamoDB.
 *
 * Field names follow JobMojito's public API where `../shared/reference/` shows them
 * (`/job-interview-details`, `/merchant-status`); everything is snake_case so a record
 * read from the table, a seed document and the API speak the same language.
 * Durations are deciseconds (`duration_ds`) because that is what the platform stores.
 */

/** The 34 report languages of the contract (`mojito_language_code`). */
export const LANGUAGE_CODES = [
  'ar',
  'bg',
  'zh',
  'hr',
  'cs',
  'da',
  'nl',
  'en',
  'fil',
  'fi',
  'fr',
  'de',
  'el',
  'hi',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'ms',
  'no',
  'pl',
  'pt',
  'br',
  'ro',
  'ru',
  'sk',
  'es',
  'sv',
  'ta',
  'th',
  'tr',
  'uk',
  'vi',
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface MerchantRecord {
  merchant_id: string;
  name: string;
  /** Credit balance in tenths of a credit (docs/design.md, "Credits": credits are integers). */
  credits_balance_tenths: number;
}

/** Which merchant a Supabase user (`sub`) acts for. Tenancy never comes from the request body. */
export interface MembershipRecord {
  user_id: string;
  merchant_id: string;
  role: 'owner' | 'recruiter' | 'viewer';
}

export interface CandidateRecord {
  candidate_id: string;
  merchant_id: string;
  name: string;
  email: string | null;
  linkedin_url: string | null;
  phone_number: string | null;
  address: string | null;
}

/** Rubric of an expected question: what a strong, moderate and weak answer shows. */
export interface CandidateExpectations {
  strong: string[];
  moderate: string[];
  weak: string[];
}

export interface ExpectedQuestion {
  /** interview_def_question id; turns point at it through `question_original_id`. */
  id: string;
  position: number;
  question: string;
  candidate_expectations_json: CandidateExpectations | null;
}

/** Settings the report-worker uses when a result completes (`pdf_export_auto_config`). */
export interface PdfExportAutoConfig {
  enabled: boolean;
  export_features_result?: Record<string, unknown>;
  template?: 'classic' | 'modern' | 'one_pager';
}

export interface InterviewRecord {
  interview_id: string;
  merchant_id: string;
  name: string;
  /** Position the candidate interviewed for, shown on the report. */
  position: string;
  mojito_language_code: LanguageCode;
  questions: ExpectedQuestion[];
  pdf_export_auto_config: PdfExportAutoConfig | null;
}

/** Per-answer speech analytics (`answer_assessment_raw_data`), each 0–100 unless stated. */
export interface SpeechAnalytics {
  accuracy: number | null;
  fluency: number | null;
  completeness: number | null;
  prosody: number | null;
  recognition_confidence: number | null;
  /** -1 (negative) … 1 (positive). */
  sentiment: number | null;
  words_per_minute: number | null;
}

/** One interaction of the interview, in the order it happened. */
export interface TurnRecord {
  id: string;
  /** Position in the conversation, 0-based; the chronological order of the report. */
  sequence: number;
  /** The expected question this turn belongs to; null for a generated follow-up. */
  question_original_id: string | null;
  /** For a follow-up: the turn it follows up on. */
  parent_turn_id: string | null;
  question_asked: string | null;
  answer: string | null;
  ai_analysis_recruiter: string | null;
  /** 1–5. */
  score: number | null;
  duration_ds: number | null;
  mojito_language_code: LanguageCode | null;
  answer_assessment_raw_data: SpeechAnalytics | null;
  recording_local_path: string | null;
  recording_is_video: boolean | null;
}

export type RiskSeverity = 'low' | 'medium' | 'high';
export interface RiskFlag {
  code: string;
  severity: RiskSeverity;
  description: string;
}

export type RubricVerdict = 'confirmed' | 'rejected' | 'not_discussed';
export interface RubricExpectationEvaluation {
  question_original_id: string;
  level: 'strong' | 'moderate' | 'weak';
  expectation: string;
  verdict: RubricVerdict;
  evidence: string | null;
}

export type ResultStatus = 'started' | 'completed' | 'abandoned';
export type RecruiterDecision = 'undecided' | 'shortlisted' | 'hired' | 'rejected';

export interface InterviewResultRecord {
  interview_result_id: string;
  merchant_id: string;
  interview_id: string;
  candidate_id: string;
  mojito_language_code: LanguageCode;
  status: ResultStatus;
  decision: RecruiterDecision;
  start: string | null;
  end: string | null;
  duration_ds: number | null;
  score: number | null;
  score_answer: number | null;
  score_interview: number | null;
  score_pronunciation: number | null;
  score_sentiment: number | null;
  score_words_per_minute: number | null;
  ai_interview_coverage_percentage: number | null;
  ai_analysis_recruiter: string | null;
  /** `ai_analysis_other.hiring_reasons` and `.key_statement` of the platform, flattened. */
  reasons_to_hire: string[];
  reasons_not_to_hire: string[];
  key_statement: { quote: string; result_question_id: string | null } | null;
  resume_analysis: string | null;
  recruiter_risks: RiskFlag[];
  rubric_evaluation: RubricExpectationEvaluation[];
  recording_local_path: string | null;
  recording_is_video: boolean | null;
  video_introduction_local_path: string | null;
  pdf_export_url: string | null;
  pdf_export_valid_until: string | null;
  /** Version of the stored report (ISO time its data was current at); orders concurrent writers. */
  pdf_export_version: string | null;
}

export type FileType = 'resume' | 'cover_letter';
/** An uploaded document, stored as one image per page in the files bucket. */
export interface CandidateFileRecord {
  file_id: string;
  type: FileType;
  file_name: string;
  /** S3 keys of the page images, in page order. */
  page_keys: string[];
}

/** Everything one report needs about one result, loaded in a few batch reads. */
export interface ResultBundle {
  result: InterviewResultRecord;
  turns: TurnRecord[];
  interview: InterviewRecord;
  candidate: CandidateRecord;
  files: CandidateFileRecord[];
}

/**
 * One movement of a merchant's credit balance, in tenths of a credit. The event names follow
 * JobMojito's `/merchant-analytics-credits-used` (`candidate_report_translation` for a translated
 * report); a top-up is `top_up`. `entry_id` is the idempotency key of the charge: a retried request
 * writes the same entry, which the conditional write then refuses, so nobody is charged twice.
 */
export interface CreditLedgerEntryRecord {
  entry_id: string;
  merchant_id: string;
  /** ISO timestamp. */
  created_at: string;
  event: string;
  /** Negative for a charge, positive for a top-up. */
  amount_tenths: number;
  balance_after_tenths: number;
  interview_result_id: string | null;
}
