/**
 * What report-worker does today with one "interview result completed" message: check it and log it.
 * Rendering the report is the events issue; nothing here pretends otherwise.
 *
 * A message that is not a valid event throws, so SQS redelivers it and, after the queue's
 * `maxReceiveCount`, parks it in the dead-letter queue where the DLQ alarm shows it.
 */
import {
  type InterviewResultCompletedEvent,
  parseInterviewResultCompleted,
} from './interview-result-completed.ts';

export interface ReceiveLog {
  info(message: string, attributes: Record<string, unknown>): void;
}

/**
 * Validates one message body and records that it arrived.
 *
 * @example await receiveCompletedResult(record.body, logger);
 */
export async function receiveCompletedResult(
  body: string,
  log: ReceiveLog,
): Promise<InterviewResultCompletedEvent> {
  const event = parseInterviewResultCompleted(body);
  log.info('Interview result completed; report generation is not implemented yet (events issue)', {
    event_id: event.id,
    interview_result_id: event.detail.interview_result_id,
    merchant_id: event.detail.merchant_id,
  });
  return event;
}
