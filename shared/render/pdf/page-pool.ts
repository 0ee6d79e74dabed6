/**
 * Warm pages for the renderer: a page is locked down once (JavaScript off, interception on) and then
 * prints render after render, instead of a new page per render.
 *
 * Why: with `--single-process` Chromium, `browser.newPage()` (target, renderer frame, puppeteer's
 * domain set-up) took 65–160 ms of a 1-result render of ~200 ms here (Chromium 153, measured); the
 * bare puppeteer baseline pays it too, our renderer no longer does.
 *
 * Between renders a page is reset: it navigates to `about:blank` (the report's document is
 * discarded, with anything it scheduled, like a delayed meta refresh) and must be there before it
 * goes back to the pool. A page whose render failed or whose reset failed is closed, never reused.
 * Pages of a browser that went away are dropped when next taken.
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';

/** A page of the pool and the render it is doing (undefined between renders). */
export interface PooledPage<Job> {
  readonly page: Page;
  readonly browser: Browser;
  /** DevTools session of the page, for the garbage collection after large renders. */
  readonly session: CDPSession;
  job: Job | undefined;
}

export interface PagePoolOptions<Job> {
  /** Locks a new page down before its first render (the request handler reads `pooled.job`). */
  prepare: (pooled: PooledPage<Job>) => Promise<void>;
  /**
   * Idle pages kept. Lambda runs one invocation per container at a time, so one is enough; a page
   * taken while it is busy (local server, tests running renders in parallel) is new and closed after.
   */
  maxIdle?: number;
  /** Time allowed for the reset navigation (ms). */
  resetTimeoutMs?: number;
}

export interface ReleaseOptions {
  /** False when the render failed: the page is closed, not reset. */
  reusable: boolean;
  /** Run a full garbage collection in the page's renderer after the reset (see PdfRenderer). */
  collectGarbage?: boolean;
}

const BLANK = 'about:blank';

export class PagePool<Job> {
  readonly #idle: Array<PooledPage<Job>> = [];
  readonly #prepare: PagePoolOptions<Job>['prepare'];
  readonly #maxIdle: number;
  readonly #resetTimeoutMs: number;
  #created = 0;

  constructor(options: PagePoolOptions<Job>) {
    this.#prepare = options.prepare;
    this.#maxIdle = options.maxIdle ?? 1;
    this.#resetTimeoutMs = options.resetTimeoutMs ?? 5_000;
  }

  /** Pages created so far (one per browser while renders come one at a time). */
  get created(): number {
    return this.#created;
  }

  /**
   * An idle page of this browser, or a new locked-down one.
   *
   * @example const pooled = await pool.acquire(await keeper.browser());
   */
  async acquire(browser: Browser): Promise<PooledPage<Job>> {
    for (let pooled = this.#idle.pop(); pooled; pooled = this.#idle.pop()) {
      if (pooled.browser === browser && browser.connected && !pooled.page.isClosed()) return pooled;
      await pooled.page.close().catch(() => {});
    }
    const page = await browser.newPage();
    try {
      const pooled: PooledPage<Job> = {
        page,
        browser,
        session: await page.createCDPSession(),
        job: undefined,
      };
      await this.#prepare(pooled);
      this.#created++;
      return pooled;
    } catch (error) {
      await page.close().catch(() => {});
      throw error;
    }
  }

  /**
   * Ends a render on a page: reset to a blank document and back to the pool, or closed.
   *
   * @example await pool.release(pooled, { reusable: true });
   */
  async release(pooled: PooledPage<Job>, options: ReleaseOptions): Promise<void> {
    pooled.job = undefined;
    const reset = options.reusable && (await this.#reset(pooled));
    if (reset && options.collectGarbage) {
      // Chromium keeps a printed document's memory (DOM, layout, the print's display lists) until
      // its own heuristics collect it, which after a 200-page report was not before the next
      // render: two reports' worth at the peak (measured: 0.7 GB → 1.45 GB over two renders,
      // back to 0.19 GB after this call).
      await pooled.session.send('HeapProfiler.collectGarbage').catch(() => {});
    }
    if (reset && this.#idle.length < this.#maxIdle) {
      this.#idle.push(pooled);
      return;
    }
    await pooled.page.close().catch(() => {});
  }

  /**
   * A full garbage collection in the renderer, through an idle page; false when no page is idle.
   * With `--single-process` every page lives in the one renderer, so one page's session reaches all.
   */
  async collectGarbage(): Promise<boolean> {
    const pooled = this.#idle.find((idle) => idle.browser.connected && !idle.page.isClosed());
    if (!pooled) return false;
    await pooled.session.send('HeapProfiler.collectGarbage');
    // Then what V8's collection does not reach: Blink's and Skia's caches and the allocator's free
    // pages, which Chromium returns to the system under memory pressure.
    await pooled.session.send('Memory.simulatePressureNotification', { level: 'critical' }).catch(() => {});
    return true;
  }

  /** Closes the idle pages (the browser is closing). */
  async drain(): Promise<void> {
    const idle = this.#idle.splice(0);
    await Promise.all(idle.map((pooled) => pooled.page.close().catch(() => {})));
  }

  async #reset(pooled: PooledPage<Job>): Promise<boolean> {
    if (!pooled.browser.connected || pooled.page.isClosed()) return false;
    try {
      await pooled.page.goto(BLANK, { waitUntil: 'load', timeout: this.#resetTimeoutMs });
      // Forget the session history too: every render adds entries (its report, then about:blank),
      // and the page need not remember which reports it printed.
      await pooled.session.send('Page.resetNavigationHistory');
      return pooled.page.url() === BLANK && pooled.page.frames().length === 1;
    } catch {
      return false;
    }
  }
}
