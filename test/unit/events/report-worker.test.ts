/**
 * report-worker today: an "interview result completed" message is checked and logged; a message that
 * is not such an event is reported back as a batch item failure (so SQS retries it and finally parks
 * it in the dead-letter queue) while the rest of the batch succeeds.
 */
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../../../lambdas/report-worker/handler.ts';
import {
  EventValidationError,
  INTERVIEW_RESULT_COMPLETED,
  parseInterviewResultCompleted,
} from '../../../shared/events/interview-result-completed.ts';
import { receiveCompletedResult } from '../../../shared/events/receive-completed-result.ts';

const RESULT_ID = '0b7e6d1c-3f2a-4e59-8c1d-2a9f4b6e7c10';

function completedEvent(detail: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: '0',
    id: 'c2f0e8a4-0000-4000-8000-000000000001',
    source: INTERVIEW_RESULT_COMPLETED.source,
    'detail-type': INTERVIEW_RESULT_COMPLETED.detailType,
    account: '123456789012',
    time: '2026-11-28T12:00:00Z',
    region: 'eu-west-1',
    resources: [],
    detail: { interview_result_id: RESULT_ID, merchant_id: 'merchant-1', ...detail },
  };
}

function record(messageId: string, body: string): SQSRecord {
  return { messageId, body } as SQSRecord;
}

const context = {
  functionName: 'report-worker',
  awsRequestId: 'request-1',
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

describe('parseInterviewResultCompleted', () => {
  it('reads the event as EventBridge delivers it to SQS', () => {
    const event = parseInterviewResultCompleted(JSON.stringify(completedEvent()));
    expect(event.detail).toEqual({ interview_result_id: RESULT_ID, merchant_id: 'merchant-1' });
  });

  it('accepts fields a producer adds', () => {
    expect(() =>
      parseInterviewResultCompleted(JSON.stringify(completedEvent({ interview_id: 'i-1', score: 4.2 }))),
    ).not.toThrow();
  });

  const refusals: [string, string, string][] = [
    ['not JSON', '{oops', 'body'],
    ['no detail', JSON.stringify({ ...completedEvent(), detail: undefined }), 'detail'],
    [
      'no result id',
      JSON.stringify(completedEvent({ interview_result_id: undefined })),
      'detail.interview_result_id',
    ],
    [
      'a result id that is not a uuid',
      JSON.stringify(completedEvent({ interview_result_id: 'x' })),
      'detail.interview_result_id',
    ],
    [
      'another event type',
      JSON.stringify({ ...completedEvent(), 'detail-type': 'Interview Started' }),
      'detail-type',
    ],
    ['another source', JSON.stringify({ ...completedEvent(), source: 'someone.else' }), 'source'],
  ];

  it.each(refusals)('refuses %s, naming the field', (_, body, field) => {
    const error = (() => {
      try {
        parseInterviewResultCompleted(body);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(EventValidationError);
    expect((error as EventValidationError).field).toBe(field);
    expect((error as Error).message).toContain(field);
  });
});

describe('report-worker handler', () => {
  it('reports only the malformed messages as batch item failures', async () => {
    const event: SQSEvent = {
      Records: [
        record('ok-1', JSON.stringify(completedEvent())),
        record('bad-1', '{"source":"jobmojito.interviews"}'),
        record('ok-2', JSON.stringify(completedEvent({ merchant_id: 'merchant-2' }))),
        record('bad-2', 'not json'),
      ],
    };
    const response = await handler(event, context);
    expect(response).toEqual({
      batchItemFailures: [{ itemIdentifier: 'bad-1' }, { itemIdentifier: 'bad-2' }],
    });
  });

  it('acknowledges a batch of valid events entirely', async () => {
    const response = await handler({ Records: [record('ok', JSON.stringify(completedEvent()))] }, context);
    expect(response).toEqual({ batchItemFailures: [] });
  });
});

describe('receiving a completed result', () => {
  it('logs the event, the result and its merchant: what an operator looks for today', async () => {
    const lines: Array<[string, Record<string, unknown>]> = [];
    await receiveCompletedResult(JSON.stringify(completedEvent()), {
      info: (message, attributes) => lines.push([message, attributes]),
    });
    expect(lines).toEqual([
      [
        expect.stringContaining('Interview result completed'),
        {
          event_id: 'c2f0e8a4-0000-4000-8000-000000000001',
          interview_result_id: RESULT_ID,
          merchant_id: 'merchant-1',
        },
      ],
    ]);
  });
});
