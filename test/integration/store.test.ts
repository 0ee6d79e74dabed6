/**
 * The store adapters against the real engines: Amazon's DynamoDB Local and s3rver, started here with
 * the local stack's launchers (a table and buckets of this file's own). Seeds the demo document plus
 * generated results, then checks that a 50-result combined report loads whole in a handful of requests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CreateTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DOCUMENT_FILE } from '../../infra/local/demo-document.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { type S3Local, startS3Local } from '../../infra/local/s3-local.ts';
import { loadSeedDocument, type SeedDocument, SeedValidationError } from '../../infra/local/seed-loader.ts';
import { type AwsClients, createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { batchWriteItems } from '../../shared/adapters/aws/batch-operations.ts';
import { DynamoReportRepository } from '../../shared/adapters/aws/dynamo-report-repository.ts';
import { S3UrlSigner } from '../../shared/adapters/aws/s3-url-signer.ts';
import { reportTableDefinition, toItem } from '../../shared/adapters/aws/table-design.ts';
import type { RuntimeConfig } from '../../shared/config.ts';
import type { ResultBundle } from '../../shared/domain/records.ts';
import { ResultGoneError } from '../../shared/errors.ts';
import { type RepositorySeed, reportRepositoryContract } from '../support/repository-contract.ts';

const TABLE = 'store-test-reports';
const FILES = 'store-test-files';
const REPORTS = 'store-test-reports-bucket';
const demoDir = dirname(DEMO_DOCUMENT_FILE);
const demo = JSON.parse(readFileSync(DEMO_DOCUMENT_FILE, 'utf8')) as SeedDocument;

let dynamo: DynamoDbLocal;
let s3Local: S3Local;
let clients: AwsClients;
/** SDK commands sent by `clients.ddb`, by name, since the last reset. */
const sent = new Map<string, number>();

/**
 * Results beyond the demo's ten, for the 50-result report: each reuses an interview and a candidate of
 * the software merchant that the table already holds (the seed loader resolves them there), with a
 * transcript of eight turns of realistic length.
 */
function generatedResults(count: number): SeedDocument {
  const merchant = demo.merchants[1]?.merchant_id as string;
  const interviews = demo.interviews.filter((interview) => interview.merchant_id === merchant);
  const candidates = demo.candidates.filter((candidate) => candidate.merchant_id === merchant);
  const results = Array.from({ length: count }, (_, index) => {
    const interview = interviews[index % interviews.length] as (typeof interviews)[number];
    const n = String(index + 1).padStart(12, '0');
    return {
      interview_result_id: `90000000-0000-4000-8000-${n}`,
      merchant_id: merchant,
      interview_id: interview.interview_id,
      candidate_id: (candidates[index % candidates.length] as (typeof candidates)[number]).candidate_id,
      mojito_language_code: interview.mojito_language_code,
      status: 'completed' as const,
      score: 40 + (index % 60),
      turns: Array.from({ length: 8 }, (_, turn) => ({
        id: `91000000-0000-4000-8000-${String(index * 100 + turn).padStart(12, '0')}`,
        sequence: turn,
        question_original_id: interview.questions[turn % interview.questions.length]?.id ?? null,
        question_asked: interview.questions[turn % interview.questions.length]?.question ?? null,
        answer: `Generated answer ${turn} of result ${index + 1}. `.repeat(12),
        score: 1 + (turn % 5),
        duration_ds: 600 + turn * 10,
      })),
    };
  });
  return { results } as unknown as SeedDocument;
}

const EXTRA = generatedResults(40);
const FIFTY_IDS = [
  ...demo.results.map((result) => result.interview_result_id),
  ...EXTRA.results.map((result) => result.interview_result_id),
];

beforeAll(async () => {
  [dynamo, s3Local] = await Promise.all([startDynamoDbLocal(), startS3Local({ buckets: [FILES, REPORTS] })]);
  const config: RuntimeConfig = {
    tableName: TABLE,
    filesBucket: FILES,
    reportsBucket: REPORTS,
    signedUrlTtlSeconds: 60,
    dynamoEndpoint: dynamo.endpoint,
    s3Endpoint: s3Local.endpoint,
    lambdaEndpoint: undefined,
    pdfRendererFunctionName: 'pdf-renderer',
    eventBusName: undefined,
    eventBridgeEndpoint: undefined,
    pdfRenderTimeoutMs: undefined,
    region: 'eu-west-1',
  };
  clients = createAwsClients(config);
  clients.ddb.middlewareStack.add(
    (next, context) => async (args) => {
      sent.set(context.commandName ?? '?', (sent.get(context.commandName ?? '?') ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  await clients.ddb.send(new CreateTableCommand(reportTableDefinition(TABLE)));
  const target = { ...clients, tableName: TABLE, filesBucket: FILES, baseDir: demoDir };
  await loadSeedDocument(structuredClone(demo), target);
  await loadSeedDocument(EXTRA, target);
}, 120_000);

afterAll(async () => {
  clients?.ddb.destroy();
  clients?.s3.destroy();
  await Promise.all([dynamo?.stop(), s3Local?.stop()]);
});

const batchGets = () =>
  [...sent].filter(([name]) => name.startsWith('BatchGet')).reduce((sum, [, count]) => sum + count, 0);

describe('DynamoReportRepository on DynamoDB Local', () => {
  it('loads a combined report of 50 results whole, in two rounds of BatchGetItem', async () => {
    const repository = new DynamoReportRepository(clients.ddb, TABLE);
    sent.clear();

    const bundles = await repository.loadResultBundles(FIFTY_IDS);

    expect([...bundles.keys()]).toEqual(FIFTY_IDS);
    // 100 keys (results + transcripts), then the distinct interviews, candidates and files (< 100 keys).
    expect(batchGets()).toBe(2);
    expect([...sent.keys()].filter((name) => !name.startsWith('BatchGet'))).toEqual([]);

    for (const expected of demo.results) {
      const bundle = bundles.get(expected.interview_result_id) as ResultBundle;
      expect(bundle.result.merchant_id).toBe(expected.merchant_id);
      expect(bundle.interview.interview_id).toBe(expected.interview_id);
      expect(bundle.candidate.candidate_id).toBe(expected.candidate_id);
      expect(bundle.turns.map((turn) => turn.answer)).toEqual(
        (expected.turns ?? []).map((turn) => turn.answer),
      );
      const files = demo.files.filter((file) => file.candidate_id === expected.candidate_id);
      expect(bundle.files.map((file) => file.file_id)).toEqual(files.map((file) => file.file_id));
      expect(bundle.files.map((file) => file.page_keys.length)).toEqual(
        files.map((file) => file.pages.length),
      );
    }
    const generated = bundles.get(FIFTY_IDS[49] as string) as ResultBundle;
    expect(generated.turns).toHaveLength(8);
    expect(generated.candidate.merchant_id).toBe(demo.merchants[1]?.merchant_id);
  });

  it('leaves out ids that do not exist, at the cost of one request', async () => {
    const repository = new DynamoReportRepository(clients.ddb, TABLE);
    sent.clear();
    const missing = '99999999-0000-4000-8000-000000000000';
    const bundles = await repository.loadResultBundles([missing, FIFTY_IDS[0] as string]);
    expect([...bundles.keys()]).toEqual([FIFTY_IDS[0]]);
    expect((await repository.loadResultBundles([missing])).size).toBe(0);
    expect(batchGets()).toBe(3);
  });

  it('records a stored PDF on an existing result, and refuses to create a result that is gone', async () => {
    const repository = new DynamoReportRepository(clients.ddb, TABLE, { consistentRead: true });
    const resultId = FIFTY_IDS[2] as string;
    const merchantId = demo.results[2]?.merchant_id as string;
    const record = {
      pdf_export_url: 'https://example.com/r.pdf',
      pdf_export_valid_until: '2026-12-01T00:00:00.000Z',
      pdf_export_version: '2026-11-30T10:00:00.000Z',
    };
    expect(await repository.recordPdfExport(resultId.toUpperCase(), merchantId, record)).toBe('recorded');
    const bundle = (await repository.loadResultBundles([resultId])).get(resultId) as ResultBundle;
    expect(bundle.result).toMatchObject(record);
    expect(bundle.turns.length).toBeGreaterThan(0);

    const gone = '99999999-0000-4000-8000-00000000dead';
    await expect(repository.recordPdfExport(gone, merchantId, record)).rejects.toBeInstanceOf(
      ResultGoneError,
    );
    expect((await repository.loadResultBundles([gone])).size).toBe(0);
  });

  it('never writes over a newer report, nor onto a result of another merchant', async () => {
    const repository = new DynamoReportRepository(clients.ddb, TABLE, { consistentRead: true });
    const resultId = FIFTY_IDS[3] as string;
    const merchantId = demo.results[3]?.merchant_id as string;
    const write = (version: string, url: string, merchant = merchantId) =>
      repository.recordPdfExport(resultId, merchant, {
        pdf_export_url: url,
        pdf_export_valid_until: '2026-12-01T00:00:00.000Z',
        pdf_export_version: version,
      });
    const storedUrl = async () =>
      ((await repository.loadResultBundles([resultId])).get(resultId) as ResultBundle).result.pdf_export_url;

    // Each step: the write's version, then what it answers and what the result holds after it. An
    // older report (a late or redelivered event) leaves the newer one; the same version again (a retry
    // of the same report) may write.
    const steps: Array<[string, string, string, string]> = [
      ['2026-11-30T10:00:00Z', 'https://n/1', 'recorded', 'https://n/1'],
      ['2026-11-30T09:59:59Z', 'https://o/0', 'superseded', 'https://n/1'],
      ['2026-11-30T10:00:00Z', 'https://n/2', 'recorded', 'https://n/2'],
      ['2026-11-30T11:00:00Z', 'https://n/3', 'recorded', 'https://n/3'],
    ];
    for (const [version, url, answer, holds] of steps) {
      expect(await write(version, url), version).toBe(answer);
      expect(await storedUrl(), version).toBe(holds);
    }

    const other = demo.merchants.find((merchant) => merchant.merchant_id !== merchantId)
      ?.merchant_id as string;
    await expect(write('2026-12-30T00:00:00Z', 'https://x/1', other)).rejects.toBeInstanceOf(ResultGoneError);
    expect(await storedUrl()).toBe('https://n/3');
  });

  it('maps every demo user to its merchant, and a stranger to nothing', async () => {
    const repository = new DynamoReportRepository(clients.ddb, TABLE);
    for (const membership of demo.memberships) {
      expect(await repository.getMembership(membership.user_id)).toEqual(membership);
    }
    expect(await repository.getMembership('00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});

let contractTables = 0;

/** A table of its own holding exactly the seed, written as the seed loader writes items. */
async function repositoryHolding(seed: RepositorySeed): Promise<DynamoReportRepository> {
  contractTables += 1;
  const table = `repository-contract-${contractTables}`;
  await clients.ddb.send(new CreateTableCommand(reportTableDefinition(table)));
  const items = [
    ...seed.memberships.map(toItem.membership),
    ...seed.merchants.map(toItem.merchant),
    ...seed.bundles.flatMap((bundle) => [
      toItem.result(bundle.result),
      toItem.transcript(bundle.result, bundle.turns),
      toItem.interview(bundle.interview),
      toItem.candidate(bundle.candidate),
      toItem.candidateFiles(bundle.candidate, bundle.files),
    ]),
  ];
  // Interviews and candidates shared by several results are written once.
  const unique = new Map(items.map((item) => [`${item.pk}\u0000${item.sk}`, item]));
  await batchWriteItems(clients.ddb, table, [...unique.values()]);
  return new DynamoReportRepository(clients.ddb, table, { consistentRead: true });
}

describe('DynamoReportRepository on DynamoDB Local, by the suite the fake repository passes', () => {
  reportRepositoryContract(repositoryHolding);
});

describe('S3UrlSigner against s3rver', () => {
  it('signs URLs that serve the uploaded page images and recordings, byte for byte', async () => {
    const repository = new DynamoReportRepository(clients.ddb, TABLE);
    const resultId = demo.results[4]?.interview_result_id as string;
    const bundle = (await repository.loadResultBundles([resultId])).get(resultId) as ResultBundle;
    const signer = new S3UrlSigner(clients.s3, { files: FILES, reports: REPORTS });

    const pageKey = bundle.files[0]?.page_keys[1] as string;
    const page = await fetch(await signer.sign('files', pageKey, { expiresInSeconds: 60 }));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('image/png');
    const sourcePage = demo.files.find((file) => file.candidate_id === bundle.candidate.candidate_id)
      ?.pages[1]?.file;
    expect(Buffer.from(await page.arrayBuffer())).toEqual(readFileSync(join(demoDir, sourcePage as string)));

    const answerKey = bundle.turns[0]?.recording_local_path as string;
    const answer = await fetch(
      await signer.sign('files', answerKey, {
        expiresInSeconds: 60,
        downloadFileName: 'Daniel Okafor – answer 1.ogg',
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('audio/ogg');
    expect(answer.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''Daniel%20Okafor%20%E2%80%93%20answer%201.ogg",
    );
    expect(bundle.result.video_introduction_local_path).toMatch(
      new RegExp(`^recordings/${bundle.result.merchant_id}/${resultId}/video-introduction\\.webm$`),
    );
  });
});

describe('loadSeedDocument against the real table', () => {
  it('writes nothing of a document with one bad reference', async () => {
    const countItems = async () =>
      (await clients.ddb.send(new ScanCommand({ TableName: TABLE, Select: 'COUNT' }))).Count;
    const countObjects = async () =>
      (await clients.s3.send(new ListObjectsV2Command({ Bucket: FILES }))).KeyCount ?? 0;
    const [itemsBefore, objectsBefore] = [await countItems(), await countObjects()];
    const extra = generatedResults(2);
    const [good, bad] = extra.results as unknown as [Record<string, unknown>, Record<string, unknown>];
    good.interview_result_id = '92000000-0000-4000-8000-000000000001';
    good.recording_file = 'assets/recordings/r01-session.ogg';
    bad.interview_result_id = '92000000-0000-4000-8000-000000000002';
    bad.candidate_id = '92000000-0000-4000-8000-00000000ffff';

    const error = await loadSeedDocument(extra, {
      ...clients,
      tableName: TABLE,
      filesBucket: FILES,
      baseDir: demoDir,
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).path).toBe('$.results[1].candidate_id');
    expect(await countItems()).toBe(itemsBefore);
    expect(await countObjects()).toBe(objectsBefore);
  });
});
