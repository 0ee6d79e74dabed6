/**
 * Every interface a use case depends on, in one place. The AWS adapters implement them in
 * `shared/adapters/aws/`; each Lambda's `deps.ts` builds those adapters; unit tests pass in-memory fakes
 * (test/support/fakes.ts).
 */
import type { MembershipRecord, MerchantRecord, ResultBundle } from '../domain/records.ts';
import type { InterviewResultReportReadyDetail } from '../events/interview-result-report-ready.ts';
import type { PdfRenderMetadata, PdfRenderResult } from './pdf-render-protocol.ts';

/** The stored records a report is built from (DynamoDB: `DynamoReportRepository`). */
export interface ReportRepository {
  /** The merchant membership of a Supabase user, or null when the user belongs to no merchant. */
  getMembership(userId: string): Promise<MembershipRecord | null>;
  /**
   * Loads every result with its turns, interview, candidate and files in a few batch reads.
   * Ids are looked up in lower case, as they are stored, and the map is keyed by the ids as given
   * (the entry points lower-case them already); ids that do not exist are missing from the map. The
   * turns come in no promised order (the report orders them by `sequence`). With `merchantId`, results of other merchants are dropped as soon as they are read, so they
   * cost exactly what a missing id costs (no timing difference to probe); the caller still checks
   * tenancy on what comes back.
   */
  loadResultBundles(
    resultIds: readonly string[],
    scope?: { merchantId?: string },
  ): Promise<Map<string, ResultBundle>>;
  /** The merchant, or null when it does not exist. The PDF names it as its author. */
  getMerchant(merchantId: string): Promise<MerchantRecord | null>;
  /**
   * Records a stored PDF report on a result (`store_file: true`, and the report-worker): the presigned
   * URL and its expiry, as the platform's `pdf_export_url` / `pdf_export_valid_until`, with the report's
   * version. Conditional: only onto a result of `merchantId`, and never over a report of a newer
   * version, so a late or redelivered older write cannot replace a newer report. Answers `superseded`
   * when the result holds a newer report (nothing written); throws when the result is gone or another
   * merchant's.
   */
  recordPdfExport(resultId: string, merchantId: string, record: PdfExportRecord): Promise<PdfExportWrite>;
}

/** What `recordPdfExport` writes onto the result. */
export interface PdfExportRecord {
  pdf_export_url: string;
  /** ISO timestamp. */
  pdf_export_valid_until: string;
  /**
   * ISO timestamp the report's data is known to be current at: the "completed" event's time for the
   * worker, the request's time for the API. Reports are ordered by it (docs/data-model.md).
   */
  pdf_export_version: string;
}

/** Whether `recordPdfExport` wrote, or found a newer report on the result and left it. */
export type PdfExportWrite = 'recorded' | 'superseded';

/** Which bucket an object lives in. */
export type BucketKind = 'files' | 'reports';

export interface SignOptions {
  expiresInSeconds: number;
  /** Sent back as `Content-Disposition: attachment; filename*=…` when given. */
  downloadFileName?: string;
}

/** Presigned GET URLs (S3: `S3UrlSigner`). */
export interface UrlSigner {
  /** A presigned GET URL for one object. Signing is local computation; no request is made. */
  sign(bucket: BucketKind, key: string, options: SignOptions): Promise<string>;
}

/** The objects the PDF export reads and checks (S3: `S3PdfObjects`). */
export interface PdfObjectStore {
  /** Whether a PDF exists in the reports bucket. */
  reportExists(key: string): Promise<boolean>;
  /** An object of the files bucket (a page image), with its content type. */
  readFile(key: string): Promise<{ bytes: Uint8Array; contentType: string }>;
}

/** One document for the renderer to print and store at `output_key`. */
export interface PdfRenderRequest {
  html: string;
  output_key: string;
  metadata: PdfRenderMetadata;
}

/** The PDF renderer as the export sees it (the pdf-renderer Lambda: `LambdaPdfClient`). */
export interface PdfRenderClient {
  render(request: PdfRenderRequest): Promise<PdfRenderResult>;
}

/** Where "interview result report ready" goes (EventBridge: `EventBridgeReportReadyPublisher`). */
export interface ReportReadyPublisher {
  publish(detail: InterviewResultReportReadyDetail): Promise<void>;
}

/**
 * Runs a step at most once per key, and answers a repeat with the first run's (JSON) result
 * (Powertools idempotency on the report table: `PowertoolsIdempotentSteps`). A step that throws leaves
 * no trace, so a retry runs it again; a repeat while the first run is still going throws
 * `StepInProgressError`.
 */
export interface IdempotentSteps {
  once<T extends object>(key: Record<string, string>, step: () => Promise<T>): Promise<T>;
}

/** The renderer's own storage: staged HTML in, PDFs out (S3: `S3RenderStorage`). */
export interface RenderStorage {
  /** The HTML a caller staged because it was too large for an invocation payload. */
  readStagedHtml(key: string): Promise<string>;
  /** Removes staged HTML once read; failures are the caller's to ignore (a lifecycle rule backs it up). */
  deleteStagedHtml(key: string): Promise<void>;
  /** Stores a printed PDF in the reports bucket. */
  writePdf(key: string, pdf: Uint8Array, pages: number): Promise<void>;
}
