/**
 * Events and contexts as API Gateway (HTTP API, payload 2.0, JWT authorizer) and Lambda hand them to
 * the report-api handler, for driving the handler in unit tests without a gateway.
 */

import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { REPORT_ROUTE, REPORT_ROUTE_KEY } from '../../shared/contract/report-route.ts';

export interface ApiEventOptions {
  /** The raw body as the gateway passes it; `undefined` for a request without one. */
  body?: string | undefined;
  /** The verified `sub` claim; `null` leaves the claim out, `'none'` drops the authorizer entirely. */
  sub?: string | null | 'none';
  headers?: Record<string, string>;
  isBase64Encoded?: boolean;
  requestId?: string;
}

let requestCounter = 0;

/** A fresh API Gateway request id, shaped like the real ones (`Ab1cDEFGhIJKLmN=`). */
function nextApiRequestId(): string {
  requestCounter += 1;
  return `ApiReq${requestCounter.toString().padStart(9, '0')}=`;
}

/**
 * A `POST /job-interview-pdf` event as API Gateway's JWT authorizer passes it.
 *
 * @example apiEvent({ sub: USER_ACME_RECRUITER, body: JSON.stringify({ export_type: 'json' }) })
 */
export function apiEvent(options: ApiEventOptions = {}): APIGatewayProxyEventV2WithJWTAuthorizer {
  const { body, sub = 'b5e1c0de-2f0a-4c9b-8a7d-6e5f4a3b2c11', isBase64Encoded = false } = options;
  const requestId = options.requestId ?? nextApiRequestId();
  const claims: Record<string, string | number | boolean | string[]> = {
    iss: 'http://127.0.0.1:54321/auth/v1',
    aud: 'authenticated',
    role: 'authenticated',
    exp: 4_102_444_800,
  };
  if (typeof sub === 'string' && sub !== 'none') claims.sub = sub;
  const event = {
    version: '2.0',
    routeKey: REPORT_ROUTE_KEY,
    rawPath: REPORT_ROUTE.path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...options.headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api1234567',
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
      domainName: 'api1234567.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'api1234567',
      http: {
        method: 'POST',
        path: REPORT_ROUTE.path,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.10',
        userAgent: 'vitest',
      },
      requestId,
      routeKey: REPORT_ROUTE_KEY,
      stage: '$default',
      time: '28/Nov/2026:12:00:00 +0000',
      timeEpoch: 1_795_867_200_000,
    },
    isBase64Encoded,
    ...(body === undefined ? {} : { body }),
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
  if (sub === 'none') delete (event.requestContext as { authorizer?: unknown }).authorizer;
  return event;
}

let invocationCounter = 0;

/** A Lambda context with a fresh `awsRequestId`. */
export function lambdaContext(): Context {
  invocationCounter += 1;
  const awsRequestId = `c0ffee00-0000-4000-8000-${invocationCounter.toString().padStart(12, '0')}`;
  return {
    awsRequestId,
    functionName: 'report-api',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:report-api',
    memoryLimitInMB: '1024',
    logGroupName: '/aws/lambda/report-api',
    logStreamName: '2026/11/28/[$LATEST]0123456789abcdef',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 29_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
