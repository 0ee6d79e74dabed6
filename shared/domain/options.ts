import type { LanguageCode } from './records.ts';

/** The nine section toggles of `export_features_result`, resolved to booleans. */
export interface ExportFeatures {
  contact_details: boolean;
  ai_recruiter_assessment: boolean;
  ai_scoring_rubric: boolean;
  analytics: boolean;
  transcript: boolean;
  files: boolean;
  answer_recording: boolean;
  session_recording: boolean;
  group_by_question: boolean;
}

/** Defaults as the contract states them (`InterviewPdfExportFeatures`). */
export const DEFAULT_EXPORT_FEATURES: Readonly<ExportFeatures> = Object.freeze({
  contact_details: true,
  ai_recruiter_assessment: true,
  ai_scoring_rubric: false,
  analytics: true,
  transcript: true,
  files: true,
  answer_recording: false,
  session_recording: false,
  group_by_question: false,
});

export const REPORT_TEMPLATES = ['classic', 'modern', 'one_pager'] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

export type ExportType = 'json' | 'html' | 'pdf';

/** A validated request, in the terms the use case works with. */
export interface ReportRequest {
  export_type: ExportType;
  /** Results in the order the caller gave them; one for a single report. */
  interview_result_ids: string[];
  /** True when the caller used `interview_result_ids` (a combined report), even with one id. */
  combined: boolean;
  features: ExportFeatures;
  template: ReportTemplate;
  /** `mojito_language_code` when given; otherwise each result's own language. */
  language: LanguageCode | null;
  store_file: boolean;
}

/**
 * The request field that names the i-th id, for error messages (`interview_result_ids[3]`).
 *
 * @example fieldOfResultId({ combined: true }, 3) // 'interview_result_ids[3]'
 */
export function fieldOfResultId(request: Pick<ReportRequest, 'combined'>, index: number): string {
  return request.combined ? `interview_result_ids[${index}]` : 'interview_result_id';
}
