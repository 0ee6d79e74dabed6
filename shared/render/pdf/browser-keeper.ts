/**
 * One Chromium per container, kept across invocations (docs/design.md, "Warm reuse"). Launched on first use,
 * relaunched when it died (crash, kill, or a render that had to be stopped), and its profile
 * directory removed when it goes, so `/tmp` holds only what `@sparticuz/chromium` unpacks once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * `@sparticuz/chromium`'s default flags include two that switch off the same-origin policy and mixed
 * content blocking; a renderer of hostile content keeps both protections (docs/design.md, "The
 * renderer treats content as hostile").
 */
export const REMOVED_CHROMIUM_FLAGS = ['--disable-web-security', '--allow-running-insecure-content'] as const;

/**
 * The third wall behind request interception and the document's CSP: Chromium's own host resolver
 * answers every host "not found" (`~NOTFOUND`, Chromium's resolver-rule target for a name that does
 * not resolve), so a request that got past both would still reach no server. IP literals are mapped
 * too: `http://127.0.0.1:<port>/` fails with ERR_NAME_NOT_RESOLVED like a name (measured with
 * Chromium 153), which covers the metadata address. The renderer serves its own origins through
 * interception, which answers before anything is resolved, so it needs no resolution at all.
 */
export const HOST_RESOLVER_FLAG = '--host-resolver-rules=MAP * ~NOTFOUND';

/**
 * The flags the renderer launches Chromium with.
 *
 * @example rendererChromiumArgs().includes('--disable-web-security') // false
 */
export function rendererChromiumArgs(): string[] {
  return [
    ...chromium.args.filter((arg) => !(REMOVED_CHROMIUM_FLAGS as readonly string[]).includes(arg)),
    // Off the record: no history or navigation databases on disk. Without it the profile in /tmp
    // grew ~9 KB per render (the DIPS write-ahead log records every navigation; measured).
    '--incognito',
    HOST_RESOLVER_FLAG,
  ];
}

/** Profile directories this module creates: `/tmp/pdf-renderer-profile-XXXXXX`. */
const PROFILE_PREFIX = 'pdf-renderer-profile-';

export interface BrowserKeeperOptions {
  /** Called with what happened, for the structured log. */
  log?: (event: string, details: Record<string, unknown>) => void;
}

export class BrowserKeeper {
  #current: Promise<Browser> | undefined;
  #launches = 0;
  readonly #log: NonNullable<BrowserKeeperOptions['log']>;

  constructor(options: BrowserKeeperOptions = {}) {
    this.#log = options.log ?? (() => {});
  }

  /** How many times a browser was launched (1 while warm; more after deaths). */
  get launches(): number {
    return this.#launches;
  }

  /**
   * The live browser, launching or relaunching it when needed.
   *
   * @example const browser = await keeper.browser();
   */
  async browser(): Promise<Browser> {
    const current = this.#current;
    if (current) {
      const browser = await current.catch(() => undefined);
      if (browser?.connected) return browser;
      if (this.#current === current) this.#current = undefined;
    }
    this.#current ??= this.#launch();
    return this.#current;
  }

  /** The process id of the live browser, if one runs. */
  async pid(): Promise<number | undefined> {
    const browser = await this.#current?.catch(() => undefined);
    return browser?.connected ? browser.process()?.pid : undefined;
  }

  /**
   * Ends the browser at once (SIGKILL). Used when a render overran its time limit: with
   * `--single-process` a renderer stuck in layout blocks the whole browser, so closing a page
   * politely may never return. The next call to `browser()` launches a new one (~0.2 s warm).
   */
  async kill(reason: string): Promise<void> {
    const current = this.#current;
    this.#current = undefined;
    const browser = await current?.catch(() => undefined);
    if (!browser) return;
    this.#log('browser-killed', { reason, pid: browser.process()?.pid });
    browser.process()?.kill('SIGKILL');
    await browser.disconnect().catch(() => {});
  }

  /** Closes the browser (tests, local server shutdown). */
  async close(): Promise<void> {
    const current = this.#current;
    this.#current = undefined;
    const browser = await current?.catch(() => undefined);
    await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
  }

  async #launch(): Promise<Browser> {
    const started = Date.now();
    // Unpacks Chromium into /tmp once per container (skipped when /tmp/chromium exists).
    const executablePath = await chromium.executablePath();
    const userDataDir = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
    try {
      const browser = await puppeteer.launch({
        executablePath,
        args: rendererChromiumArgs(),
        headless: 'shell',
        userDataDir,
        // The fontconfig file @sparticuz/chromium unpacks (it sets this itself only on Amazon Linux):
        // the same system fonts as on Lambda everywhere, so a missing web font shows up in tests.
        env: { ...process.env, FONTCONFIG_PATH: join(tmpdir(), 'fonts') },
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        protocolTimeout: 60_000,
      });
      this.#launches++;
      const pid = browser.process()?.pid;
      browser.once('disconnected', () => {
        rmSync(userDataDir, { recursive: true, force: true });
        this.#log('browser-gone', { pid });
      });
      this.#log('browser-launched', { pid, ms: Date.now() - started, launches: this.#launches });
      return browser;
    } catch (error) {
      rmSync(userDataDir, { recursive: true, force: true });
      this.#current = undefined;
      throw new Error('Chromium failed to launch', { cause: error });
    }
  }
}
