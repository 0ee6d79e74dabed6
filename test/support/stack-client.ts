/**
 * Helpers for tests that drive the local stack started by test/support/stack-global-setup.ts:
 * post a body with a token, tokens for demo users, the demo document's ids, and an attacker (a user
 * of another merchant than the one that owns a result).
 */

import { inject } from 'vitest';
import { readDemoDocument } from '../../infra/local/demo-document.ts';
import { type SignTokenOptions, signToken } from '../../infra/local/jwks.ts';
import type { SeedDocument } from '../../infra/local/seed-loader.ts';
import { validateJobInterviewPdfResponse } from '../../shared/contract/generated/response-validator.js';
import { REPORT_ROUTE } from '../../shared/contract/report-route.ts';
import { reportDataErrors } from './report-data-validator.ts';
import type { ProvidedStack } from './stack-global-setup.ts';

export const REPORT_PATH = REPORT_ROUTE.path;

/** The running test stack: URL, issuer, state directory, env. */
export function testStack(): ProvidedStack {
  return inject('stack');
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The body exactly as received, for byte-for-byte comparisons. */
  text: string;
  json<T = unknown>(): T;
}

export interface PostOptions {
  /** Sent as `Authorization: Bearer <token>`; omit for no header. */
  token?: string;
  /** Sent as the `Authorization` header as it is (wins over `token`). */
  authorization?: string;
  headers?: Record<string, string>;
  method?: string;
  path?: string;
}

/**
 * Sends a request to the gateway. A string body is sent as it is; anything else as JSON.
 *
 * @example const response = await postReport({ interview_result_id: id, export_type: 'json' }, { token });
 */
export async function postReport(body: unknown, options: PostOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  if (authorization !== undefined) headers.authorization = authorization;
  const method = options.method ?? 'POST';
  const response = await fetch(`${testStack().url}${options.path ?? REPORT_PATH}`, {
    method,
    headers,
    body:
      method === 'GET' || method === 'HEAD'
        ? undefined
        : typeof body === 'string'
          ? body
          : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status === 200 && (options.path ?? REPORT_PATH) === REPORT_PATH) assertContractBody(text);
  return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
}

/**
 * Every 200 of the report route, in every test, must be a body the contract's response schema
 * accepts, and every JSON export's `data` must match the report model's schema.
 */
function assertContractBody(text: string): void {
  const body = JSON.parse(text) as { json_export?: { results?: Array<{ data: unknown }> } };
  if (!validateJobInterviewPdfResponse(body)) {
    throw new Error(
      `200 body outside the contract: ${JSON.stringify(validateJobInterviewPdfResponse.errors)}`,
    );
  }
  for (const result of body.json_export?.results ?? []) {
    const errors = reportDataErrors(result.data);
    if (errors.length > 0) throw new Error(`report data outside its schema: ${errors.join('; ')}`);
  }
}

/** A token the test stack accepts, for `userId` (undefined: a token without `sub`), with claim overrides. */
export function tokenFor(
  userId: string | undefined,
  overrides: Omit<SignTokenOptions, 'sub'> = {},
): Promise<string> {
  const stack = testStack();
  return signToken({ iss: stack.issuer, stateDirectory: stack.stateDirectory, ...overrides, sub: userId });
}

let demo: Partial<SeedDocument> | undefined;

/** The demo document the stack was seeded with. */
export function demoDocument(): Partial<SeedDocument> {
  demo ??= readDemoDocument();
  return demo;
}

export interface DemoResult {
  id: string;
  merchantId: string;
  language: string;
  /** A user of the merchant that owns the result. */
  userId: string;
}

/** Every demo result with its merchant, language and a user of that merchant. */
export function demoResults(): DemoResult[] {
  const document = demoDocument();
  return (document.results ?? []).map((result) => ({
    id: result.interview_result_id,
    merchantId: result.merchant_id,
    language: result.mojito_language_code,
    userId: demoUserOf(result.merchant_id),
  }));
}

/** A demo user who belongs to `merchantId`. */
function demoUserOf(merchantId: string): string {
  const membership = (demoDocument().memberships ?? []).find(
    (candidate) => candidate.merchant_id === merchantId,
  );
  if (!membership) throw new Error(`The demo document has no user of merchant ${merchantId}`);
  return membership.user_id;
}

/** A demo user of another merchant than `merchantId`: someone who must not see that merchant's results. */
export function attackerOf(merchantId: string): { userId: string; merchantId: string } {
  const membership = (demoDocument().memberships ?? []).find(
    (candidate) => candidate.merchant_id !== merchantId,
  );
  if (!membership) throw new Error(`The demo document has no user outside merchant ${merchantId}`);
  return { userId: membership.user_id, merchantId: membership.merchant_id };
}
