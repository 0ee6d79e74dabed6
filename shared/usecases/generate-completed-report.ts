/**
 * The report-worker's use case: one "interview result completed" event in, the result's stored PDF
 * report out, exactly once per content, through the API's own pipeline (merchant-scoped load, the
 * report model, `prepareMerchantPdf`/`runPdfExport`, the conditional write onto the result), then
 * "interview result report ready" on the bus.
 *
 * What is acknowledged without a report (docs/events.md): a result that does not exist or belongs to
 * another merchant than the event's, a result that is not completed, an interview whose auto-export
 * config the contract refuses (each "dropped"), an interview that does not export automatically
 * ("skipped"), and a result that already holds a newer report ("dropped", superseded). Retrying none of
 * them would change the answer. What throws is retried by SQS: a malformed event, the renderer or an
 * AWS call failing, a repeat of a step that is still running (`StepInProgressError`).
 */
import { autoExportRequest } from '../contract/auto-export-request.ts';
import { ResultGoneError, ResultNotFoundError, ValidationError } from '../errors.ts';
import { EventValidationError, parseInterviewResultCompleted } from '../events/interview-result-completed.ts';
import type { InterviewResultReportReadyDetail } from '../events/interview-result-report-ready.ts';
import { loadOwnResults, prepareMerchantPdf, type ReportDeps } from './generate-report.ts';
import type { IdempotentSteps, ReportReadyPublisher } from './ports.ts';

export interface CompletedReportDeps {
  /** The API's ports; the repository reads consistently (the event follows the result's write). */
  report: ReportDeps;
  ready: ReportReadyPublisher;
  steps: IdempotentSteps;
}

/** Which event and result an outcome is about: what an operator's log line carries. */
export interface CompletedEventRef {
  event_id: string;
  interview_result_id: string;
  merchant_id: string;
}

export type DroppedReason =
  | 'result_not_found'
  | 'result_not_completed'
  | 'invalid_auto_config'
  | 'superseded'
  | 'result_gone';

export type CompletedReportOutcome = CompletedEventRef &
  (
    | {
        /** The report is on the result and announced; `repeat` when an earlier delivery did it. */
        status: 'generated';
        repeat: boolean;
        detail: InterviewResultReportReadyDetail;
        /** Milliseconds of rendering; null when the stored PDF was found and re-signed. */
        render_ms: number | null;
      }
    | { status: 'skipped'; reason: 'auto_export_off' }
    | { status: 'dropped'; reason: DroppedReason; field?: string }
  );

/** What the idempotent step stores and a repeat gets back (JSON, no undefined values). */
type StepResult =
  | { written: true; detail: InterviewResultReportReadyDetail; render_ms: number | null }
  | { written: false };

/** The event's time as the report's version, in the one ISO form versions are compared in. */
function versionOf(time: string): string {
  const parsed = Date.parse(time);
  if (Number.isNaN(parsed))
    throw new EventValidationError(`Invalid event: time must be an ISO timestamp`, 'time');
  return new Date(parsed).toISOString();
}

/**
 * Handles one SQS message body.
 *
 * @example
 * const outcome = await generateCompletedReport(record.body, { report, ready, steps });
 * if (outcome.status === 'generated') outcome.detail.object_key; // 'reports/<merchant>/<result>/<hash>.pdf'
 */
export async function generateCompletedReport(
  body: string,
  deps: CompletedReportDeps,
): Promise<CompletedReportOutcome> {
  const event = parseInterviewResultCompleted(body);
  const merchantId = event.detail.merchant_id;
  const ref: CompletedEventRef = {
    event_id: event.id,
    interview_result_id: event.detail.interview_result_id.toLowerCase(),
    merchant_id: merchantId,
  };
  const version = versionOf(event.time);

  let bundles: Awaited<ReturnType<typeof loadOwnResults>>;
  try {
    bundles = await loadOwnResults(
      { interview_result_ids: [ref.interview_result_id], combined: false },
      merchantId,
      deps.report,
    );
  } catch (error) {
    if (error instanceof ResultNotFoundError)
      return { ...ref, status: 'dropped', reason: 'result_not_found' };
    throw error;
  }
  const [bundle] = bundles;
  if (bundle === undefined) throw new Error('loadOwnResults answered no bundle for one id');
  if (bundle.result.status !== 'completed') {
    return { ...ref, status: 'dropped', reason: 'result_not_completed' };
  }
  // Saves the render when a newer report is known already; the conditional write settles races.
  const stored = bundle.result.pdf_export_version;
  if (stored !== null && stored > version) return { ...ref, status: 'dropped', reason: 'superseded' };

  let request: ReturnType<typeof autoExportRequest>;
  try {
    request = autoExportRequest(ref.interview_result_id, bundle.interview.pdf_export_auto_config);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ...ref, status: 'dropped', reason: 'invalid_auto_config', field: error.field };
  }
  if (request === null) return { ...ref, status: 'skipped', reason: 'auto_export_off' };

  // Translation and its charge, once the report language differs from the result's, happen in here,
  // as for a request: the charge is keyed by the content, so a repeat of this event is charged once.
  const pdf = await prepareMerchantPdf(bundles, request, merchantId, deps.report, { version });
  let ranHere = false;
  let result: StepResult;
  try {
    result = await deps.steps.once(
      { interview_result_id: ref.interview_result_id, content_hash: pdf.export.contentHash },
      async (): Promise<StepResult> => {
        ranHere = true;
        const exported = await pdf.run();
        if (exported.superseded.length > 0) return { written: false };
        const detail: InterviewResultReportReadyDetail = {
          interview_result_id: ref.interview_result_id,
          merchant_id: merchantId,
          object_key: exported.key,
          pdf_export_valid_until: exported.body.pdf_export_valid_until,
          content_hash: exported.contentHash,
          version,
        };
        // After the write: whoever hears "ready" finds pdf_export_url on the result.
        await deps.ready.publish(detail);
        return { written: true, detail, render_ms: exported.renderMs };
      },
    );
  } catch (error) {
    if (error instanceof ResultGoneError) return { ...ref, status: 'dropped', reason: 'result_gone' };
    throw error;
  }
  if (!result.written) return { ...ref, status: 'dropped', reason: 'superseded' };
  return {
    ...ref,
    status: 'generated',
    repeat: !ranHere,
    detail: result.detail,
    render_ms: ranHere ? result.render_ms : null,
  };
}
