import { type IncomingMessage, request } from 'node:http';

export interface ProbeOptions {
  timeoutMs?: number;
  /** Tells the expected server from whatever else may listen on the port; any answer by default. */
  isExpected?: (response: IncomingMessage) => boolean;
}

/**
 * Whether the expected server answers HTTP at `url` (any status counts). Uses a fresh connection that
 * is closed afterwards, so probing leaves no keep-alive socket holding the process open.
 */
export function answersHttp(url: string, options: ProbeOptions = {}): Promise<boolean> {
  const timeout = options.timeoutMs ?? 1000;
  return new Promise((resolve) => {
    const probe = request(url, { method: 'GET', agent: false, timeout }, (response) => {
      const expected = options.isExpected?.(response) ?? true;
      response.resume();
      response.once('end', () => resolve(expected));
      response.once('error', () => resolve(expected));
    });
    probe.once('timeout', () => probe.destroy(new Error('timeout')));
    probe.once('error', () => resolve(false));
    probe.end();
  });
}

/** Polls `url` until it answers or `timeoutMs` passes; `isAborted` stops early (the server died). */
export async function waitUntilAnswering(
  url: string,
  options: {
    timeoutMs: number;
    intervalMs?: number;
    isAborted?: () => boolean;
    isExpected?: ProbeOptions['isExpected'];
  },
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  const interval = options.intervalMs ?? 100;
  while (Date.now() < deadline) {
    if (options.isAborted?.()) return false;
    if (await answersHttp(url, { isExpected: options.isExpected })) return true;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  return false;
}
