/**
 * "Interview result completed" as the platform puts it on the bus and EventBridge hands it to the
 * rule's SQS target: the whole EventBridge envelope (AWS EventBridge User Guide, "Amazon EventBridge
 * events"), `time` to the second as EventBridge writes it. `npm run emit`, the stack tests and the
 * bench build their events here.
 */
import { randomUUID } from 'node:crypto';
import {
  INTERVIEW_RESULT_COMPLETED,
  type InterviewResultCompletedDetail,
} from '../../shared/events/interview-result-completed.ts';

/** The account the local stack pretends to be (as the local gateway's events do). */
export const LOCAL_ACCOUNT = '000000000000';

export interface CompletedEventEnvelope {
  version: '0';
  id: string;
  'detail-type': typeof INTERVIEW_RESULT_COMPLETED.detailType;
  source: typeof INTERVIEW_RESULT_COMPLETED.source;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: InterviewResultCompletedDetail;
}

/**
 * @example JSON.stringify(completedEvent({ interview_result_id: id, merchant_id: merchant })) // an SQS body
 */
export function completedEvent(
  detail: InterviewResultCompletedDetail,
  options: { id?: string; time?: Date; region?: string } = {},
): CompletedEventEnvelope {
  return {
    version: '0',
    id: options.id ?? randomUUID(),
    'detail-type': INTERVIEW_RESULT_COMPLETED.detailType,
    source: INTERVIEW_RESULT_COMPLETED.source,
    account: LOCAL_ACCOUNT,
    time: (options.time ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: options.region ?? 'eu-west-1',
    resources: [],
    detail,
  };
}
