/**
 * The "interview result report ready" event: report-worker puts it on the stage's bus once a completed
 * result has its stored PDF and the result item holds `pdf_export_url` (docs/events.md). The platform's
 * result webhook, which waits for `pdf_export_url`, can listen for it instead of polling.
 */

/** EventBridge `source` and `detail-type` of the event. */
export const INTERVIEW_RESULT_REPORT_READY = {
  source: 'jobmojito.interview-reports',
  detailType: 'Interview Result Report Ready',
} as const;

export interface InterviewResultReportReadyDetail {
  interview_result_id: string;
  merchant_id: string;
  /**
   * The PDF in the reports bucket (`reports/<merchant>/<result>/<content hash>.pdf`). The presigned
   * URL itself stays on the result: an event is readable by every rule on the bus, a URL is a credential.
   */
  object_key: string;
  /** Expiry of the `pdf_export_url` now on the result (ISO). */
  pdf_export_valid_until: string;
  /** SHA-256 of what decides the PDF's bytes (shared/usecases/export-pdf.ts). */
  content_hash: string;
  /**
   * The report's version: the "completed" event's time, the same value as the result's
   * `pdf_export_version`. Events can arrive out of order; a consumer keeps the highest version.
   */
  version: string;
}
