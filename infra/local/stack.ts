/**
 * The whole service on one machine: DynamoDB Local and s3rver, the report table and buckets, the demo
 * data, the real report-api handler behind the local gateway, and the event-driven side: the real
 * report-worker and pdf-renderer handlers behind the local Lambda Invoke API, fed by a local stand-in
 * of their SQS queue and publishing to a local stand-in of the EventBridge bus. `npm start`, the stack
 * tests and the benchmarks all start it through `startLocalStack`.
 *
 * One stack per process: the handler reads its configuration once when it loads, as a Lambda
 * container does, so a second stack in the same process would talk to the first one's engines.
 */

import { dirname } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { createLambdaClient } from '../../shared/adapters/aws/lambda-pdf-client.ts';
import { reportTableDefinition } from '../../shared/adapters/aws/table-design.ts';
import { loadConfig } from '../../shared/config.ts';
import { ensureLayersBuilt } from '../bin/ensure-layers.ts';
import { loadStageConfig } from '../stages/load-stage-config.ts';
import { DEMO_DOCUMENT_FILE, readDemoDocument } from './demo-document.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { type LambdaHandler, type LocalGateway, loadReportApiHandler, startGateway } from './gateway.ts';
import { JWKS_PATH, localJwks, type SignTokenOptions, signToken } from './jwks.ts';
import {
  disposePdfRendererHandler,
  type LambdaInvokeServer,
  loadPdfRendererHandler,
  loadReportWorkerHandler,
  pdfRendererLabel,
  startLambdaInvokeServer,
} from './lambda-invoke-server.ts';
import { LocalEventBus } from './local-event-bus.ts';
import { type LocalEventsServer, startLocalEventsServer } from './local-events-server.ts';
import { localStateDirectory } from './local-paths.ts';
import { LocalQueue, lambdaInvoker } from './local-queue.ts';
import { type S3Local, startS3Local } from './s3-local.ts';
import { loadSeedDocument, type SeedSummary } from './seed-loader.ts';
import { type LocalStackEnv, removeStackState, type StackState, writeStackState } from './stack-state.ts';

const TABLE_NAME = 'interview-reports';
const FILES_BUCKET = 'interview-files';
const REPORTS_BUCKET = 'interview-report-exports';
const PDF_RENDERER_FUNCTION_NAME = 'pdf-renderer';
const REPORT_WORKER_FUNCTION_NAME = 'report-worker';
const EVENT_BUS_NAME = 'interview-reports-local';
const EVENTS_QUEUE_NAME = 'interview-reports-local-events';
/** The deployed dev stage's settings decide the worker's timeout and the queue's batches and receives. */
const STAGE = loadStageConfig('dev');
/** SQS redelivers after the visibility timeout (6 min in AWS); locally a second keeps tests quick. */
const REDELIVERY_DELAY_MS = 1_000;
/** eu-west-1, the region the deployed stages use; DynamoDB Local with -sharedDb ignores it. */
const REGION = 'eu-west-1';

export interface LocalStackOptions {
  /** Gateway port; 0 (default) picks a free one. `npm start` uses `PORT` or 3000. */
  port?: number;
  /** Load the demo document (default true). */
  seedDemo?: boolean;
  /** Lifetime of presigned URLs (`SIGNED_URL_TTL_SECONDS`); default one hour. */
  signedUrlTtlSeconds?: number;
  /** Where the signing key and stack.json live; default `.local/` (or `LOCAL_STATE_DIR`). */
  stateDirectory?: string;
  /** The function behind the route; default the report-api handler. */
  handler?: LambdaHandler;
  /** One line per gateway request; silent by default. */
  log?: (line: string) => void;
  /** One line per event put on the bus and per dead-lettered message; silent by default. */
  eventLog?: (line: string) => void;
}

export interface LocalStack {
  /** The gateway, e.g. `http://127.0.0.1:3000`; the report route is `POST <url>/job-interview-pdf`. */
  url: string;
  issuer: string;
  /** The events endpoint: the local bus and the worker's queue (local-events-server.ts). */
  eventsUrl: string;
  /** The local Lambda Invoke API, with its invocation log. */
  lambda: LambdaInvokeServer;
  /** The environment the handler runs with (also set on this process). */
  env: LocalStackEnv;
  /** The file the CLIs read. */
  stateFile: string;
  stateDirectory: string;
  /** A token for a user, signed by the local key, accepted by this stack's gateway. */
  tokenFor(userId: string, options?: Omit<SignTokenOptions, 'sub'>): Promise<string>;
  /** Stops the gateway and both engines; leaves no process, temp directory or stack.json behind. */
  stop(): Promise<void>;
}

let running = false;

async function createTable(endpoint: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await client.send(new CreateTableCommand(reportTableDefinition(TABLE_NAME)));
  } finally {
    client.destroy();
  }
}

/**
 * Loads a seed document into the stack whose environment is `env`; the document's local files are
 * resolved next to `file`. Throws SeedValidationError (naming the JSON path) before writing anything.
 */
export async function seedDocument(
  document: unknown,
  file: string,
  env: LocalStackEnv,
): Promise<SeedSummary> {
  const config = loadConfig(env);
  const { ddb, s3 } = createAwsClients(config);
  try {
    return await loadSeedDocument(document, {
      ddb,
      s3,
      tableName: config.tableName,
      filesBucket: config.filesBucket,
      baseDir: dirname(file),
    });
  } finally {
    ddb.destroy();
    s3.destroy();
  }
}

/**
 * Starts the local stack and resolves when the gateway accepts requests.
 *
 * @example
 * const stack = await startLocalStack({ port: 0 });
 * const token = await stack.tokenFor(userId);
 * await fetch(`${stack.url}/job-interview-pdf`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body });
 * await stack.stop();
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  if (running) throw new Error('A local stack is already running in this process');
  running = true;
  // The PDF renderer reads its fonts from the fonts layer's build: make sure it is there.
  ensureLayersBuilt();
  const stateDirectory = options.stateDirectory ?? localStateDirectory();
  let dynamo: DynamoDbLocal | undefined;
  let s3: S3Local | undefined;
  let gateway: LocalGateway | undefined;
  let lambda: LambdaInvokeServer | undefined;
  let events: LocalEventsServer | undefined;
  let state: StackState | undefined;

  const stop = async (): Promise<void> => {
    if (state) removeStackState(state, stateDirectory);
    await Promise.allSettled([
      gateway?.close(),
      events?.close(),
      lambda?.close(),
      dynamo?.stop(),
      s3?.stop(),
    ]);
    running = false;
  };

  try {
    // Each part is kept as soon as it runs, so that a failure of another one still stops it.
    const results = await Promise.allSettled([
      startDynamoDbLocal().then((started) => (dynamo = started)),
      startS3Local({ buckets: [FILES_BUCKET, REPORTS_BUCKET] }).then((started) => (s3 = started)),
      // The Lambda Invoke API for the PDF client and the queue; each function loads on first use.
      startLambdaInvokeServer({
        functions: {
          [PDF_RENDERER_FUNCTION_NAME]: {
            load: loadPdfRendererHandler,
            dispose: disposePdfRendererHandler,
            label: pdfRendererLabel,
          },
          [REPORT_WORKER_FUNCTION_NAME]: {
            load: loadReportWorkerHandler,
            timeoutMs: STAGE.functions.reportWorker.timeoutSeconds * 1000,
          },
        },
      }).then((started) => (lambda = started)),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
    if (!dynamo || !s3 || !lambda) throw new Error('The local stack did not start');
    const jwks = await localJwks(stateDirectory);
    const eventLog = options.eventLog;
    const queue = new LocalQueue({
      invoke: lambdaInvoker(
        await createLambdaClient({ region: REGION, lambdaEndpoint: lambda.url }),
        REPORT_WORKER_FUNCTION_NAME,
      ),
      queueName: EVENTS_QUEUE_NAME,
      region: REGION,
      batchSize: STAGE.events.batchSize,
      maxConcurrency: STAGE.events.maxConcurrency,
      maxReceiveCount: STAGE.events.maxReceiveCount,
      redeliveryDelayMs: REDELIVERY_DELAY_MS,
      log: eventLog && ((line) => eventLog(`[queue] ${line}`)),
    });
    const bus = new LocalEventBus({
      busName: EVENT_BUS_NAME,
      region: REGION,
      log: eventLog && ((line) => eventLog(`[bus] ${line}`)),
    });
    events = await startLocalEventsServer({ bus, queue });

    const env: LocalStackEnv = {
      TABLE_NAME,
      FILES_BUCKET,
      REPORTS_BUCKET,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      S3_ENDPOINT: s3.endpoint,
      LAMBDA_ENDPOINT: lambda.url,
      PDF_RENDERER_FUNCTION_NAME,
      EVENT_BUS_NAME,
      EVENTBRIDGE_ENDPOINT: events.url,
      POWERTOOLS_METRICS_NAMESPACE: 'InterviewReports/local',
      SIGNED_URL_TTL_SECONDS: String(options.signedUrlTtlSeconds ?? 3600),
      AWS_REGION: REGION,
      // s3rver accepts only these; DynamoDB Local accepts any. Set here so that no SDK client of this
      // process goes looking for real credentials.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    await createTable(dynamo.endpoint);
    if (options.seedDemo ?? true) await seedDocument(readDemoDocument(), DEMO_DOCUMENT_FILE, env);

    Object.assign(process.env, env);
    const handler = options.handler ?? (await loadReportApiHandler());
    gateway = await startGateway({ handler, jwks, port: options.port ?? 0, log: options.log });

    state = {
      pid: process.pid,
      startedAt: new Date().toISOString(),
      url: gateway.url,
      issuer: gateway.issuer,
      jwksUrl: `${gateway.url}${JWKS_PATH}`,
      dynamodbEndpoint: dynamo.endpoint,
      s3Endpoint: s3.endpoint,
      lambdaEndpoint: lambda.url,
      eventsEndpoint: events.url,
      tableName: TABLE_NAME,
      filesBucket: FILES_BUCKET,
      reportsBucket: REPORTS_BUCKET,
      env,
    };
    const stateFile = writeStackState(state, stateDirectory);
    const issuer = gateway.issuer;
    return {
      url: gateway.url,
      issuer,
      eventsUrl: events.url,
      lambda,
      env,
      stateFile,
      stateDirectory,
      tokenFor: (userId, tokenOptions = {}) =>
        signToken({ iss: issuer, stateDirectory, ...tokenOptions, sub: userId }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
