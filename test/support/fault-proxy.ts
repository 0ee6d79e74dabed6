/**
 * A small TCP fault proxy for the fault tests: it sits between an SDK client and a local engine
 * (s3rver, DynamoDB Local, the Invoke API, the Translate endpoint) and, as the test says, passes
 * traffic through, resets connections, delays them, or answers HTTP requests itself with a status and
 * body (S3's 503 SlowDown, DynamoDB's throttling). toxiproxy would do this, but its server is not on
 * the registries this project can reach.
 */

import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';

export type Fault =
  | { kind: 'pass' }
  /** Accept, then destroy the connection at once (the client sees ECONNRESET / socket hang up). */
  | { kind: 'reset'; times?: number }
  /** Pass through after `ms` of silence. */
  | { kind: 'latency'; ms: number }
  /** Answer every HTTP request on the connection with this response, never reaching the engine. */
  | { kind: 'respond'; status: number; headers?: Record<string, string>; body: string; times?: number };

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: give it to the client instead of the engine's endpoint. */
  url: string;
  /** What new connections get from now on (`times`: only that many); open connections are closed. */
  set(fault: Fault): void;
  /** Connections accepted so far, by the fault they got. */
  readonly counts: Record<Fault['kind'], number>;
  close(): Promise<void>;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Answers each request head it reads on the socket with the fixed response (keep-alive honoured). */
function respond(socket: Socket, fault: Extract<Fault, { kind: 'respond' }>): void {
  let buffered = '';
  socket.on('data', (chunk) => {
    buffered += chunk.toString('latin1');
    // One response per request head; bodies of the requests are read and ignored.
    while (buffered.includes('\r\n\r\n')) {
      buffered = buffered.slice(buffered.indexOf('\r\n\r\n') + 4);
      const body = Buffer.from(fault.body);
      // One answer per connection, so that `times` counts requests and a retry meets the next fault.
      const headers = { 'content-length': String(body.length), connection: 'close', ...fault.headers };
      const head = [`HTTP/1.1 ${fault.status} ${STATUS_TEXT[fault.status] ?? 'Error'}`]
        .concat(Object.entries(headers).map(([name, value]) => `${name}: ${value}`))
        .join('\r\n');
      socket.write(`${head}\r\n\r\n`);
      socket.end(body);
      return;
    }
  });
}

/**
 * Starts a proxy to `target` (`host:port` or an http URL).
 *
 * @example
 * const proxy = await startFaultProxy(new URL(env.S3_ENDPOINT));
 * proxy.set({ kind: 'respond', status: 503, body: '<Error><Code>SlowDown</Code></Error>' });
 */
export async function startFaultProxy(target: URL): Promise<FaultProxy> {
  let fault: Fault = { kind: 'pass' };
  const counts: Record<Fault['kind'], number> = { pass: 0, reset: 0, latency: 0, respond: 0 };
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => {});
    const current = fault;
    counts[current.kind] += 1;
    // A fault with `times` hits that many connections, then the proxy passes traffic again.
    if ('times' in current && current.times !== undefined && --current.times <= 0) fault = { kind: 'pass' };
    if (current.kind === 'reset') {
      client.resetAndDestroy();
      return;
    }
    if (current.kind === 'respond') {
      respond(client, current);
      return;
    }
    const pipe = () => {
      const upstream = connect(Number(target.port), target.hostname);
      open.add(upstream);
      upstream.on('close', () => open.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
    };
    if (current.kind === 'latency') {
      client.pause();
      setTimeout(() => {
        client.resume();
        pipe();
      }, current.ms);
    } else pipe();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (next) => {
      fault = next;
      // Kept-alive connections would carry on as before: close them so the next request meets the fault.
      for (const socket of open) socket.destroy();
    },
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
