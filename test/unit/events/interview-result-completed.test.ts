/**
 * The "interview result completed" event as report-worker reads it from its queue: the EventBridge
 * envelope as SQS delivers it, producers' extra fields allowed, refusals naming the field.
 */
import { describe, expect, it } from 'vitest';
import {
  EventValidationError,
  INTERVIEW_RESULT_COMPLETED,
  parseInterviewResultCompleted,
} from '../../../shared/events/interview-result-completed.ts';

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
