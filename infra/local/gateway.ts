/**
 * The local stand-in for API Gateway's HTTP API in front of the report-api Lambda: one route,
 * `POST /job-interview-pdf`, behind a JWT authorizer, with a Lambda proxy integration (payload
 * format 2.0). It mirrors what a client of the deployed API notices:
 * - any other method or path: 404 `{"message":"Not Found"}` (API Gateway's own answer);
 * - a missing, malformed, expired or wrongly signed token: 401. Deployed, the authorizer's own body is
 *   `{"message":"Unauthorized"}`; locally it is `{"error":"Unauthorized"}`, the contract's error shape
 *   (docs/local.md says how the deployed API gets the same, see docs/deploy.md);
 * - a body over 10 MB (the HTTP API payload limit): 413 `{"message":"Request Entity Too Large"}`; an
 *   event over 6 MB (Lambda's synchronous invocation payload limit) is refused the same way;
 * - the handler throws, or answers more than 6 MB: 500 `{"message":"Internal Server Error"}`;
 * - the handler takes longer than the integration timeout (30 s): 503 `{"message":"Service Unavailable"}`.
 * The JWKS is served where Supabase serves it: `GET /auth/v1/.well-known/jwks.json`.
 */

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import type { JSONWebKeySet } from 'jose';
import { REPORT_ROUTE, REPORT_ROUTE_KEY } from '../../shared/contract/report-route.ts';
import {
  buildHttpApiEvent,
  claimsAsApiGatewayPassesThem,
  createLambdaContext,
  type GatewayResponse,
  newApiGatewayRequestId,
  responseFromLambdaResult,
} from './api-gateway-event.ts';
import { issuerFor, JWKS_PATH, SUPABASE_AUDIENCE } from './jwks.ts';
import { REPO_ROOT } from './local-paths.ts';
import { requestTarget } from './request-target.ts';
import { createBearerTokenVerifier } from './verify-bearer-token.ts';

const ROUTE_KEY = REPORT_ROUTE_KEY;

/** HTTP API payload size limit: 10 MB (API Gateway quotas for HTTP APIs). */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;
/** Lambda synchronous invocation payload limit, request and response: 6 MB (Lambda quotas). */
const MAX_LAMBDA_PAYLOAD_BYTES = 6 * 1024 * 1024;
/** HTTP API maximum integration timeout: 30 s (API Gateway quotas for HTTP APIs). */
const INTEGRATION_TIMEOUT_MS = 30_000;

export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

export interface GatewayOptions {
  /** The function behind the route. */
  handler: LambdaHandler;
  /** The keys tokens are verified with (the local JWKS). */
  jwks: JSONWebKeySet;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Overrides the issuer; by default `<gateway url>/auth/v1`, as a Supabase project's. */
  issuer?: string;
  audience?: string;
  functionName?: string;
  /** The function's timeout, reported by `context.getRemainingTimeInMillis()`. */
  functionTimeoutMs?: number;
  /** Where a line per request goes (method, path, status, time, request id; why a token was refused). */
  log?: (line: string) => void;
}

export interface LocalGateway {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The issuer tokens must carry. */
  issuer: string;
  close(): Promise<void>;
}

/**
 * Imports the report-api handler the way Lambda does at a cold start. Call it after the environment
 * is set: the handler module reads its configuration when it loads.
 */
export async function loadReportApiHandler(): Promise<LambdaHandler> {
  const file = join(REPO_ROOT, 'lambdas/report-api/handler.ts');
  const module = (await import(pathToFileURL(file).href)) as { handler?: LambdaHandler };
  if (typeof module.handler !== 'function') throw new Error(`${file} exports no handler function`);
  return module.handler;
}

function jsonResponse(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): GatewayResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', ...headers },
    body: Buffer.from(JSON.stringify(body)),
  };
}

const NOT_FOUND = () => jsonResponse(404, { message: 'Not Found' });
// RFC 6750 §3: a 401 names the scheme; no error details, so a caller learns nothing about the token.
const UNAUTHORIZED = () => jsonResponse(401, { error: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });
const TOO_LARGE = () => jsonResponse(413, { message: 'Request Entity Too Large' });
const INTERNAL_ERROR = () => jsonResponse(500, { message: 'Internal Server Error' });
const UNAVAILABLE = () => jsonResponse(503, { message: 'Service Unavailable' });

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
const TIMED_OUT = Symbol('timed out');

/**
 * Starts the gateway on `host:port` and resolves once it listens.
 *
 * @example
 * const gateway = await startGateway({ handler: await loadReportApiHandler(), jwks: await localJwks(), port: 3000 });
 * // POST http://127.0.0.1:3000/job-interview-pdf with `Authorization: Bearer <token>`
 * await gateway.close();
 */
export async function startGateway(options: GatewayOptions): Promise<LocalGateway> {
  const host = options.host ?? '127.0.0.1';
  const functionName = options.functionName ?? 'report-api';
  const functionTimeoutMs = options.functionTimeoutMs ?? INTEGRATION_TIMEOUT_MS;
  const log = options.log ?? (() => {});
  const jwksBody = Buffer.from(JSON.stringify(options.jwks));
  let verifier: ReturnType<typeof createBearerTokenVerifier> | undefined;

  async function route(request: IncomingMessage, requestId: string): Promise<GatewayResponse> {
    const { path } = requestTarget(request.url);
    if (request.method === 'GET' && path === JWKS_PATH) {
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=600' },
        body: jwksBody,
      };
    }
    if (request.method !== REPORT_ROUTE.method || path !== REPORT_ROUTE.path) return NOT_FOUND();

    if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) return TOO_LARGE();
    const verdict = await verifier?.verify(request.headers.authorization);
    if (!verdict?.ok) {
      log(`401 ${requestId}: ${verdict?.reason ?? 'not ready'}`);
      return UNAUTHORIZED();
    }
    let body: Buffer;
    try {
      body = await readBody(request, MAX_REQUEST_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return TOO_LARGE();
      throw error;
    }
    const event = buildHttpApiEvent({
      request,
      body,
      routeKey: ROUTE_KEY,
      requestId,
      claims: claimsAsApiGatewayPassesThem(verdict.payload),
    });
    if (Buffer.byteLength(JSON.stringify(event)) > MAX_LAMBDA_PAYLOAD_BYTES) return TOO_LARGE();
    const context = createLambdaContext({ functionName, timeoutMs: functionTimeoutMs });
    let result: unknown;
    try {
      result = await withTimeout(options.handler(event, context), INTEGRATION_TIMEOUT_MS);
    } catch (error) {
      log(`500 ${requestId}: the handler threw: ${(error as Error)?.stack ?? String(error)}`);
      return INTERNAL_ERROR();
    }
    if (result === TIMED_OUT) {
      log(`503 ${requestId}: the handler did not answer within ${INTEGRATION_TIMEOUT_MS} ms`);
      return UNAVAILABLE();
    }
    const response = responseFromLambdaResult(result);
    if (response.body.length > MAX_LAMBDA_PAYLOAD_BYTES) {
      log(`500 ${requestId}: the response (${response.body.length} bytes) exceeds Lambda's 6 MB limit`);
      return INTERNAL_ERROR();
    }
    return response;
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = newApiGatewayRequestId();
    let answer: GatewayResponse;
    try {
      answer = await route(request, requestId);
    } catch (error) {
      log(`500 ${requestId}: ${(error as Error)?.stack ?? String(error)}`);
      answer = INTERNAL_ERROR();
    }
    if (response.destroyed) return;
    response.writeHead(answer.statusCode, {
      ...answer.headers,
      'content-length': String(answer.body.length),
      'apigw-requestid': requestId,
    });
    response.end(answer.body);
    const elapsed = (performance.now() - started).toFixed(1);
    log(`${request.method} ${request.url} ${answer.statusCode} ${elapsed} ms ${requestId}`);
  }

  const server = createServer((request, response) => {
    void serve(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const issuer = options.issuer ?? issuerFor(url);
  verifier = createBearerTokenVerifier({
    jwks: options.jwks,
    issuer,
    audience: options.audience ?? SUPABASE_AUDIENCE,
  });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    issuer,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
