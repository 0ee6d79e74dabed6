/**
 * Property-based fuzzing of the report-api handler's request handling: thousands of generated and
 * mutated bodies, driven through the whole Middy chain with in-memory dependencies. Whatever comes
 * in, the answer is 200 with a body the contract accepts, or 422 `{ error, name }`; never a 500 and
 * never another status.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateJobInterviewPdfResponse } from '../../../shared/contract/generated/response-validator.js';
import { createReportApiHandler } from '../../../shared/handlers/report-api-handler.ts';
import { createApiLogger } from '../../../shared/http/request-correlation.ts';
import { apiEvent, lambdaContext } from '../../support/api-gateway-event.ts';
import { FakePdf, FakeRepository, FakeSigner } from '../../support/fakes.ts';
import {
  allBundles,
  MEMBERSHIPS,
  MERCHANTS,
  RESULT_ALMOST_EMPTY,
  RESULT_AR,
  RESULT_FULL_EN,
  RESULT_JA,
  RESULT_OTHER_MERCHANT,
  USER_ACME_RECRUITER,
} from '../../support/fixtures.ts';
import { requestBodyArbitraries } from '../../support/request-body-arbitraries.ts';

const handler = createReportApiHandler({
  deps: {
    repository: new FakeRepository(MEMBERSHIPS, allBundles(), MERCHANTS),
    signer: new FakeSigner(),
    signedUrlTtlSeconds: 900,
    now: () => new Date('2026-11-28T12:00:00.000Z'),
    pdf: new FakePdf().ports(),
  },
  // Errors only: a 500 would print its cause here, which is what a failing run needs to show.
  logger: createApiLogger({ serviceName: 'report-api-fuzz', logLevel: 'ERROR' }),
});

const statuses = new Map<number, number>();

/** Sends one raw body through the handler and checks the answer's shape. */
async function expectContractAnswer(raw: string | undefined, isBase64Encoded = false): Promise<void> {
  const event = apiEvent({ sub: USER_ACME_RECRUITER, body: raw, isBase64Encoded });
  const response = (await handler(event, lambdaContext())) as APIGatewayProxyStructuredResultV2;
  const status = response.statusCode ?? 0;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  expect(response.headers?.['content-type']).toBe('application/json');
  const body = JSON.parse(response.body ?? '') as Record<string, unknown>;
  if (status === 200) {
    expect(validateJobInterviewPdfResponse(body)).toBe(true);
    return;
  }
  expect(status, `status ${status} for ${JSON.stringify(raw)?.slice(0, 300)}: ${response.body}`).toBe(422);
  expect(Object.keys(body).sort()).toEqual(['error', 'name']);
  expect(typeof body.error).toBe('string');
  expect(typeof body.name).toBe('string');
  expect((body.error as string).length).toBeGreaterThan(0);
  expect(body.name).toMatch(/^(body|[a-z_]+(\[\d+\])?(\.[a-z_]+)?)$/);
}

const { validRequest, oneFieldWrong, requestLike, mutatedText, anyJson, weirdString } =
  requestBodyArbitraries({
    own: [RESULT_FULL_EN, RESULT_JA, RESULT_AR, RESULT_ALMOST_EMPTY],
    foreign: [RESULT_OTHER_MERCHANT],
  });

describe('report-api body fuzzing: 200 or 422 { error, name }, never anything else', () => {
  it('valid bodies of every kind', async () => {
    await fc.assert(
      fc.asyncProperty(validRequest, (body) => expectContractAnswer(JSON.stringify(body))),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('valid bodies with one field, in turn each field and toggle, wrong or missing', async () => {
    await fc.assert(
      fc.asyncProperty(oneFieldWrong, (body) => expectContractAnswer(JSON.stringify(body))),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('request-shaped bodies with valid and wrong values at any fields', async () => {
    await fc.assert(
      fc.asyncProperty(requestLike, (body) => expectContractAnswer(JSON.stringify(body))),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('valid bodies mutated as text', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedText, (text) => expectContractAnswer(text)),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('any JSON value, non-JSON strings, and either of them base64-encoded', async () => {
    const raw = fc.oneof(
      anyJson.map((value) => JSON.stringify(value) ?? 'undefined'),
      weirdString,
    );
    await fc.assert(
      fc.asyncProperty(raw, fc.boolean(), (text, encode) =>
        expectContractAnswer(encode ? Buffer.from(text).toString('base64') : text, encode),
      ),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('extremes: very deep nesting, huge numbers, huge arrays, lone surrogates', async () => {
    const deep = 200_000;
    const extremes = [
      '['.repeat(deep) + ']'.repeat(deep),
      `{"export_type":"json","interview_result_id":"${RESULT_FULL_EN}","x":${'['.repeat(deep)}${']'.repeat(deep)}}`,
      `{"export_type":"json","interview_result_id":"${RESULT_FULL_EN}","x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
      `{"export_type":"json","interview_result_id":"${RESULT_FULL_EN}","x":1${'0'.repeat(400)}}`,
      `{"export_type":"json","interview_result_ids":${JSON.stringify(Array.from({ length: 100_000 }, () => RESULT_FULL_EN))}}`,
      `{"export_type":"json","interview_result_id":"\\ud800${RESULT_FULL_EN.slice(1)}"}`,
      `{"export_type":"json","interview_result_id":"${RESULT_FULL_EN}","export_features_result":{"analytics":1e999}}`,
      `{"constructor":{"prototype":{"polluted":true}},"export_type":"json","interview_result_id":"${RESULT_FULL_EN}"}`,
      '\ufeff{"export_type":"json"}',
      'x'.repeat(1_000_000),
    ];
    for (const raw of extremes) await expectContractAnswer(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('exercised both outcomes', () => {
    // A fuzz run that only ever produced refusals would prove little about the 200 path.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(100);
    expect(statuses.get(422) ?? 0).toBeGreaterThan(1000);
    expect([...statuses.keys()].sort()).toEqual([200, 422]);
  });
});
