/**
 * Property-based fuzzing of the report-api handler's request handling: thousands of generated and
 * mutated bodies, driven through the whole Middy chain with in-memory dependencies. Whatever comes
 * in, the answer is 200 with a body the contract accepts, or 422 `{ error, name }`; never a 500 and
 * never another status. A valid body of the caller's own results is a 200; one that names another
 * merchant's result gets the same bytes as one naming an id that never existed.
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
import {
  expectForeignResultsAnswer,
  expectOwnResultsAnswer,
  type FuzzAnswer,
  twinWithNeverExistingIds,
} from '../../support/fuzz-expectations.ts';
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

const OWN = [RESULT_FULL_EN, RESULT_JA, RESULT_AR, RESULT_ALMOST_EMPTY];
const FOREIGN = [RESULT_OTHER_MERCHANT];

async function send(raw: string | undefined, isBase64Encoded: boolean) {
  const event = apiEvent({ sub: USER_ACME_RECRUITER, body: raw, isBase64Encoded });
  return (await handler(event, lambdaContext())) as APIGatewayProxyStructuredResultV2;
}

/**
 * Sends one raw body through the handler and checks the answer's shape. A body that names another
 * merchant's result must be answered exactly as its twin naming ids that never existed.
 */
async function expectContractAnswer(raw: string | undefined, isBase64Encoded = false): Promise<FuzzAnswer> {
  const response = await send(raw, isBase64Encoded);
  const status = response.statusCode ?? 0;
  const text = response.body ?? '';
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  expect(response.headers?.['content-type']).toBe('application/json');
  const body = JSON.parse(text) as Record<string, unknown>;
  if (status === 200) {
    expect(validateJobInterviewPdfResponse(body)).toBe(true);
  } else {
    expect(status, `status ${status} for ${JSON.stringify(raw)?.slice(0, 300)}: ${text}`).toBe(422);
    expect(Object.keys(body).sort()).toEqual(['error', 'name']);
    expect(typeof body.error).toBe('string');
    expect(typeof body.name).toBe('string');
    expect((body.error as string).length).toBeGreaterThan(0);
    expect(body.name).toMatch(/^(body|[a-z_]+(\[\d+\])?(\.[a-z_]+)?)$/);
  }
  const twin = raw === undefined || isBase64Encoded ? undefined : twinWithNeverExistingIds(raw, FOREIGN);
  if (twin !== undefined) {
    const twinResponse = await send(twin, false);
    // The clock and the signer are fixed here, so even a 200 would have to be the same bytes.
    expect({ status, text }, `twin of ${raw?.slice(0, 300)}`).toEqual({
      status: twinResponse.statusCode,
      text: twinResponse.body,
    });
  }
  return { status, text, comparedWithTwin: twin !== undefined };
}

const { validRequest, foreignRequest, oneFieldWrong, requestLike, mutatedText, anyJson, weirdString } =
  requestBodyArbitraries({ own: OWN, foreign: FOREIGN });

describe('report-api body fuzzing: 200 or 422 { error, name }, never anything else', () => {
  it('valid bodies of every kind, naming own results: 200 (a prototype key aside)', async () => {
    await fc.assert(
      fc.asyncProperty(validRequest, async (body) => {
        const raw = JSON.stringify(body);
        expectOwnResultsAnswer(raw, await expectContractAnswer(raw));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it("valid bodies naming another merchant's result: the not-found answer, the same bytes as for an id that never existed", async () => {
    await fc.assert(
      fc.asyncProperty(foreignRequest, async (body) => {
        const raw = JSON.stringify(body);
        expectForeignResultsAnswer(body, OWN, await expectContractAnswer(raw));
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('valid bodies with one field, in turn each field and toggle, wrong or missing', async () => {
    await fc.assert(
      fc.asyncProperty(oneFieldWrong, async (body) => {
        await expectContractAnswer(JSON.stringify(body));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('request-shaped bodies with valid and wrong values at any fields', async () => {
    await fc.assert(
      fc.asyncProperty(requestLike, async (body) => {
        await expectContractAnswer(JSON.stringify(body));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('valid bodies mutated as text', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedText, async (text) => {
        await expectContractAnswer(text);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('any JSON value, non-JSON strings, and either of them base64-encoded', async () => {
    const raw = fc.oneof(
      anyJson.map((value) => JSON.stringify(value) ?? 'undefined'),
      weirdString,
    );
    await fc.assert(
      fc.asyncProperty(raw, fc.boolean(), async (text, encode) => {
        await expectContractAnswer(encode ? Buffer.from(text).toString('base64') : text, encode);
      }),
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
