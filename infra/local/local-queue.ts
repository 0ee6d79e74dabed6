/**
 * report-worker's SQS queue and its dead-letter queue, locally. No SQS emulator on the registries
 * speaks the JSON protocol of the current `@aws-sdk/client-sqs` (DESIGN.md), so this delivers to the
 * worker itself, as SAM's local invoke does and as Lambda's SQS event source would: messages in
 * batches of the stage's `batchSize` (at most `maxConcurrency` batches at once), each record with the
 * attributes SQS gives it (`ApproximateReceiveCount`, `SentTimestamp`, …), the worker invoked through
 * the Lambda Invoke API (the local one). The records a batch answers as `batchItemFailures`, or every
 * record when the invocation itself failed, are received again after the visibility timeout; a message
 * received `maxReceiveCount` times that failed again moves to the dead-letter list, as SQS's redrive
 * policy moves it. `redrive()` sends the dead letters back, as SQS's redrive to source does.
 *
 * Locally the visibility timeout is `redeliveryDelayMs` (a second), not AWS's 6 × the function
 * timeout: long enough for a duplicate that found its twin rendering to find it done.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { mapLimited } from '../../shared/concurrency.ts';
import { LOCAL_ACCOUNT } from './completed-event.ts';

export interface LocalQueueOptions {
  /** Runs report-worker on one SQS event (`lambdaInvoker`: through the Invoke API). */
  invoke: (event: SQSEvent) => Promise<SQSBatchResponse>;
  queueName: string;
  region: string;
  /** The stage's `events` settings. */
  batchSize: number;
  maxConcurrency: number;
  maxReceiveCount: number;
  /** How long a failed message stays invisible before it is received again. */
  redeliveryDelayMs: number;
  log?: (line: string) => void;
}

interface Message {
  messageId: string;
  body: string;
  sentTimestamp: number;
  firstReceiveTimestamp?: number;
  receiveCount: number;
}

/** A message the queue gave up on, as `npm run dlq` lists it. */
export interface DeadLetter {
  message_id: string;
  body: string;
  receive_count: number;
  sent_at: string;
  dead_lettered_at: string;
}

/** What became of each message of one send (or redrive), and the invocations it took. */
export interface DeliveryReport {
  messages: Array<{ message_id: string; receives: number; outcome: 'acknowledged' | 'dead_lettered' }>;
  invocations: number;
}

/** SQS's largest batch for a standard queue's Lambda event source without a batching window. */
const MAX_BATCH = 10;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/**
 * Invokes a function with the SQS event through the Invoke API and reads its partial batch response.
 * A function error (the worker crashed or timed out) throws: the whole batch failed.
 *
 * @example const invoke = lambdaInvoker(await createLambdaClient(config), 'report-worker');
 */
export function lambdaInvoker(lambda: LambdaClient, functionName: string) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const answer = await lambda.send(
      new InvokeCommand({ FunctionName: functionName, Payload: Buffer.from(JSON.stringify(event)) }),
    );
    const payload = answer.Payload ? Buffer.from(answer.Payload).toString('utf8') : 'null';
    if (answer.FunctionError) throw new Error(`${functionName} failed: ${payload}`);
    return (JSON.parse(payload) as SQSBatchResponse | null) ?? { batchItemFailures: [] };
  };
}

export class LocalQueue {
  private readonly dead: Array<Message & { deadLetteredAt: number }> = [];

  constructor(private readonly options: LocalQueueOptions) {}

  /**
   * Sends the bodies and delivers them until each is acknowledged or dead-lettered. `batchSize`
   * overrides the stage's (up to SQS's 10), as a test that wants ten messages in one batch needs.
   */
  async send(bodies: readonly string[], batchSize = this.options.batchSize): Promise<DeliveryReport> {
    const now = Date.now();
    const messages = bodies.map((body) => ({
      messageId: randomUUID(),
      body,
      sentTimestamp: now,
      receiveCount: 0,
    }));
    return this.deliver(messages, Math.min(Math.max(1, batchSize), MAX_BATCH));
  }

  /** The dead letters, oldest first. */
  deadLetters(): DeadLetter[] {
    return this.dead.map((message) => ({
      message_id: message.messageId,
      body: message.body,
      receive_count: message.receiveCount,
      sent_at: new Date(message.sentTimestamp).toISOString(),
      dead_lettered_at: new Date(message.deadLetteredAt).toISOString(),
    }));
  }

  /** Moves every dead letter back to the queue (receive count reset) and delivers them. */
  async redrive(): Promise<DeliveryReport> {
    const messages = this.dead
      .splice(0)
      .map(({ deadLetteredAt: _, firstReceiveTimestamp: __, ...message }) => ({
        ...message,
        receiveCount: 0,
      }));
    return this.deliver(messages, this.options.batchSize);
  }

  private async deliver(messages: Message[], batchSize: number): Promise<DeliveryReport> {
    const receives = new Map<string, number>();
    const deadLettered = new Set<string>();
    let invocations = 0;
    let pending = messages;
    while (pending.length > 0) {
      const exhausted = pending.filter((message) => message.receiveCount >= this.options.maxReceiveCount);
      for (const message of exhausted) {
        this.dead.push({ ...message, deadLetteredAt: Date.now() });
        deadLettered.add(message.messageId);
        this.options.log?.(`dead-lettered ${message.messageId} after ${message.receiveCount} receives`);
      }
      const receivable = pending.filter((message) => message.receiveCount < this.options.maxReceiveCount);
      const failed = (
        await mapLimited(chunks(receivable, batchSize), this.options.maxConcurrency, (batch) => {
          invocations += 1;
          return this.receive(batch);
        })
      ).flat();
      for (const message of receivable) receives.set(message.messageId, message.receiveCount);
      if (failed.length > 0)
        await new Promise((resolve) => setTimeout(resolve, this.options.redeliveryDelayMs));
      pending = failed;
    }
    return {
      messages: messages.map((message) => ({
        message_id: message.messageId,
        receives: receives.get(message.messageId) ?? 0,
        outcome: deadLettered.has(message.messageId) ? 'dead_lettered' : 'acknowledged',
      })),
      invocations,
    };
  }

  /** One receive of a batch by the worker; answers the messages that failed. */
  private async receive(batch: Message[]): Promise<Message[]> {
    const now = Date.now();
    for (const message of batch) {
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
    }
    let failures: Set<string>;
    try {
      const response = await this.options.invoke({ Records: batch.map((message) => this.record(message)) });
      const ids = new Set(batch.map((message) => message.messageId));
      const reported = (response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier);
      // Lambda treats a response naming no message of the batch as the whole batch failing.
      failures = reported.every((id) => ids.has(id)) ? new Set(reported) : ids;
    } catch (error) {
      this.options.log?.(`invocation failed, the whole batch returns: ${(error as Error).message}`);
      failures = new Set(batch.map((message) => message.messageId));
    }
    return batch.filter((message) => failures.has(message.messageId));
  }

  /** The record as Lambda's SQS event source hands it over (AWS Lambda Developer Guide, SQS event). */
  private record(message: Message): SQSRecord {
    return {
      messageId: message.messageId,
      receiptHandle: randomBytes(48).toString('base64'),
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentTimestamp),
        SenderId: LOCAL_ACCOUNT,
        ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? message.sentTimestamp),
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(message.body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:${this.options.region}:${LOCAL_ACCOUNT}:${this.options.queueName}`,
      awsRegion: this.options.region,
    };
  }
}
