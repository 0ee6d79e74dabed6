/**
 * What the renderer does with each request Chromium makes while printing (the content is hostile:
 * docs/design.md, "The renderer treats content as hostile"). Exactly three things are answered: the document itself, once; `data:` URLs of
 * subresources; the layer's font files under the synthetic font origin. Everything else is aborted
 * before it leaves the browser: http(s) to anywhere (the metadata address included), `file:`, `ws:`,
 * `blob:`, every other navigation (iframes, meta refresh, links), and so redirects too, since no
 * request ever reaches a server that could answer one.
 */

import { FONT_ORIGIN } from '../print-protocol.ts';

/** Reserved name (RFC 2606 `.invalid`): even a request that escaped interception resolves nowhere. */
export const DOCUMENT_ORIGIN = 'https://report.invalid';

export interface RequestFacts {
  url: string;
  /** The URL this render's document is served at (unique per render, so no cache can answer it). */
  documentUrl: string;
  isNavigation: boolean;
  isMainFrame: boolean;
  /** Whether the document has been served already on this page. */
  documentServed: boolean;
}

export type RequestDecision =
  | { action: 'serve-document' }
  | { action: 'serve-font'; file: string }
  | { action: 'allow-data' }
  | { action: 'deny'; reason: string };

/**
 * Decides one request.
 *
 * @example decideRequest({ url: 'http://169.254.169.254/', documentUrl: 'https://report.invalid/1', isNavigation: false, isMainFrame: true, documentServed: true })
 * // { action: 'deny', reason: 'network' }
 */
export function decideRequest(request: RequestFacts): RequestDecision {
  const { url } = request;
  if (request.isNavigation) {
    if (url === request.documentUrl && request.isMainFrame && !request.documentServed)
      return { action: 'serve-document' };
    return { action: 'deny', reason: 'navigation' };
  }
  if (url.startsWith('data:')) return { action: 'allow-data' };
  const fontPrefix = `${FONT_ORIGIN}/files/`;
  if (url.startsWith(fontPrefix)) {
    const file = url.slice(fontPrefix.length);
    if (/^[a-z0-9-]+\.woff2$/.test(file)) return { action: 'serve-font', file };
    return { action: 'deny', reason: 'unknown font' };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? 'unknown';
  return {
    action: 'deny',
    reason:
      scheme === 'http' || scheme === 'https' || scheme === 'ws' || scheme === 'wss' ? 'network' : scheme,
  };
}
