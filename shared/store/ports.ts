/**
 * The small interfaces the use cases depend on. DynamoDB and S3 adapters implement them in
 * `shared/store/`; unit tests use in-memory fakes.
 */
import type { MembershipRecord, MerchantRecord, ResultBundle } from '../domain/records.ts';

export interface ReportRepository {
  /** The merchant membership of a Supabase user, or null when the user belongs to no merchant. */
  getMembership(userId: string): Promise<MembershipRecord | null>;
  /**
   * Loads every result with its turns, interview, candidate and files in a few batch reads.
   * Ids that do not exist are missing from the map. With `merchantId`, results of other merchants
   * are dropped as soon as they are read, so they cost exactly what a missing id costs (no timing
   * difference to probe); the caller still checks tenancy on what comes back.
   */
  loadResultBundles(
    resultIds: readonly string[],
    scope?: { merchantId?: string },
  ): Promise<Map<string, ResultBundle>>;
  /** The merchant, or null when it does not exist. The PDF names it as its author. */
  getMerchant(merchantId: string): Promise<MerchantRecord | null>;
  /**
   * Records a stored PDF report on a result (`store_file: true`, issue 4): the presigned URL and its
   * expiry, as the platform's `pdf_export_url` / `pdf_export_valid_until`.
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

export interface UrlSigner {
  /** A presigned GET URL for one object. Signing is local computation; no request is made. */
  sign(bucket: BucketKind, key: string, options: SignOptions): Promise<string>;
}
