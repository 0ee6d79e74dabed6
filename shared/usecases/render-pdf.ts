/**
 * The pdf-renderer Lambda's use case: check the payload, fetch staged HTML if the payload was too
 * large to carry it, print, store the PDF, answer `{ key, bytes, pages }`. Storage is a port
 * (`RenderStorage`: S3 in AWS and locally); printing is the Chromium engine of shared/render/pdf.
 */
import type { PdfRenderer } from '../render/pdf/pdf-renderer.ts';
import { DEFAULT_PAGE_LABEL } from '../render/pdf/print-css.ts';
import { type PdfRenderResult, parsePdfRenderEvent } from './pdf-render-protocol.ts';
import type { RenderStorage } from './ports.ts';

export interface RenderJobDeps {
  storage: RenderStorage;
  renderer: Pick<PdfRenderer, 'render'>;
  /**
   * Time the invocation has left (Lambda's `context.getRemainingTimeInMillis`), so a stuck render
   * ends with a clear error before Lambda's own timeout cuts the function off without one.
   */
  remainingTimeMs?: () => number;
  /** The configured bound of one render (ms, `PDF_RENDER_TIMEOUT_MS`); the remaining time lowers it. */
  renderTimeoutMs?: number;
}

/** Kept free of the render limit: storing the PDF and answering (ms). */
const STORE_RESERVE_MS = 3_000;
/** However little time is left, a render gets at least this long before it is stopped (ms). */
const MIN_RENDER_MS = 1_000;

/**
 * The time limit of one render: the configured bound, lowered to what the invocation has left minus
 * the time to store the PDF. Undefined (the engine's default) when neither is known.
 *
 * @example renderTimeLimit({ renderTimeoutMs: 20_000, remainingTimeMs: () => 12_000 }) // 9000
 */
export function renderTimeLimit(deps: Pick<RenderJobDeps, 'remainingTimeMs' | 'renderTimeoutMs'>) {
  const remaining = deps.remainingTimeMs
    ? deps.remainingTimeMs() - STORE_RESERVE_MS
    : Number.POSITIVE_INFINITY;
  const limit = Math.min(deps.renderTimeoutMs ?? Number.POSITIVE_INFINITY, remaining);
  return Number.isFinite(limit) ? Math.max(MIN_RENDER_MS, limit) : undefined;
}

/**
 * Runs one render request.
 *
 * @example
 * const result = await runRenderJob(event, { storage, renderer });
 * // { key: 'exports/m/…/report.pdf', bytes: 48213, pages: 3 }
 */
export async function runRenderJob(event: unknown, deps: RenderJobDeps): Promise<PdfRenderResult> {
  const request = parsePdfRenderEvent(event);
  const html = request.html ?? (await deps.storage.readStagedHtml(request.html_s3_key as string));
  const { metadata } = request;
  const rendered = await deps.renderer.render(html, {
    title: metadata.title,
    author: metadata.author,
    language: metadata.language,
    headerText: metadata.header_text,
    sectionHeaders: metadata.section_headers,
    pageLabel: metadata.footer_labels?.page_x_of_y ?? DEFAULT_PAGE_LABEL,
    timeoutMs: renderTimeLimit(deps),
  });
  await deps.storage.writePdf(request.output_key, rendered.pdf, rendered.pages);
  if (request.html_s3_key) {
    // The staged copy has served its purpose; the bucket's lifecycle rule is the backstop.
    await deps.storage.deleteStagedHtml(request.html_s3_key).catch(() => {});
  }
  return { key: request.output_key, bytes: rendered.pdf.length, pages: rendered.pages };
}
