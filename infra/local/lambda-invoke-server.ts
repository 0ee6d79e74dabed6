/**
 * A small local stand-in for the Lambda Invoke API, so report-api's real client code
 * (`@aws-sdk/client-lambda`, shared/adapters/aws/lambda-pdf-client.ts) runs unchanged on one machine:
 * `POST /2015-03-31/functions/<name>/invocations` runs the named handler in this process and answers
 * as Lambda does: 200 with the result; on a thrown error 200 with `X-Amz-Function-Error: Unhandled`
 * and `{ errorType, errorMessage, trace }`; 404 for an unknown function; 413 over the 6 MB payload limit.
 *
 * For the tests and the bench, beside the Invoke API (under `/local/`, which Lambda does not have):
 * `GET /local/invocations` lists every invocation (function, label, duration, error), and
 * `PUT`/`DELETE /local/faults` make a function fail on demand for invocations whose label contains a
 * string (the renderer "down" for one result's PDFs, while other tests keep rendering).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from 'aws-lambda';
import { requestTarget } from './request-target.ts';

/** A Lambda handler as Middy builds it: (event, context) → result. */
export type LocalLambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

export interface LocalFunction {
  /** Loaded on first invocation, like a cold start (so the stack starts without launching Chromium). */
  load: () => Promise<LocalLambdaHandler>;
  /** The function's timeout (ms), what `context.getRemainingTimeInMillis()` counts down from. */
  timeoutMs?: number;
  /** Frees what a loaded function holds (a browser); called on close, only if it was loaded. */
  dispose?: () => Promise<void>;
  /** What the invocation log records of an event, and what faults match (the renderer: its output key). */
  label?: (event: unknown) => string | undefined;
}

/** One invocation, as `GET /local/invocations` lists it. */
export interface InvocationRecord {
  function: string;
  label: string | null;
  started_at: string;
  duration_ms: number;
  /** The error type when the function failed (`LocalFaultError` for an injected fault). */
  error: string | null;
}

/** Makes `function` fail for invocations whose label contains `contains`. */
export interface LocalFault {
  function: string;
  contains: string;
}

/** The error an injected fault answers with, as the function's own failure would look. */
class LocalFaultError extends Error {
  override readonly name = 'LocalFaultError';
}

export interface LambdaInvokeServerOptions {
  functions: Record<string, LocalFunction>;
  /** 0 (default): an ephemeral port. */
  port?: number;
  host?: string;
}

export interface LambdaInvokeServer {
  /** The endpoint for `LAMBDA_ENDPOINT`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every invocation so far, oldest first. */
  invocations(): InvocationRecord[];
  close(): Promise<void>;
}

/** Lambda's synchronous request payload limit (Lambda quotas: 6 MB). */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 60_000;
const ROUTE = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;
/** Kept invocation records: enough for a bench run, bounded for a stack left running for days. */
const MAX_RECORDS = 20_000;

function matches(faults: readonly LocalFault[], name: string, label: string | undefined): boolean {
  return faults.some(
    (fault) => fault.function === name && label !== undefined && label.includes(fault.contains),
  );
}

/** The `/local/` routes: the invocation log and the fault switches. True when it answered. */
async function controlRoute(
  request: IncomingMessage,
  response: ServerResponse,
  records: InvocationRecord[],
  faults: LocalFault[],
): Promise<boolean> {
  const { path } = requestTarget(request.url);
  if (path === '/local/invocations' && request.method === 'GET') {
    send(response, 200, records);
    return true;
  }
  if (path !== '/local/faults' || (request.method !== 'PUT' && request.method !== 'DELETE')) return false;
  const fault = JSON.parse((await readBody(request))?.toString('utf8') || '{}') as Partial<LocalFault>;
  if (typeof fault.function !== 'string' || typeof fault.contains !== 'string' || fault.contains === '') {
    send(response, 400, { message: 'Give { "function": "<name>", "contains": "<part of the label>" }' });
    return true;
  }
  const index = faults.findIndex((f) => f.function === fault.function && f.contains === fault.contains);
  if (request.method === 'PUT' && index < 0)
    faults.push({ function: fault.function, contains: fault.contains });
  if (request.method === 'DELETE' && index >= 0) faults.splice(index, 1);
  send(response, 200, faults);
  return true;
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body ?? null);
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(text);
}

function awsError(response: ServerResponse, status: number, type: string, message: string): void {
  send(response, status, { Type: 'User', message }, { 'x-amzn-errortype': type });
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function contextFor(name: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: '2048',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/**
 * Starts the server.
 *
 * @example
 * const invoke = await startLambdaInvokeServer({ functions: { 'pdf-renderer': { load: loadPdfRendererHandler } } });
 * process.env.LAMBDA_ENDPOINT = invoke.url;
 */
export async function startLambdaInvokeServer(
  options: LambdaInvokeServerOptions,
): Promise<LambdaInvokeServer> {
  const loaded = new Map<string, Promise<LocalLambdaHandler>>();
  const records: InvocationRecord[] = [];
  const faults: LocalFault[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      if (await controlRoute(request, response, records, faults)) return;
      const route = ROUTE.exec(requestTarget(request.url).path);
      if (request.method !== 'POST' || !route) {
        awsError(response, 404, 'UnknownOperationException', 'Unknown operation');
        return;
      }
      // The SDK sends the name, a partial ARN or a full ARN; the name is the part after "function:".
      const name =
        decodeURIComponent(route[1] ?? '')
          .replace(/^.*:function:/, '')
          .split(':')[0] ?? '';
      const fn = options.functions[name];
      if (!fn) {
        awsError(response, 404, 'ResourceNotFoundException', `Function not found: ${name}`);
        return;
      }
      const body = await readBody(request);
      if (!body) {
        awsError(response, 413, 'RequestTooLargeException', 'Request must be smaller than 6291456 bytes');
        return;
      }
      let event: unknown;
      try {
        event = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        awsError(response, 400, 'InvalidRequestContentException', 'Could not parse request body into json');
        return;
      }
      const invocationType = request.headers['x-amz-invocation-type'] ?? 'RequestResponse';
      if (invocationType === 'DryRun') {
        response.writeHead(204).end();
        return;
      }
      let handler = loaded.get(name);
      if (!handler) {
        handler = fn.load();
        loaded.set(name, handler);
        handler.catch(() => loaded.delete(name));
      }
      const label = fn.label?.(event);
      const record: InvocationRecord = {
        function: name,
        label: label ?? null,
        started_at: new Date().toISOString(),
        duration_ms: 0,
        error: null,
      };
      records.push(record);
      if (records.length > MAX_RECORDS) records.shift();
      const started = performance.now();
      const run = handler
        .then((h) => {
          if (matches(faults, name, label))
            throw new LocalFaultError(`${name} failed on purpose (local fault)`);
          return h(event, contextFor(name, fn.timeoutMs ?? DEFAULT_TIMEOUT_MS));
        })
        .then(
          (result) => {
            record.duration_ms = Math.round(performance.now() - started);
            return result;
          },
          (error: unknown) => {
            record.duration_ms = Math.round(performance.now() - started);
            record.error = error instanceof Error ? error.name : 'Error';
            throw error;
          },
        );
      if (invocationType === 'Event') {
        run.catch(() => {});
        response.writeHead(202).end();
        return;
      }
      try {
        const result = await run;
        send(response, 200, result ?? null, { 'x-amz-executed-version': '$LATEST' });
      } catch (error) {
        const err = error instanceof Error ? error : new Error(String(error));
        send(
          response,
          200,
          { errorType: err.name, errorMessage: err.message, trace: (err.stack ?? '').split('\n') },
          { 'x-amz-function-error': 'Unhandled', 'x-amz-executed-version': '$LATEST' },
        );
      }
    })().catch((error: unknown) => {
      if (!response.headersSent) awsError(response, 500, 'ServiceException', String(error));
    });
  });
  // A render can take tens of seconds; Node's default request timeout (5 min) is fine, keep-alive too.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    invocations: () => [...records],
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.allSettled(
        [...loaded.keys()].map((name) => options.functions[name]?.dispose?.() ?? Promise.resolve()),
      );
    },
  };
}

/**
 * The pdf-renderer function as the local stack runs it: the very handler module Lambda runs, loaded
 * on first invocation (it reads its configuration from process.env then).
 *
 * @example startLambdaInvokeServer({ functions: { 'pdf-renderer': { load: loadPdfRendererHandler } } })
 */
export async function loadPdfRendererHandler(): Promise<LocalLambdaHandler> {
  const module = (await import('../../lambdas/pdf-renderer/handler.ts')) as { handler: LocalLambdaHandler };
  return module.handler;
}

/** The renderer's invocations are labelled by the object they print (`reports/<merchant>/<result>/…`). */
export function pdfRendererLabel(event: unknown): string | undefined {
  const key = (event as { output_key?: unknown } | null)?.output_key;
  return typeof key === 'string' ? key : undefined;
}

/**
 * The report-worker function as the local stack runs it: the very handler module Lambda runs, loaded
 * on first invocation (it reads its configuration from process.env then).
 */
export async function loadReportWorkerHandler(): Promise<LocalLambdaHandler> {
  const module = (await import('../../lambdas/report-worker/handler.ts')) as { handler: LocalLambdaHandler };
  return module.handler;
}

/** Closes the browser the loaded pdf-renderer keeps warm, so a stopped stack leaves no Chromium. */
export async function disposePdfRendererHandler(): Promise<void> {
  const module = await import('../../lambdas/pdf-renderer/handler.ts');
  await module.renderer.close();
}
