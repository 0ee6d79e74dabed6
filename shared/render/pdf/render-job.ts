/**
 * The pdf-renderer Lambda's work, apart from its wiring: check the payload, fetch staged HTML if the
 * payload was too large to carry it, print, store the PDF in the reports bucket, answer
 * `{ key, bytes, pages }`.
 */
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { PdfRenderer } from './pdf-renderer.ts';
import { DEFAULT_PAGE_LABEL } from './print-css.ts';
import { type PdfRenderResult, parsePdfRenderEvent } from './renderer-protocol.ts';

export interface RenderJobDeps {
  s3: S3Client;
  /** The reports bucket: staged HTML is read from it, PDFs are written to it. */
  reportsBucket: string;
  renderer: PdfRenderer;
  /**
   * Time the invocation has left (Lambda's `context.getRemainingTimeInMillis`), so a stuck render
   * ends with a clear error before Lambda's own timeout cuts the function off without one.
   */
  remainingTimeMs?: () => number;
  /** The renderer's own limit (ms); the remaining time lowers it. */
  renderTimeoutMs?: number;
}

/** Kept free of the render limit: storing the PDF and answering (ms). */
const STORE_RESERVE_MS = 3_000;

async function stagedHtml(s3: S3Client, bucket: string, key: string): Promise<string> {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!object.Body) throw new Error(`Staged HTML ${key} has no body`);
  return object.Body.transformToString('utf-8');
}

/**
 * Runs one render request.
 *
 * @example
 * const result = await runRenderJob(event, { s3, reportsBucket: 'reports', renderer });
 * // { key: 'exports/m/…/report.pdf', bytes: 48213, pages: 3 }
 */
export async function runRenderJob(event: unknown, deps: RenderJobDeps): Promise<PdfRenderResult> {
  const request = parsePdfRenderEvent(event);
  const html = request.html ?? (await stagedHtml(deps.s3, deps.reportsBucket, request.html_s3_key as string));
  const remaining = deps.remainingTimeMs
    ? deps.remainingTimeMs() - STORE_RESERVE_MS
    : Number.POSITIVE_INFINITY;
  const limit = Math.min(deps.renderTimeoutMs ?? Number.POSITIVE_INFINITY, remaining);
  const { metadata } = request;
  const rendered = await deps.renderer.render(html, {
    title: metadata.title,
    author: metadata.author,
    language: metadata.language,
    headerText: metadata.header_text,
    sectionHeaders: metadata.section_headers,
    pageLabel: metadata.footer_labels?.page_x_of_y ?? DEFAULT_PAGE_LABEL,
    timeoutMs: Number.isFinite(limit) ? Math.max(1_000, limit) : undefined,
  });
  await deps.s3.send(
    new PutObjectCommand({
      Bucket: deps.reportsBucket,
      Key: request.output_key,
      Body: rendered.pdf,
      ContentType: 'application/pdf',
      Metadata: { pages: String(rendered.pages) },
    }),
  );
  if (request.html_s3_key) {
    // The staged copy has served its purpose; the bucket's lifecycle rule is the backstop.
    await deps.s3
      .send(new DeleteObjectCommand({ Bucket: deps.reportsBucket, Key: request.html_s3_key }))
      .catch(() => {});
  }
  return { key: request.output_key, bytes: rendered.pdf.length, pages: rendered.pages };
}
