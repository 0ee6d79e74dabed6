/**
 * Property-based fuzzing of the report-api handler's request handling: thousands of generated and
 * mutated bodies, driven through the whole Middy chain with in-memory dependencies. Whatever comes
 * in, the answer is 200 with a body the contract accepts, or 422 `{ error, name }`; never a 500 and
 * never another status.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateJobInterviewPdfResponse } from '../../../shared/contract/generated/response-validator.js';
import { DEFAULT_EXPORT_FEATURES, REPORT_TEMPLATES } from '../../../shared/domain/options.ts';
import { LANGUAGE_CODES } from '../../../shared/domain/records.ts';
import { createReportApiHandler } from '../../../shared/http/report-api-handler.ts';
import { apiEvent, lambdaContext } from '../../support/api-gateway-event.ts';
import { FakeRepository, FakeSigner } from '../../support/fakes.ts';
import {
  allBundles,
  MEMBERSHIPS,
  RESULT_ALMOST_EMPTY,
  RESULT_AR,
  RESULT_FULL_EN,
  RESULT_JA,
  RESULT_OTHER_MERCHANT,
  USER_ACME_RECRUITER,
} from '../../support/fixtures.ts';

const handler = createReportApiHandler({
  deps: {
    repository: new FakeRepository(MEMBERSHIPS, allBundles()),
    signer: new FakeSigner(),
    signedUrlTtlSeconds: 900,
    now: () => new Date('2026-11-28T12:00:00.000Z'),
  },
  // Errors only: a 500 would print its cause here, which is what a failing run needs to show.
  logger: new Logger({ serviceName: 'report-api-fuzz', logLevel: 'ERROR' }),
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

// Ids the caller's merchant owns (200s), one of another merchant, and random ones (not found).
const ownIds = [RESULT_FULL_EN, RESULT_JA, RESULT_AR, RESULT_ALMOST_EMPTY];
const knownId = fc.constantFrom(...ownIds, RESULT_OTHER_MERCHANT);
const anyUuid = fc.oneof(
  knownId,
  fc.uuid(),
  fc.uuid().map((id) => id.toUpperCase()),
);
const weirdString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', 'null', 'true', '0', '\u0000', '\ud800', '💥'.repeat(50), 'x'.repeat(10_000)),
);
const hugeNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, -0, 1e308),
  fc.bigInt().map((n) => Number(n)),
);
/** Any JSON value, some deeply nested. */
const anyJson = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((depth) => nest(depth)) },
  { weight: 1, arbitrary: hugeNumber },
  { weight: 1, arbitrary: weirdString },
);

function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { v: value };
  return value;
}

/** A field: usually valid, sometimes any JSON at all (a wrong type at every field, in turn). */
function validOrNot<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anyJson });
}

const FEATURE_KEYS = [
  ...Object.keys(DEFAULT_EXPORT_FEATURES),
  'template',
  'mojito_language_code',
  'unknown_toggle',
];

/** A valid value for each key of export_features_result (the unknown key takes anything). */
function validFeatureValue(key: string): fc.Arbitrary<unknown> {
  if (key === 'template') return fc.constantFrom(...REPORT_TEMPLATES);
  if (key === 'mojito_language_code') return fc.constantFrom(...LANGUAGE_CODES);
  if (key === 'unknown_toggle') return anyJson;
  return fc.boolean();
}

const validFeatures = fc.record(
  Object.fromEntries(FEATURE_KEYS.map((key) => [key, validFeatureValue(key)])),
  {
    requiredKeys: [],
  },
);

/** Valid bodies of every kind: single or combined, each export type, any toggles, template and store_file. */
const validRequest = fc
  .tuple(
    fc.oneof(
      knownId.map((id) => ({ interview_result_id: id })),
      fc.uniqueArray(fc.constantFrom(...ownIds), { minLength: 1, maxLength: 4 }).map((ids) => ({
        interview_result_ids: ids,
      })),
    ),
    fc.record(
      {
        export_type: fc.constantFrom('json', 'json', 'json', 'html', 'pdf'),
        export_features_result: validFeatures,
        template: fc.constantFrom(...REPORT_TEMPLATES),
        store_file: fc.constant(false),
        extra: anyJson,
      },
      { requiredKeys: ['export_type'] },
    ),
  )
  .map(([ids, rest]) => ({ ...ids, ...rest }) as Record<string, unknown>);

/** A valid body with exactly one field, top level or a toggle, replaced by any JSON value or removed. */
const oneFieldWrong = fc
  .tuple(
    validRequest,
    fc.constantFrom(
      'interview_result_id',
      'interview_result_ids',
      'export_type',
      'export_features_result',
      'template',
      'store_file',
      ...FEATURE_KEYS.map((key) => `export_features_result.${key}`),
    ),
    fc.option(anyJson, { nil: undefined, freq: 8 }),
  )
  .map(([body, field, value]) => {
    const [top, inner] = field.split('.') as [string, string | undefined];
    let target = body;
    if (inner !== undefined) {
      target = { ...(body[top] as object) };
      body[top] = target;
    }
    const key = inner ?? top;
    if (value === undefined) delete target[key];
    else target[key] = value;
    return body;
  });

/** Request-shaped bodies: each field present or not, valid or not, independently. */
const requestLike = fc.record(
  {
    interview_result_id: validOrNot(anyUuid),
    interview_result_ids: validOrNot(
      fc.oneof(
        fc.uniqueArray(knownId, { minLength: 1, maxLength: 5 }),
        fc.array(anyUuid, { maxLength: 60 }),
        fc.array(fc.oneof(anyUuid, weirdString), { maxLength: 8 }),
      ),
    ),
    export_type: validOrNot(fc.constantFrom('json', 'json', 'json', 'html', 'pdf', 'JSON')),
    export_features_result: validOrNot(
      fc.dictionary(
        fc.constantFrom(...FEATURE_KEYS),
        validOrNot(fc.oneof(fc.boolean(), fc.constantFrom(...REPORT_TEMPLATES, ...LANGUAGE_CODES))),
      ),
    ),
    template: validOrNot(fc.constantFrom(...REPORT_TEMPLATES, 'fancy')),
    store_file: validOrNot(fc.boolean()),
    extra: anyJson,
  },
  { requiredKeys: [] },
);

/** A valid JSON-export body: the starting point of the text mutations. */
const validBody = validRequest;

/** Mutations of a body's text: cut, insert, replace, duplicate keys, splice in odd JSON. */
const mutatedText = fc
  .tuple(
    validBody.map((body) => JSON.stringify(body)),
    fc.constantFrom('truncate', 'delete', 'insert', 'replace', 'duplicate-key', 'splice-value', 'wrap'),
    fc.nat(),
    fc.nat(),
    fc.oneof(
      weirdString,
      fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'NaN', '1e999', '-', 'nul'),
    ),
  )
  .map(([text, mutation, a, b, insert]) => {
    const at = a % (text.length + 1);
    const length = b % 20;
    switch (mutation) {
      case 'truncate':
        return text.slice(0, at);
      case 'delete':
        return text.slice(0, at) + text.slice(at + length);
      case 'insert':
        return text.slice(0, at) + insert + text.slice(at);
      case 'replace':
        return text.slice(0, at) + insert + text.slice(at + length);
      case 'duplicate-key':
        return text.replace('{', `{"export_type":${JSON.stringify(insert)},`);
      case 'splice-value':
        return text.replace(
          /"export_type":"json"/,
          `"export_type":${insert.length === 0 ? '1e999' : insert}`,
        );
      default:
        return `[${text}]`;
    }
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
