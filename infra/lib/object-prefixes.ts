/**
 * Key prefixes of the two buckets, as IAM resources and lifecycle filters use them.
 *
 * Reports bucket: the renderer's protocol (shared/usecases/pdf-render-protocol.ts) fixes them. Files
 * bucket: shared/adapters/aws/object-keys.ts builds every key under one of these (test/infra checks it).
 */
import { HTML_STAGING_PREFIX, REPORT_KEY_PREFIXES } from '../../shared/usecases/pdf-render-protocol.ts';

/** Files bucket: candidate file page images (`files/…`) and interview recordings (`recordings/…`). */
export const FILES_BUCKET_PREFIXES = ['files/', 'recordings/'] as const;

/** Reports bucket: PDFs kept as a result's report (`reports/…`) and short-lived exports (`exports/…`). */
export const PDF_PREFIXES: readonly string[] = REPORT_KEY_PREFIXES;

/** Reports bucket: PDFs kept as a result's report (`store_file`, report-worker). */
export const REPORTS_PREFIX = 'reports/';

/** Reports bucket: the short-lived exports a lifecycle rule empties. */
export const EXPORTS_PREFIX = 'exports/';

/** Reports bucket: report HTML too large to invoke the renderer with, staged by report-api. */
export const HTML_STAGING: string = HTML_STAGING_PREFIX;
