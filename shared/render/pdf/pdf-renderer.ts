/**
 * HTML → PDF with a kept-warm, locked-down Chromium. Takes any HTML document; adds the page box,
 * running header, "page X of Y" footer and the report fonts; prints; writes the metadata.
 *
 * Per render: a new page at a URL never used before (no cache can answer it), JavaScript off, every request intercepted (request-policy.ts), a Content-Security-Policy on the document as
 * a second wall, a time limit after which the browser is killed and the next render relaunches it,
 * and the context closed in `finally`.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { BrowserKeeper } from './browser-keeper.ts';
import { FontAssets, locateFontsDir } from './font-assets.ts';
import { applyPdfMetadata, type PdfMetadata } from './pdf-metadata.ts';
import { injectIntoHead, printCss } from './print-css.ts';
import { DOCUMENT_ORIGIN, decideRequest, FONT_ORIGIN, type RequestDecision } from './request-policy.ts';

/**
 * A second wall behind interception: Chromium itself refuses anything but inline styles, `data:`
 * images and the font origin, before a request is even made.
 */
export const DOCUMENT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `font-src ${FONT_ORIGIN} data:`,
  'img-src data:',
  "script-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Default per-render time limit; overridable per renderer and per render. */
export const DEFAULT_RENDER_TIMEOUT_MS = 25_000;

export interface RenderPdfOptions extends PdfMetadata {
  /** Running header on every page (the candidate name); plain text. */
  headerText?: string | undefined;
  /** Footer with `{page}` / `{pages}` placeholders; plain text. Default `Page {page} of {pages}`. */
  pageLabel?: string | undefined;
  /** Time limit for this render (ms). */
  timeoutMs?: number | undefined;
}

export interface RenderedPdf {
  pdf: Uint8Array;
  pages: number;
  /** Requests the page made that were refused (hostile or broken content), for the log. */
  blockedRequests: number;
  /** Wall time in Chromium and in the metadata step (ms). */
  timings: { chromiumMs: number; metadataMs: number };
}

/** A render overran its time limit; the browser was stopped. Maps to a 500 for the caller. */
export class PdfRenderTimeoutError extends Error {
  override readonly name = 'PdfRenderTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`PDF render exceeded its time limit of ${timeoutMs} ms and was stopped`);
  }
}

/** Chromium failed to print the document. */
export class PdfRenderError extends Error {
  override readonly name = 'PdfRenderError';
}

export interface PdfRendererOptions {
  /** Fonts layer directory (default: locateFontsDir()). */
  fontsDir?: string;
  keeper?: BrowserKeeper;
  timeoutMs?: number;
  log?: (event: string, details: Record<string, unknown>) => void;
}

export class PdfRenderer {
  readonly keeper: BrowserKeeper;
  readonly #fonts: Promise<FontAssets>;
  readonly #timeoutMs: number;
  readonly #log: NonNullable<PdfRendererOptions['log']>;
  #renders = 0;

  constructor(options: PdfRendererOptions = {}) {
    this.#log = options.log ?? (() => {});
    this.keeper = options.keeper ?? new BrowserKeeper({ log: this.#log });
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
    this.#fonts = Promise.resolve().then(() => FontAssets.load(options.fontsDir ?? locateFontsDir()));
    this.#fonts.catch(() => {});
  }

  /** Launches the browser and reads the font manifest ahead of the first render (init phase). */
  async warm(): Promise<void> {
    await Promise.all([this.#fonts, this.keeper.browser()]);
  }

  async close(): Promise<void> {
    await this.keeper.close();
  }

  /**
   * Prints one HTML document.
   *
   * @example
   * const { pdf, pages } = await renderer.render('<!doctype html><html lang="en"><body>Hi</body></html>', {
   *   title: 'Report', author: 'Acme', language: 'en', headerText: 'Ana Lima',
   * });
   */
  async render(html: string, options: RenderPdfOptions): Promise<RenderedPdf> {
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const fonts = await this.#fonts;
    const faces = fonts.facesFor([html, options.headerText ?? '', options.pageLabel ?? '']);
    const css = `${fonts.fontFaceCss(faces, FONT_ORIGIN)}\n${printCss({
      headerText: options.headerText,
      pageLabel: options.pageLabel,
      language: options.language,
    })}`;
    const document = injectIntoHead(html, `<style>${css}</style>`);

    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PdfRenderTimeoutError(timeoutMs)), timeoutMs);
    });
    const work = this.#print(document, fonts, timeoutMs);
    work.catch(() => {});
    let printed: { pdf: Uint8Array; blockedRequests: number };
    try {
      printed = await Promise.race([work, limit]);
    } catch (error) {
      if (error instanceof PdfRenderTimeoutError) {
        this.#log('render-timeout', { timeoutMs });
        await this.keeper.kill('render time limit');
        throw error;
      }
      throw new PdfRenderError('Chromium failed to print the document', { cause: error });
    } finally {
      clearTimeout(timer);
    }
    const chromiumMs = Date.now() - started;
    const { pdf, pages } = await applyPdfMetadata(printed.pdf, options);
    return {
      pdf,
      pages,
      blockedRequests: printed.blockedRequests,
      timings: { chromiumMs, metadataMs: Date.now() - started - chromiumMs },
    };
  }

  async #print(
    document: string,
    fonts: FontAssets,
    timeoutMs: number,
  ): Promise<{ pdf: Uint8Array; blockedRequests: number }> {
    const browser = await this.keeper.browser();
    const documentUrl = `${DOCUMENT_ORIGIN}/render/${++this.#renders}`;
    let page: Page | undefined;
    try {
      // One page in the default context: `--single-process` Chromium (what Lambda needs) crashes
      // when a second browser context is created (measured with Chromium 153).
      page = await browser.newPage();
      const blocked = await this.#lockDown(page, documentUrl, document, fonts);
      await page.goto(documentUrl, { waitUntil: 'load', timeout: timeoutMs });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        // No document outline: generating it cost up to ~2× the print time on a 40-page report
        // (measured with Chromium 153); the tagged structure already carries the headings.
        outline: false,
        timeout: timeoutMs,
      });
      return { pdf, blockedRequests: blocked.count };
    } finally {
      await page?.close().catch(() => {});
    }
  }

  async #lockDown(
    page: Page,
    documentUrl: string,
    document: string,
    fonts: FontAssets,
  ): Promise<{ count: number }> {
    const blocked = { count: 0 };
    let documentServed = false;
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const decision = decideRequest({
        url: request.url(),
        documentUrl,
        isNavigation: request.isNavigationRequest(),
        isMainFrame: request.frame()?.parentFrame() === null,
        documentServed,
      });
      if (decision.action === 'serve-document') documentServed = true;
      void this.#answer(request, decision, document, fonts, blocked);
    });
    return blocked;
  }

  async #answer(
    request: HTTPRequest,
    decision: RequestDecision,
    document: string,
    fonts: FontAssets,
    blocked: { count: number },
  ): Promise<void> {
    try {
      switch (decision.action) {
        case 'serve-document':
          await request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: { 'content-security-policy': DOCUMENT_CSP },
            body: document,
          });
          return;
        case 'serve-font': {
          const body = await fonts.file(decision.file);
          if (body) {
            await request.respond({
              status: 200,
              contentType: 'font/woff2',
              // The document's origin differs from the font origin; fonts load in CORS mode.
              headers: { 'access-control-allow-origin': '*' },
              body,
            });
            return;
          }
          break;
        }
        case 'allow-data':
          await request.continue();
          return;
        case 'deny':
          break;
      }
      blocked.count++;
      this.#log('request-blocked', {
        reason: decision.action === 'deny' ? decision.reason : 'unknown font',
        url: request.url().slice(0, 120),
      });
      if (request.isNavigationRequest()) {
        // A refused navigation (meta refresh, iframe, link) is answered "204 No Content", which
        // leaves the frame on its current document. Aborting it instead makes Chromium commit an
        // error page in place of the report (measured: a meta refresh then wiped the document).
        await request.respond({ status: 204, body: '' });
      } else {
        await request.abort('blockedbyclient');
      }
    } catch {
      // The page went away while answering (closed or killed): nothing left to answer.
    }
  }
}
