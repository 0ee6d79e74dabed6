/**
 * The service when its dependencies misbehave, end to end: a report-api handler built exactly as the
 * Lambda builds it (lambdas/report-api/deps.ts), behind its own local gateway, whose S3 or DynamoDB
 * traffic goes through a fault proxy in front of the stack's s3rver and DynamoDB Local. For each fault
 * the same promises: the contract's error shape (or a success where the SDK's retries hide the fault),
 * nothing half-written on the result, and the next request after recovery succeeds.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LambdaHandler, type LocalGateway, startGateway } from '../../infra/local/gateway.ts';
import { localJwks, signToken } from '../../infra/local/jwks.ts';
import { reportApiDeps } from '../../lambdas/report-api/deps.ts';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { itemKeys } from '../../shared/adapters/aws/table-design.ts';
import { loadConfig, type RuntimeConfig } from '../../shared/config.ts';
import { REPORT_ROUTE } from '../../shared/contract/report-route.ts';
import { createReportApiHandler } from '../../shared/handlers/report-api-handler.ts';
import { type Fault, type FaultProxy, startFaultProxy } from '../support/fault-proxy.ts';
import { demoResults, testStack } from '../support/stack-client.ts';

const GENERIC_500 = '{"error":"Internal server error"}';
/** S3's answer when it asks a client to slow down (S3 API reference, "Error responses": SlowDown, 503). */
const S3_SLOW_DOWN =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>';
/** DynamoDB's throttling answer (DynamoDB API reference, "Common errors"), as its JSON protocol sends it. */
const DYNAMODB_THROTTLED = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
});

/** DynamoDB answering with throttling: every request, or only the next `times`. */
function dynamoThrottling(times?: number): Fault {
  return {
    kind: 'respond',
    status: 400,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: DYNAMODB_THROTTLED,
    ...(times === undefined ? {} : { times }),
  };
}

let s3Proxy: FaultProxy;
let dynamoProxy: FaultProxy;
let gateway: LocalGateway;
let config: RuntimeConfig;
/** A demo result and a user of its merchant. */
function owner() {
  const [first] = demoResults();
  if (!first) throw new Error('The demo document has no result');
  return first;
}

beforeAll(async () => {
  const stack = testStack();
  s3Proxy = await startFaultProxy(new URL(stack.env.S3_ENDPOINT));
  dynamoProxy = await startFaultProxy(new URL(stack.env.DYNAMODB_ENDPOINT));
  config = loadConfig({ ...stack.env, S3_ENDPOINT: s3Proxy.url, DYNAMODB_ENDPOINT: dynamoProxy.url });
  const logger = new Logger({ serviceName: 'report-api', logLevel: 'SILENT' });
  const handler = createReportApiHandler({ deps: reportApiDeps(config, logger), logger });
  gateway = await startGateway({
    handler: handler as unknown as LambdaHandler,
    jwks: await localJwks(stack.stateDirectory),
    port: 0,
    // Tokens of the shared stack carry its issuer; this gateway accepts them as the stack's does.
    issuer: stack.issuer,
  });
});

afterEach(() => {
  s3Proxy.set({ kind: 'pass' });
  dynamoProxy.set({ kind: 'pass' });
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all([s3Proxy?.close(), dynamoProxy?.close()]);
});

async function post(body: unknown, token?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${gateway.url}${REPORT_ROUTE.path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token ?? (await tokenOf(owner().userId))}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

function tokenOf(userId: string, overrides: { expiresIn?: string | number } = {}): Promise<string> {
  const stack = testStack();
  return signToken({ iss: stack.issuer, stateDirectory: stack.stateDirectory, sub: userId, ...overrides });
}

/** The result item as stored, read around the proxies. */
async function storedResult(resultId: string): Promise<Record<string, unknown> | undefined> {
  const { ddb } = createAwsClients(loadConfig(testStack().env));
  try {
    const { Item } = await ddb.send(
      new GetCommand({ TableName: config.tableName, Key: itemKeys.result(resultId), ConsistentRead: true }),
    );
    return Item;
  } finally {
    ddb.destroy();
  }
}

/**
 * A PDF body most likely not asked for before in this run (template and toggles drawn at random), so
 * the export has to look in S3 and render rather than re-sign a PDF an earlier test stored.
 */
function freshPdfBody(storeFile: boolean) {
  const templates = ['classic', 'modern', 'one_pager'] as const;
  return {
    interview_result_id: owner().id,
    export_type: 'pdf',
    template: templates[Math.floor(Math.random() * templates.length)],
    export_features_result: { analytics: Math.random() < 0.5, transcript: Math.random() < 0.5, files: false },
    store_file: storeFile,
  };
}

describe('S3 misbehaving', () => {
  it('refusing every request (503 SlowDown): the generic 500, nothing recorded on the result; then it works', async () => {
    const before = await storedResult(owner().id);
    s3Proxy.set({
      kind: 'respond',
      status: 503,
      headers: { 'content-type': 'application/xml' },
      body: S3_SLOW_DOWN,
    });
    const body = freshPdfBody(true);
    const failed = await post(body);
    expect(failed).toEqual({ status: 500, text: GENERIC_500 });
    expect(s3Proxy.counts.respond).toBeGreaterThan(1); // the SDK retried before giving up
    const after = await storedResult(owner().id);
    expect(after?.pdf_export_url).toEqual(before?.pdf_export_url);

    s3Proxy.set({ kind: 'pass' });
    const recovered = await post(body);
    expect(recovered.status, recovered.text).toBe(200);
    const url = (JSON.parse(recovered.text) as { pdf_export_url: string }).pdf_export_url;
    expect((await storedResult(owner().id))?.pdf_export_url).toBe(url);
  });

  it('resetting the first connections: the SDK retries and the client never sees it', async () => {
    s3Proxy.set({ kind: 'reset', times: 2 });
    const response = await post(freshPdfBody(false));
    expect(response.status, response.text).toBe(200);
    expect(s3Proxy.counts.reset).toBeGreaterThanOrEqual(2);
  });

  it('slow (1.5 s per connection): slower, still a 200', async () => {
    s3Proxy.set({ kind: 'latency', ms: 1500 });
    const started = Date.now();
    const response = await post(freshPdfBody(false));
    expect(response.status, response.text).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
  });
});

describe('DynamoDB misbehaving', () => {
  const jsonBody = () => ({ interview_result_id: owner().id, export_type: 'json' });

  it('throttling every read: the generic 500 after the retries; then it works', async () => {
    dynamoProxy.set(dynamoThrottling());
    expect(await post(jsonBody())).toEqual({ status: 500, text: GENERIC_500 });
    expect(dynamoProxy.counts.respond).toBeGreaterThan(1);
    dynamoProxy.set({ kind: 'pass' });
    expect((await post(jsonBody())).status).toBe(200);
  });

  it('throttling briefly: retried with backoff, the client gets its report', async () => {
    const throttledBefore = dynamoProxy.counts.respond;
    dynamoProxy.set(dynamoThrottling(1));
    const response = await post(jsonBody());
    expect(response.status, response.text).toBe(200);
    expect(dynamoProxy.counts.respond - throttledBefore).toBe(1);
  });

  it('gone (every connection reset, as a stopped engine): the generic 500; back: a 200', async () => {
    dynamoProxy.set({ kind: 'reset' });
    expect(await post(jsonBody())).toEqual({ status: 500, text: GENERIC_500 });
    dynamoProxy.set({ kind: 'pass' });
    expect((await post(jsonBody())).status).toBe(200);
  });
});

describe('a token that expires between the gateway and the handler', () => {
  it('is served: the gateway decided at the edge; the same token afterwards is refused with 401', async () => {
    const token = await tokenOf(owner().userId, { expiresIn: 2 });
    // The handler's reads take longer than the token has left.
    dynamoProxy.set({ kind: 'latency', ms: 2500 });
    const response = await post({ interview_result_id: owner().id, export_type: 'json' }, token);
    expect(response.status, response.text).toBe(200);
    dynamoProxy.set({ kind: 'pass' });
    const late = await post({ interview_result_id: owner().id, export_type: 'json' }, token);
    expect(late.status).toBe(401);
  });
});
