import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateError } from '../../../shared/contract/generated/error-validator.js';
import { validateJobInterviewPdfResponse } from '../../../shared/contract/generated/response-validator.js';
import type { MembershipRecord, ResultBundle } from '../../../shared/domain/records.ts';
import { createReportApiHandler } from '../../../shared/handlers/report-api-handler.ts';
import { createApiLogger } from '../../../shared/http/request-correlation.ts';
import type { PdfExportWrite, ReportRepository } from '../../../shared/usecases/ports.ts';
import { apiEvent, lambdaContext } from '../../support/api-gateway-event.ts';
import { captureJsonLines } from '../../support/captured-output.ts';
import { FakePdf, FakeRepository, FakeSigner } from '../../support/fakes.ts';
import {
  allBundles,
  MEMBERSHIPS,
  MERCHANTS,
  RESULT_FULL_EN,
  RESULT_JA,
  RESULT_OTHER_MERCHANT,
  USER_ACME_RECRUITER,
  USER_WITHOUT_MEMBERSHIP,
} from '../../support/fixtures.ts';

function handlerWith(
  repository: ReportRepository = new FakeRepository(MEMBERSHIPS, allBundles(), MERCHANTS),
) {
  // ERROR only: the 500 tests read the error lines; the refusals' warnings would only be noise.
  const logger = createApiLogger({ serviceName: 'report-api-test', logLevel: 'ERROR' });
  const handler = createReportApiHandler({
    deps: {
      repository,
      signer: new FakeSigner(),
      signedUrlTtlSeconds: 900,
      now: () => new Date('2026-11-28T12:00:00.000Z'),
      pdf: new FakePdf().ports(),
    },
    logger,
  });
  return handler;
}

async function call(
  handler: ReturnType<typeof handlerWith>,
  options: Parameters<typeof apiEvent>[0],
): Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, unknown> }> {
  const response = (await handler(apiEvent(options), lambdaContext())) as APIGatewayProxyStructuredResultV2;
  return {
    status: response.statusCode ?? 0,
    body: JSON.parse(response.body ?? 'null'),
    headers: (response.headers ?? {}) as Record<string, unknown>,
  };
}

/** Every JSON line the Powertools logger writes (to stdout or stderr) while `run` runs. */
const jsonBody = (value: unknown) => JSON.stringify(value);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('report-api handler: 200', () => {
  it('answers a valid JSON export with a body that matches the contract', async () => {
    const { status, body, headers } = await call(handlerWith(), {
      sub: USER_ACME_RECRUITER,
      body: jsonBody({ interview_result_ids: [RESULT_JA, RESULT_FULL_EN], export_type: 'json' }),
    });
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/json');
    expect(validateJobInterviewPdfResponse(body)).toBe(true);
    const results = (body.json_export as { results: unknown[]; table?: string }).results;
    expect(results).toHaveLength(2);
    expect(typeof (body.json_export as { table?: unknown }).table).toBe('string');
  });

  it('parses the body whatever the Content-Type says, and when the gateway base64-encodes it', async () => {
    const text = jsonBody({ interview_result_id: RESULT_FULL_EN, export_type: 'json' });
    const handler = handlerWith();
    expect((await call(handler, { body: text, headers: { 'content-type': 'text/plain' } })).status).toBe(200);
    expect((await call(handler, { body: text, headers: {} })).status).toBe(200);
    const encoded = Buffer.from(text).toString('base64');
    expect((await call(handler, { body: encoded, isBase64Encoded: true })).status).toBe(200);
  });

  it('serves a caller verified by the HS256 Lambda authorizer (claims in authorizer.lambda)', async () => {
    const event = apiEvent({
      sub: 'none',
      body: jsonBody({ interview_result_id: RESULT_FULL_EN, export_type: 'json' }),
    });
    (event.requestContext as { authorizer: unknown }).authorizer = { lambda: { sub: USER_ACME_RECRUITER } };
    const response = (await handlerWith()(event, lambdaContext())) as APIGatewayProxyStructuredResultV2;
    expect(response.statusCode).toBe(200);
  });
});

describe('report-api handler: 401', () => {
  it.each([
    ['no authorizer context', 'none' as const],
    ['claims without sub', null],
    ['an empty sub', ''],
  ])('refuses %s with { error } and reads nothing', async (_label, sub) => {
    const repository = new FakeRepository(MEMBERSHIPS, allBundles(), MERCHANTS);
    const { status, body } = await call(handlerWith(repository), {
      sub,
      body: jsonBody({ interview_result_id: RESULT_FULL_EN, export_type: 'json' }),
    });
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'Unauthorized' });
    expect(repository.membershipLookups).toEqual([]);
  });

  it('refuses before looking at the body: no sub and a broken body is still 401', async () => {
    const { status } = await call(handlerWith(), { sub: null, body: '{"export_type":' });
    expect(status).toBe(401);
  });

  it('refuses a signed-in user who belongs to no merchant', async () => {
    const { status, body } = await call(handlerWith(), {
      sub: USER_WITHOUT_MEMBERSHIP,
      body: jsonBody({ interview_result_id: RESULT_FULL_EN, export_type: 'json' }),
    });
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'Unauthorized' });
  });
});

describe('report-api handler: 422 { error, name }', () => {
  it.each([
    ['no body at all', undefined, 'The request body is required: a JSON object'],
    ['an empty body', '', 'The request body is required: a JSON object'],
    ['text that is not JSON', 'export_type=json', 'The request body is not valid JSON'],
    ['truncated JSON', '{"export_type":"json"', 'The request body is not valid JSON'],
    ['a JSON array', '[]', 'The request body must be a JSON object'],
    ['a JSON string', '"json"', 'The request body must be a JSON object'],
    ['JSON null', 'null', 'The request body must be a JSON object'],
    [
      'a __proto__ key',
      '{"__proto__":{"admin":true},"export_type":"json"}',
      'The request body must not contain the key "__proto__"',
    ],
  ])('refuses %s, naming body', async (_label, raw, message) => {
    const { status, body, headers } = await call(handlerWith(), { body: raw });
    expect(status).toBe(422);
    expect(headers['content-type']).toBe('application/json');
    expect(body).toEqual({ error: message, name: 'body' });
  });

  it('refuses base64 that does not decode to JSON, naming body', async () => {
    const { status, body } = await call(handlerWith(), { body: '!!!not base64!!!', isBase64Encoded: true });
    expect(status).toBe(422);
    expect(body.name).toBe('body');
  });

  it('passes on the contract refusals of parseReportRequest', async () => {
    const { status, body } = await call(handlerWith(), {
      body: jsonBody({
        interview_result_id: RESULT_FULL_EN,
        export_type: 'json',
        export_features_result: { analytics: 'yes' },
      }),
    });
    expect(status).toBe(422);
    expect(body).toEqual({
      error: 'export_features_result.analytics must be a boolean (true or false)',
      name: 'export_features_result.analytics',
    });
    expect(validateError(body)).toBe(true);
  });

  it('answers a result of another merchant exactly like one that does not exist', async () => {
    const handler = handlerWith();
    const other = await call(handler, {
      sub: USER_ACME_RECRUITER,
      body: jsonBody({ interview_result_ids: [RESULT_FULL_EN, RESULT_OTHER_MERCHANT], export_type: 'json' }),
    });
    const missing = await call(handler, {
      sub: USER_ACME_RECRUITER,
      body: jsonBody({
        interview_result_ids: [RESULT_FULL_EN, 'aaaaaaaa-0000-4000-8000-000000000000'],
        export_type: 'json',
      }),
    });
    expect(other).toEqual(missing);
    expect(other.status).toBe(422);
    expect(other.body).toEqual({ error: 'Interview result not found', name: 'interview_result_ids[1]' });
  });
});

describe('report-api handler: 500', () => {
  class FailingRepository implements ReportRepository {
    async getMembership(): Promise<MembershipRecord | null> {
      throw new Error('ProvisionedThroughputExceededException: table report-table secret detail', {
        cause: new Error('socket hang up'),
      });
    }
    async loadResultBundles(): Promise<Map<string, ResultBundle>> {
      return new Map();
    }
    async getMerchant(): Promise<null> {
      return null;
    }
    async recordPdfExport(): Promise<PdfExportWrite> {
      return 'recorded';
    }
  }

  it('answers a generic 500 and logs the cause with both request ids', async () => {
    const handler = handlerWith(new FailingRepository());
    const event = apiEvent({
      requestId: 'Req500-abcdefg=',
      body: jsonBody({ interview_result_id: RESULT_FULL_EN, export_type: 'json' }),
    });
    const context = lambdaContext();
    let response: APIGatewayProxyStructuredResultV2 | undefined;
    const logs = await captureJsonLines(async () => {
      response = (await handler(event, context)) as APIGatewayProxyStructuredResultV2;
    });
    expect(response?.statusCode).toBe(500);
    expect(response?.headers?.['content-type']).toBe('application/json');
    expect(JSON.parse(response?.body ?? '')).toEqual({ error: 'Internal server error' });
    expect(response?.body).not.toContain('secret');

    const errorLine = logs.find((line) => line.level === 'ERROR');
    expect(errorLine).toBeDefined();
    expect(logs.map((line) => line.correlation_id)).toEqual(logs.map(() => 'Req500-abcdefg='));
    expect(errorLine).toMatchObject({
      correlation_id: 'Req500-abcdefg=',
      function_request_id: context.awsRequestId,
      service: 'report-api-test',
    });
    expect(JSON.stringify(errorLine)).toContain('ProvisionedThroughputExceededException');
    expect(JSON.stringify(errorLine)).toContain('socket hang up');
  });

  it('does not carry one request id into the next invocation', async () => {
    const handler = handlerWith(new FailingRepository());
    const body = jsonBody({ interview_result_id: RESULT_FULL_EN, export_type: 'json' });
    // An event without a request id (a direct invoke, not through the gateway) must not inherit one.
    const withoutRequestId = apiEvent({ body });
    delete (withoutRequestId.requestContext as { requestId?: string }).requestId;
    const logs = await captureJsonLines(async () => {
      await handler(apiEvent({ requestId: 'First=', body }), lambdaContext());
      await handler(apiEvent({ requestId: 'Second=', body }), lambdaContext());
      await handler(withoutRequestId, lambdaContext());
    });
    const ids = logs.filter((line) => line.level === 'ERROR').map((line) => line.correlation_id);
    expect(ids).toEqual(['First=', 'Second=', undefined]);
  });

  it('answers 500, not another status, for a thrown non-Error value', async () => {
    const repository: ReportRepository = {
      getMembership: () => Promise.reject('a string, not an Error'),
      loadResultBundles: async () => new Map(),
      getMerchant: async () => null,
      recordPdfExport: async () => 'recorded',
    };
    const handler = handlerWith(repository);
    let status: number | undefined;
    const logs = await captureJsonLines(async () => {
      const response = (await handler(
        apiEvent({ body: jsonBody({ interview_result_id: RESULT_FULL_EN, export_type: 'json' }) }),
        lambdaContext(),
      )) as APIGatewayProxyStructuredResultV2;
      status = response.statusCode;
    });
    expect(status).toBe(500);
    expect(JSON.stringify(logs.find((line) => line.level === 'ERROR'))).toContain('a string, not an Error');
  });
});
