/**
 * Every interface a use case depends on, in one place. The AWS adapters implement them in
 * `shared/adapters/aws/`; each Lambda's `deps.ts` builds those adapters; unit tests pass in-memory fakes
 * (test/support/fakes.ts).
 */
import type { MembershipRecord, MerchantRecord, ResultBundle } from '../domain/records.ts';
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
   * Records a stored PDF report on a result (`store_file: true`): the presigned URL and its expiry, as
   * the platform's `pdf_export_url` / `pdf_export_valid_until`. Throws `ResultGoneError` for a result
   * that does not exist (it is never created by this).
   */
  recordPdfExport(resultId: string, record: PdfExportRecord): Promise<void>;
}

/** What `recordPdfExport` writes onto the result. */
export interface PdfExportRecord {
  pdf_export_url: string;
  /** ISO timestamp. */
  pdf_export_valid_until: string;
}

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

/** The renderer's own storage: staged HTML in, PDFs out (S3: `S3RenderStorage`). */
export interface RenderStorage {
  /** The HTML a caller staged because it was too large for an invocation payload. */
  readStagedHtml(key: string): Promise<string>;
  /** Removes staged HTML once read; failures are the caller's to ignore (a lifecycle rule backs it up). */
  deleteStagedHtml(key: string): Promise<void>;
  /** Stores a printed PDF in the reports bucket. */
  writePdf(key: string, pdf: Uint8Array, pages: number): Promise<void>;
}
