/**
 * HTML → PDF with a kept-warm, locked-down Chromium. Takes any HTML document; adds the page box,
 * running header, "page X of Y" footer and the report fonts; prints; writes the metadata.
 *
 * Per render: a warm page (page-pool.ts; locked down once: JavaScript off, every request intercepted
 * by request-policy.ts) navigates to a URL never used before (no cache can answer it); the document
 * carries a Content-Security-Policy as a second wall; a time limit kills the browser and the next
 * render relaunches it; in `finally` the page is reset to about:blank, or closed if anything failed.
 */
import type { HTTPRequest } from 'puppeteer-core';
import { FONT_ORIGIN } from '../print-protocol.ts';
import { BrowserKeeper } from './browser-keeper.ts';
import { FontAssets, locateFontsDir } from './font-assets.ts';
import { fontFamilyOrder } from './font-families.ts';
import { PagePool, type PooledPage } from './page-pool.ts';
import { applyPdfMetadata, type PdfMetadata } from './pdf-metadata.ts';
import { injectIntoHead, printCss } from './print-css.ts';
import { DOCUMENT_ORIGIN, decideRequest, type RequestDecision } from './request-policy.ts';

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

/**
 * After a render whose PDF is at least this large, the page's renderer runs a full garbage
 * collection. The 50-result report (203 pages, 6.8 MB) left ~0.5 GB that Chromium did not collect
 * before the next render; the collection took ~220 ms there. Small renders leave little, and
 * Chromium's own collections keep up with them (test/integration/pdf-soak.test.ts).
 */
export const COLLECT_GARBAGE_AFTER_PDF_BYTES = 1024 * 1024;

/** What a page's request handler needs to answer the render in progress. */
interface PageJob {
  /** A URL never used before (no cache can answer it). */
  documentUrl: string;
  document: string;
  fonts: FontAssets;
  documentServed: boolean;
  /** Requests refused during this render (hostile or broken content), for the log. */
  blocked: number;
  fontsServed: number;
}

/** Default per-render time limit; overridable per renderer and per render. */
export const DEFAULT_RENDER_TIMEOUT_MS = 25_000;

export interface RenderPdfOptions extends PdfMetadata {
  /** Running header on every page (the candidate name); plain text. */
  headerText?: string | undefined;
  /** A combined report's header per result (see `PrintChrome.sectionHeaders`); plain text. */
  sectionHeaders?: readonly string[] | undefined;
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
  /** Font files served to the page (each a woff2 slice of the fonts layer). */
  fontsServed: number;
  /**
   * Wall time (ms) in Chromium and in the metadata step; Chromium's part split into taking a warm
   * page, loading the document (fonts included), printing, and resetting the page.
   */
  timings: { chromiumMs: number; metadataMs: number; steps: PrintSteps };
}

export interface PrintSteps {
  pageMs: number;
  loadMs: number;
  printMs: number;
  resetMs: number;
}

interface Printed {
  pdf: Uint8Array;
  blockedRequests: number;
  fontsServed: number;
  steps: PrintSteps;
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
  /** Default COLLECT_GARBAGE_AFTER_PDF_BYTES. */
  collectGarbageAfterPdfBytes?: number;
  log?: (event: string, details: Record<string, unknown>) => void;
}

export class PdfRenderer {
  readonly keeper: BrowserKeeper;
  readonly #fonts: Promise<FontAssets>;
  readonly #timeoutMs: number;
  readonly #collectGarbageAfterPdfBytes: number;
  readonly #log: NonNullable<PdfRendererOptions['log']>;
  readonly #pages: PagePool<PageJob>;
  #renders = 0;

  constructor(options: PdfRendererOptions = {}) {
    this.#log = options.log ?? (() => {});
    this.keeper = options.keeper ?? new BrowserKeeper({ log: this.#log });
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
    this.#collectGarbageAfterPdfBytes =
      options.collectGarbageAfterPdfBytes ?? COLLECT_GARBAGE_AFTER_PDF_BYTES;
    this.#fonts = Promise.resolve().then(() => FontAssets.load(options.fontsDir ?? locateFontsDir()));
    this.#fonts.catch(() => {});
    this.#pages = new PagePool<PageJob>({ prepare: (pooled) => this.#lockDown(pooled) });
  }

  /** Pages created so far: one per browser while renders come one at a time (the rest reuse it). */
  get pagesCreated(): number {
    return this.#pages.created;
  }

  /** Launches the browser and reads the font manifest ahead of the first render (init phase). */
  async warm(): Promise<void> {
    await Promise.all([this.#fonts, this.keeper.browser()]);
  }

  /**
   * Runs a full garbage collection in Chromium's renderer now, so its RSS shows what it retains
   * rather than where its own collector happens to be (the soak test; a caller with idle time).
   * False when no warm page is idle to reach it through.
   *
   * @example await renderer.collectGarbage();
   */
  async collectGarbage(): Promise<boolean> {
    return this.#pages.collectGarbage();
  }

  async close(): Promise<void> {
    await this.#pages.drain();
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
    const { faces, preload } = fonts.select(
      [html, options.headerText ?? '', ...(options.sectionHeaders ?? []), options.pageLabel ?? ''],
      fontFamilyOrder(options.language),
    );
    const css = `${fonts.fontFaceCss(faces, FONT_ORIGIN)}\n${printCss({
      headerText: options.headerText,
      sectionHeaders: options.sectionHeaders,
      pageLabel: options.pageLabel,
      language: options.language,
    })}`;
    const document = injectIntoHead(html, `${fonts.preloadLinks(preload, FONT_ORIGIN)}<style>${css}</style>`);

    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PdfRenderTimeoutError(timeoutMs)), timeoutMs);
    });
    const work = this.#print(document, fonts, timeoutMs);
    work.catch(() => {});
    let printed: Printed;
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
      fontsServed: printed.fontsServed,
      timings: { chromiumMs, metadataMs: Date.now() - started - chromiumMs, steps: printed.steps },
    };
  }

  async #print(document: string, fonts: FontAssets, timeoutMs: number): Promise<Printed> {
    const steps: PrintSteps = { pageMs: 0, loadMs: 0, printMs: 0, resetMs: 0 };
    let lap = performance.now();
    const took = (): number => {
      const now = performance.now();
      const ms = now - lap;
      lap = now;
      return Math.round(ms * 10) / 10;
    };
    const browser = await this.keeper.browser();
    const pooled = await this.#pages.acquire(browser);
    steps.pageMs = took();
    const job: PageJob = {
      documentUrl: `${DOCUMENT_ORIGIN}/render/${++this.#renders}`,
      document,
      fonts,
      documentServed: false,
      blocked: 0,
      fontsServed: 0,
    };
    pooled.job = job;
    let pdf: Uint8Array | undefined;
    try {
      await pooled.page.goto(job.documentUrl, { waitUntil: 'load', timeout: timeoutMs });
      steps.loadMs = took();
      pdf = await pooled.page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        // No document outline: generating it cost up to ~2× the print time on a 40-page report
        // (measured with Chromium 153); the tagged structure already carries the headings.
        outline: false,
        timeout: timeoutMs,
      });
      steps.printMs = took();
    } finally {
      await this.#pages.release(pooled, {
        reusable: pdf !== undefined,
        collectGarbage: (pdf?.length ?? 0) >= this.#collectGarbageAfterPdfBytes,
      });
    }
    steps.resetMs = took();
    return { pdf, blockedRequests: job.blocked, fontsServed: job.fontsServed, steps };
  }

  /** Once per page: JavaScript off, and every request answered by the page's current job. */
  async #lockDown(pooled: PooledPage<PageJob>): Promise<void> {
    await pooled.page.setJavaScriptEnabled(false);
    await pooled.page.setRequestInterception(true);
    pooled.page.on('request', (request: HTTPRequest) => {
      const job = pooled.job;
      if (!job) {
        // Between renders (the reset to about:blank, a straggler of the last document): nothing.
        void this.#refuse(request, 'no render in progress');
        return;
      }
      const decision = decideRequest({
        url: request.url(),
        documentUrl: job.documentUrl,
        isNavigation: request.isNavigationRequest(),
        isMainFrame: request.frame()?.parentFrame() === null,
        documentServed: job.documentServed,
      });
      if (decision.action === 'serve-document') job.documentServed = true;
      void this.#answer(request, decision, job);
    });
  }

  async #answer(request: HTTPRequest, decision: RequestDecision, job: PageJob): Promise<void> {
    try {
      switch (decision.action) {
        case 'serve-document':
          await request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            // no-store: Blink's memory cache would otherwise keep every report (each at its own URL)
            // after its render: one merchant's candidate data lingering in the renderer, and the
            // renderer's memory growing with each report until the cache's capacity.
            headers: { 'content-security-policy': DOCUMENT_CSP, 'cache-control': 'no-store' },
            body: job.document,
          });
          return;
        case 'serve-font': {
          const body = await job.fonts.file(decision.file);
          if (body) {
            await request.respond({
              status: 200,
              contentType: 'font/woff2',
              // The document's origin differs from the font origin; fonts load in CORS mode.
              headers: { 'access-control-allow-origin': '*' },
              body,
            });
            job.fontsServed++;
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
    } catch {
      // The page went away while answering (closed or killed): nothing left to answer.
      return;
    }
    job.blocked++;
    await this.#refuse(request, decision.action === 'deny' ? decision.reason : 'unknown font');
  }

  async #refuse(request: HTTPRequest, reason: string): Promise<void> {
    this.#log('request-blocked', { reason, url: request.url().slice(0, 120) });
    try {
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
