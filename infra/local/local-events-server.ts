/**
 * The local stack's events endpoint, one HTTP server for the two event services the worker touches:
 *
 * - EventBridge: `POST /` with `X-Amz-Target: AWSEvents.PutEvents` (what `@aws-sdk/client-eventbridge`
 *   sends, `EVENTBRIDGE_ENDPOINT`) puts events on the local bus; `GET /local/events` lists them.
 * - report-worker's queue (no SQS API, see local-queue.ts): `POST /local/queue/messages`
 *   `{ "bodies": [...], "batch_size"?: n }` sends and delivers, answering when every message is
 *   acknowledged or dead-lettered; `GET /local/queue/dead-letters`; `POST /local/queue/redrive`.
 *
 * `npm run emit` and `npm run dlq` talk to it; so do the stack tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalEventBus, PutEventsEntry } from './local-event-bus.ts';
import type { LocalQueue } from './local-queue.ts';
import { requestTarget } from './request-target.ts';

export interface LocalEventsServer {
  /** e.g. `http://127.0.0.1:41235`: `EVENTBRIDGE_ENDPOINT`, and the base of the `/local/` routes. */
  url: string;
  close(): Promise<void>;
}

/** Bodies of a send: a test of a batch of 10 stays far below it. */
const MAX_BODY_BYTES = 1024 * 1024;

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

function send(response: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  response.writeHead(status, { 'content-type': type });
  response.end(JSON.stringify(body));
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  bus: LocalEventBus,
  queue: LocalQueue,
): Promise<void> {
  const { path } = requestTarget(request.url);
  const target = request.headers['x-amz-target'];
  if (request.method === 'POST' && path === '/' && target === 'AWSEvents.PutEvents') {
    const { Entries } = (await readJson(request)) as { Entries?: PutEventsEntry[] };
    send(response, 200, bus.put(Entries ?? []), 'application/x-amz-json-1.1');
    return;
  }
  if (request.method === 'POST' && path === '/') {
    // Any other EventBridge operation: the local bus answers PutEvents only.
    send(response, 400, { __type: 'UnknownOperationException', message: `Not served locally: ${target}` });
    return;
  }
  if (request.method === 'GET' && path === '/local/events') return send(response, 200, bus.list());
  if (request.method === 'GET' && path === '/local/queue/dead-letters') {
    return send(response, 200, queue.deadLetters());
  }
  if (request.method === 'POST' && path === '/local/queue/redrive')
    return send(response, 200, await queue.redrive());
  if (request.method === 'POST' && path === '/local/queue/messages') {
    const { bodies, batch_size } = (await readJson(request)) as { bodies?: unknown; batch_size?: unknown };
    if (!Array.isArray(bodies) || !bodies.every((body) => typeof body === 'string')) {
      return send(response, 400, { message: 'Give { "bodies": ["<message body>", …] }' });
    }
    return send(
      response,
      200,
      await queue.send(bodies, typeof batch_size === 'number' ? batch_size : undefined),
    );
  }
  send(response, 404, { message: 'Not found' });
}

/**
 * @example const events = await startLocalEventsServer({ bus, queue }); process.env.EVENTBRIDGE_ENDPOINT = events.url;
 */
export async function startLocalEventsServer(options: {
  bus: LocalEventBus;
  queue: LocalQueue;
  port?: number;
}): Promise<LocalEventsServer> {
  const server = createServer((request, response) => {
    route(request, response, options.bus, options.queue).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { message: String(error) });
    });
  });
  // A delivery waits for renders and redeliveries: no request timeout of Node's own.
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
