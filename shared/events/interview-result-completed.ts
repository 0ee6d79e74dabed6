/**
 * The "interview result completed" event: the platform puts it on the service's EventBridge bus when
 * an interview result is final; a rule forwards it to an SQS queue that report-worker drains.
 *
 * What the worker does with it is shared/usecases/generate-completed-report.ts (docs/events.md); this
 * module fixes the event's shape so the CDK rule, the producer and the worker agree.
 */
import { Ajv } from 'ajv';
import { describeSchemaError } from '../contract/schema-error.ts';

/** EventBridge `source` and `detail-type` the rule matches. */
export const INTERVIEW_RESULT_COMPLETED = {
  source: 'jobmojito.interviews',
  detailType: 'Interview Result Completed',
} as const;

export interface InterviewResultCompletedDetail {
  interview_result_id: string;
  merchant_id: string;
}

/** The EventBridge envelope as SQS delivers it (the message body is the whole event, as JSON). */
export interface InterviewResultCompletedEvent {
  id: string;
  source: typeof INTERVIEW_RESULT_COMPLETED.source;
  'detail-type': typeof INTERVIEW_RESULT_COMPLETED.detailType;
  time: string;
  detail: InterviewResultCompletedDetail;
}

/** A message that is not a valid "interview result completed" event; `field` names the offender. */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';
  constructor(
    message: string,
    readonly field: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

// Extra envelope and detail fields are allowed: producers may add to an event, never remove.
const validateEvent = new Ajv({ allErrors: false }).compile<InterviewResultCompletedEvent>({
  type: 'object',
  required: ['id', 'source', 'detail-type', 'time', 'detail'],
  properties: {
    id: { type: 'string', minLength: 1 },
    source: { const: INTERVIEW_RESULT_COMPLETED.source },
    'detail-type': { const: INTERVIEW_RESULT_COMPLETED.detailType },
    time: { type: 'string' },
    detail: {
      type: 'object',
      required: ['interview_result_id', 'merchant_id'],
      properties: {
        interview_result_id: { type: 'string', pattern: UUID },
        merchant_id: { type: 'string', minLength: 1 },
      },
    },
  },
});

/**
 * Parses an SQS message body into the event, or throws EventValidationError naming the field.
 *
 * @example const event = parseInterviewResultCompleted(record.body);
 */
export function parseInterviewResultCompleted(body: string): InterviewResultCompletedEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new EventValidationError('Message body is not JSON', 'body', { cause: error });
  }
  if (validateEvent(parsed)) return parsed;
  // Named and worded as the API's refusals are (`detail.interview_result_id is required`).
  const { field, message } = describeSchemaError(validateEvent.errors?.[0]);
  throw new EventValidationError(`Invalid event: ${message}`, field);
}
