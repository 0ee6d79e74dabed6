/**
 * What API Gateway's HTTP API does around a Lambda proxy integration (payload format 2.0), for the
 * local gateway: the event it builds, the context Lambda passes, and how it turns the function's
 * result into an HTTP response. Sources: API Gateway developer guide, "Create AWS Lambda proxy
 * integrations for HTTP APIs" (payload format 2.0) and "Controlling access to HTTP APIs with JWT
 * authorizers"; `@types/aws-lambda` for the shapes.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { JWTPayload } from 'jose';
import { requestTarget } from './request-target.ts';

/** Account and API id in local events; obviously not real ones. */
const LOCAL_ACCOUNT_ID = '000000000000';
const LOCAL_API_ID = 'local';

/**
 * One claim value the way the HTTP API JWT authorizer hands it to the integration: always a string.
 * Numbers and booleans are printed; arrays are bracketed and space-separated (`[a b]`, as users of
 * `cognito:groups` report); objects are printed Go-map style (`map[k:v]`), which is how the
 * authorizer is reported to render them; treat both as opaque, only scalars are dependable.
 */
export function claimAsApiGatewayPassesIt(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(claimAsApiGatewayPassesIt).join(' ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `map[${entries.map(([name, inner]) => `${name}:${claimAsApiGatewayPassesIt(inner)}`).join(' ')}]`;
  }
  return String(value);
}

/** Every claim of a verified token, as strings (`requestContext.authorizer.jwt.claims`). */
export function claimsAsApiGatewayPassesThem(payload: JWTPayload): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) claims[name] = claimAsApiGatewayPassesIt(value);
  return claims;
}

/** An API Gateway request id: 16 base64 characters, like `JKJaXmPLvHcESHA=`. */
export function newApiGatewayRequestId(): string {
  return randomBytes(11).toString('base64');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `requestContext.time`: common log format in UTC, e.g. `12/Mar/2020:19:03:58 +0000`. */
function commonLogTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

export interface HttpApiEventInput {
  request: IncomingMessage;
  body: Buffer;
  routeKey: string;
  requestId: string;
  claims: Record<string, string>;
  now?: Date;
}

/**
 * The payload-format-2.0 event of a request that passed the JWT authorizer: header names lower-case,
 * repeated headers and query parameters joined with commas, cookies in `cookies`, the body as a
 * string, `body` absent when the request has none, `scopes` null when the route requires none.
 */
export function buildHttpApiEvent(input: HttpApiEventInput): APIGatewayProxyEventV2WithJWTAuthorizer {
  const { request, body, routeKey, requestId, claims } = input;
  const now = input.now ?? new Date();
  const target = requestTarget(request.url);
  const searchParams = new URLSearchParams(target.query);

  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(request.headersDistinct)) {
    if (name === 'cookie' || !values) continue;
    headers[name] = values.join(',');
  }
  const cookies = (request.headers.cookie ?? '')
    .split(';')
    .map((cookie) => cookie.trim())
    .filter(Boolean);

  const query: Record<string, string> = {};
  for (const name of new Set(searchParams.keys())) query[name] = searchParams.getAll(name).join(',');

  const host = request.headers.host ?? '127.0.0.1';
  const sourceIp = (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');

  return {
    version: '2.0',
    routeKey,
    rawPath: target.path,
    rawQueryString: target.query,
    ...(cookies.length ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: LOCAL_ACCOUNT_ID,
      apiId: LOCAL_API_ID,
      authorizer: { jwt: { claims, scopes: null } },
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: request.method ?? 'GET',
        path: target.path,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp,
        userAgent: request.headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: '$default',
      time: commonLogTime(now),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: body.toString('utf8') } : {}),
    isBase64Encoded: false,
  };
}

export interface LambdaContextInput {
  functionName: string;
  timeoutMs: number;
  memoryLimitInMB?: number;
  region?: string;
}

/** A Lambda invocation context with a fresh `awsRequestId` and a deadline `timeoutMs` from now. */
export function createLambdaContext(input: LambdaContextInput): Context {
  const deadline = Date.now() + input.timeoutMs;
  const region = input.region ?? 'eu-west-1';
  const today = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  const unsupported = (): never => {
    throw new Error('The callback-style context methods are not supported; return a promise');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: input.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${LOCAL_ACCOUNT_ID}:function:${input.functionName}`,
    memoryLimitInMB: String(input.memoryLimitInMB ?? 1024),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${input.functionName}`,
    logStreamName: `${today}/[$LATEST]${randomBytes(16).toString('hex')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}

export interface GatewayResponse {
  statusCode: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/**
 * The HTTP response API Gateway makes of a function's result (payload format 2.0): a result with a
 * `statusCode` is taken as the response; anything else is a 200 `application/json` body (a string
 * as it is, any other value serialized as JSON).
 */
export function responseFromLambdaResult(result: unknown): GatewayResponse {
  if (result !== null && typeof result === 'object' && 'statusCode' in result) {
    const structured = result as APIGatewayProxyStructuredResultV2;
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(structured.headers ?? {})) {
      headers[name.toLowerCase()] = String(value);
    }
    if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
    const text = structured.body ?? '';
    const body = structured.isBase64Encoded ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
    return { statusCode: structured.statusCode ?? 200, headers, body };
  }
  const text = typeof result === 'string' ? result : (JSON.stringify(result) ?? '');
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(text, 'utf8'),
  };
}
