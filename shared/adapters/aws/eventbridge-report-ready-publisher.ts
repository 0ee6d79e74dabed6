/**
 * The `ReportReadyPublisher` port on EventBridge: one PutEvents entry per ready report, on the stage's
 * bus. PutEvents answers 200 even when it refused an entry (`FailedEntryCount`), so a refusal is
 * turned into an error here; the worker then retries the message.
 */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { RuntimeConfig } from '../../config.ts';
import {
  INTERVIEW_RESULT_REPORT_READY,
  type InterviewResultReportReadyDetail,
} from '../../events/interview-result-report-ready.ts';
import type { ReportReadyPublisher } from '../../usecases/ports.ts';

/** EventBridge refused the entry (`ErrorCode`, `ErrorMessage` of the PutEvents answer). */
export class ReportReadyNotPublishedError extends Error {
  override readonly name = 'ReportReadyNotPublishedError';
}

/**
 * The EventBridge client: the function's role in AWS; locally the stack's stand-in, which checks no
 * signature (any credentials do).
 *
 * @example const events = createEventBridgeClient(loadConfig());
 */
export function createEventBridgeClient(
  config: Pick<RuntimeConfig, 'region' | 'eventBridgeEndpoint'>,
): EventBridgeClient {
  return new EventBridgeClient({
    region: config.region,
    ...(config.eventBridgeEndpoint
      ? {
          endpoint: config.eventBridgeEndpoint,
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
}

/**
 * @example await new EventBridgeReportReadyPublisher(client, 'interview-reports-dev').publish(detail);
 */
export class EventBridgeReportReadyPublisher implements ReportReadyPublisher {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly eventBusName: string,
  ) {}

  async publish(detail: InterviewResultReportReadyDetail): Promise<void> {
    const answer = await this.client.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: this.eventBusName,
            Source: INTERVIEW_RESULT_REPORT_READY.source,
            DetailType: INTERVIEW_RESULT_REPORT_READY.detailType,
            Detail: JSON.stringify(detail),
          },
        ],
      }),
    );
    const [entry] = answer.Entries ?? [];
    if ((answer.FailedEntryCount ?? 0) > 0 || entry?.EventId === undefined) {
      throw new ReportReadyNotPublishedError(
        `EventBridge refused the report-ready event: ${entry?.ErrorCode ?? 'no event id'} ${entry?.ErrorMessage ?? ''}`.trim(),
      );
    }
  }
}
