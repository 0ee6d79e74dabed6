/**
 * Gateway-level body fuzzing: thousands of generated and mutated bodies sent over HTTP to the local
 * stack (the real report-api handler behind the local gateway, DynamoDB Local, s3rver) with a valid
 * token of a demo user. Whatever the body, and whatever the Content-Type says, the answer is 200 with
 * a body the contract accepts, or 422 with exactly `{ error, name }`; never a 500, never a 415, never
 * anything else. A valid body of the caller's own results is a 200; one that names another merchant's
 * result gets the same bytes as one naming an id that never existed.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateJobInterviewPdfResponse } from '../../shared/contract/generated/response-validator.js';
import {
  expectForeignResultsAnswer,
  expectOwnResultsAnswer,
  type FuzzAnswer,
  twinWithNeverExistingIds,
} from '../support/fuzz-expectations.ts';
import { type BodyArbitraries, requestBodyArbitraries } from '../support/request-body-arbitraries.ts';
import { demoDocument, demoResults, REPORT_PATH, testStack, tokenFor } from '../support/stack-client.ts';

let token: string;
let arbitraries: BodyArbitraries;
/** Results of the token's merchant, and of the other merchant. */
let own: string[] = [];
let foreign: string[] = [];
const statuses = new Map<number, number>();
/** Ids and candidate names of the other merchant: the fuzzed bodies ask for them, no 200 may show them. */
let foreignMarks: string[] = [];

beforeAll(async () => {
  const results = demoResults();
  const [first] = results;
  if (!first) throw new Error('The demo document has no result');
  token = await tokenFor(first.userId);
  own = results.filter((result) => result.merchantId === first.merchantId).map((result) => result.id);
  foreign = results.filter((result) => result.merchantId !== first.merchantId).map((result) => result.id);
  const document = demoDocument();
  foreignMarks = foreign.flatMap((id) => {
    const record = document.results?.find((r) => r.interview_result_id === id);
    const name = document.candidates?.find((c) => c.candidate_id === record?.candidate_id)?.name;
    return name ? [id, name] : [id];
  });
  arbitraries = requestBodyArbitraries({ own, foreign });
});

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'multipart/form-data; boundary=x',
  undefined,
];

async function send(body: string | Uint8Array | undefined, contentType?: string): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (contentType !== undefined) headers['content-type'] = contentType;
  // A copy on its own ArrayBuffer: what fetch's BodyInit type takes.
  const payload = body instanceof Uint8Array ? new Uint8Array(body) : body;
  return fetch(`${testStack().url}${REPORT_PATH}`, { method: 'POST', headers, body: payload });
}

/**
 * Sends raw bytes or text to the route and checks the answer's shape. A body that names another
 * merchant's result must be answered as its twin naming ids that never existed: the same bytes for a
 * refusal (a 200 could differ only by the time its URLs were signed, so there the statuses must match).
 */
async function expectContractAnswer(
  body: string | Uint8Array | undefined,
  contentType?: string,
): Promise<FuzzAnswer> {
  const response = await send(body, contentType);
  const text = await response.text();
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const sent = typeof body === 'string' ? body.slice(0, 300) : String(body?.length);
  expect(
    [200, 422],
    `status ${response.status} for ${JSON.stringify(sent)}: ${text.slice(0, 300)}`,
  ).toContain(response.status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const parsed = JSON.parse(text) as Record<string, unknown>;
  if (response.status === 200) {
    expect(validateJobInterviewPdfResponse(parsed)).toBe(true);
    for (const mark of foreignMarks) expect(text, `another merchant's ${mark} in a 200`).not.toContain(mark);
  } else {
    expect(Object.keys(parsed).sort()).toEqual(['error', 'name']);
    expect(typeof parsed.error).toBe('string');
    expect(parsed.name).toMatch(/^(body|[a-z_]+(\[\d+\])?(\.[a-z_]+)?)$/);
  }
  const twin = typeof body === 'string' ? twinWithNeverExistingIds(body, foreign) : undefined;
  if (twin !== undefined) {
    const twinResponse = await send(twin, contentType);
    const twinText = await twinResponse.text();
    expect(response.status, `twin of ${sent}`).toBe(twinResponse.status);
    if (response.status !== 200) expect(text, `twin of ${sent}`).toBe(twinText);
  }
  return { status: response.status, text, comparedWithTwin: twin !== undefined };
}

const contentType = fc.constantFrom(...CONTENT_TYPES);

describe('POST /job-interview-pdf through the local gateway: 200 or 422 { error, name } only', () => {
  it('valid bodies of every kind, naming own results: 200 (a prototype key aside)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.validRequest, async (body) => {
        const raw = JSON.stringify(body);
        expectOwnResultsAnswer(raw, await expectContractAnswer(raw, 'application/json'));
      }),
      { numRuns: 300 },
    );
  });

  it("valid bodies naming another merchant's result: the not-found answer, the same bytes as for an id that never existed", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.foreignRequest, async (body) => {
        const raw = JSON.stringify(body);
        expectForeignResultsAnswer(body, own, await expectContractAnswer(raw, 'application/json'));
      }),
      { numRuns: 150 },
    );
  });

  it('valid bodies with one field wrong or missing, under any Content-Type', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.oneFieldWrong, contentType, async (body, type) => {
        await expectContractAnswer(JSON.stringify(body), type);
      }),
      { numRuns: 800 },
    );
  });

  it('request-shaped bodies with anything anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.requestLike, async (body) => {
        await expectContractAnswer(JSON.stringify(body), 'application/json');
      }),
      { numRuns: 500 },
    );
  });

  it('valid bodies mutated as text', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.mutatedText, contentType, async (text, type) => {
        await expectContractAnswer(text, type);
      }),
      { numRuns: 500 },
    );
  });

  it('any JSON value, non-JSON strings, and raw bytes that are not UTF-8', async () => {
    const raw = fc.oneof(
      arbitraries.anyJson.map((value) => JSON.stringify(value) ?? 'undefined'),
      arbitraries.weirdString,
      fc.uint8Array({ maxLength: 512 }),
    );
    await fc.assert(
      fc.asyncProperty(raw, contentType, async (body, type) => {
        await expectContractAnswer(body, type);
      }),
      { numRuns: 500 },
    );
  });

  it('no body, an empty body, deep nesting and a megabyte of text', async () => {
    const deep = 200_000;
    for (const body of [undefined, '', '['.repeat(deep) + ']'.repeat(deep), 'x'.repeat(1_000_000)]) {
      await expectContractAnswer(body, 'application/json');
    }
  });

  it('exercised both outcomes', () => {
    expect(statuses.get(200) ?? 0).toBeGreaterThan(50);
    expect(statuses.get(422) ?? 0).toBeGreaterThan(1000);
    expect([...statuses.keys()].sort()).toEqual([200, 422]);
  });
});
