/**
 * The local stand-in of report-worker's queue: records shaped as Lambda's SQS event source hands them
 * over, batch item failures received again with a higher receive count, a message that failed
 * maxReceiveCount times moved to the dead-letter list, a failed invocation failing its whole batch,
 * and a redrive that sends the dead letters back.
 */
import { createHash } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { LocalQueue } from '../../../../infra/local/local-queue.ts';

function queueWith(answer: (record: SQSRecord) => 'ok' | 'fail', options: { crash?: boolean } = {}) {
  const received: SQSRecord[][] = [];
  const queue = new LocalQueue({
    invoke: async (event: SQSEvent): Promise<SQSBatchResponse> => {
      received.push(event.Records);
      if (options.crash) throw new Error('report-worker failed: Task timed out');
      return {
        batchItemFailures: event.Records.filter((record) => answer(record) === 'fail').map((record) => ({
          itemIdentifier: record.messageId,
        })),
      };
    },
    queueName: 'q',
    region: 'eu-west-1',
    batchSize: 5,
    maxConcurrency: 2,
    maxReceiveCount: 3,
    redeliveryDelayMs: 1,
  });
  return { queue, received };
}

describe('LocalQueue', () => {
  it('hands over records as the SQS event source does', async () => {
    const { queue, received } = queueWith(() => 'ok');
    await queue.send(['{"a":1}']);
    const [record] = received[0] ?? [];
    expect(record).toMatchObject({
      body: '{"a":1}',
      md5OfBody: createHash('md5').update('{"a":1}').digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-1:000000000000:q',
      awsRegion: 'eu-west-1',
      messageAttributes: {},
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: expect.stringMatching(/^\d{13}$/) },
    });
    expect(record?.receiptHandle.length).toBeGreaterThan(20);
  });

  it('cuts sends into batches of the stage’s size, or of the size asked, up to SQS’s 10', async () => {
    const { queue, received } = queueWith(() => 'ok');
    await queue.send(Array(12).fill('{}'));
    expect(received.map((batch) => batch.length)).toEqual([5, 5, 2]);
    received.length = 0;
    await queue.send(Array(12).fill('{}'), 50);
    expect(received.map((batch) => batch.length)).toEqual([10, 2]);
  });

  it('receives only the failures again, counting, and dead-letters them after maxReceiveCount', async () => {
    const { queue, received } = queueWith((record) => (record.body === 'bad' ? 'fail' : 'ok'));
    const report = await queue.send(['good', 'bad', 'good']);
    expect(received.map((batch) => batch.map((record) => record.attributes.ApproximateReceiveCount))).toEqual(
      [['1', '1', '1'], ['2'], ['3']],
    );
    expect(report.messages.map((message) => [message.outcome, message.receives])).toEqual([
      ['acknowledged', 1],
      ['dead_lettered', 3],
      ['acknowledged', 1],
    ]);
    expect(queue.deadLetters()).toEqual([expect.objectContaining({ body: 'bad', receive_count: 3 })]);
    // The same message every time, first received when it was first received.
    const ids = new Set(received.slice(1).map((batch) => batch[0]?.messageId));
    expect(ids.size).toBe(1);
    const first = new Set(
      received.map(
        (batch) => batch.find((r) => r.body === 'bad')?.attributes.ApproximateFirstReceiveTimestamp,
      ),
    );
    expect(first.size).toBe(1);
  });

  it('fails the whole batch when the invocation itself fails', async () => {
    const { queue } = queueWith(() => 'ok', { crash: true });
    const report = await queue.send(['a', 'b']);
    expect(report.messages.every((message) => message.outcome === 'dead_lettered')).toBe(true);
    expect(report.invocations).toBe(3);
  });

  it('redrives the dead letters to the queue with their count reset', async () => {
    let healthy = false;
    const { queue } = queueWith(() => (healthy ? 'ok' : 'fail'));
    await queue.send(['x']);
    healthy = true;
    const report = await queue.redrive();
    expect(report.messages).toEqual([expect.objectContaining({ outcome: 'acknowledged', receives: 1 })]);
    expect(queue.deadLetters()).toEqual([]);
  });
});
