/**
 * The local bus answers the real `@aws-sdk/client-eventbridge` as EventBridge does: the worker's
 * publisher puts "ready" on it, the listing shows the whole envelope, and an entry for another bus is
 * refused entry by entry (which the publisher turns into an error).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busEvents } from '../../../../infra/local/local-control-client.ts';
import { LocalEventBus } from '../../../../infra/local/local-event-bus.ts';
import {
  type LocalEventsServer,
  startLocalEventsServer,
} from '../../../../infra/local/local-events-server.ts';
import { LocalQueue } from '../../../../infra/local/local-queue.ts';
import {
  createEventBridgeClient,
  EventBridgeReportReadyPublisher,
  ReportReadyNotPublishedError,
} from '../../../../shared/adapters/aws/eventbridge-report-ready-publisher.ts';
import { INTERVIEW_RESULT_REPORT_READY } from '../../../../shared/events/interview-result-report-ready.ts';

const DETAIL = {
  interview_result_id: '93c98d21-e04d-4a84-9afa-ed154cf73636',
  merchant_id: '0b9f3f52-6f4e-4c1e-9d0a-2f5f6c1a7e01',
  object_key: 'reports/m/r/h.pdf',
  pdf_export_valid_until: '2026-11-28T13:00:00.000Z',
  content_hash: 'h',
  version: '2026-11-28T12:00:00.000Z',
};

let server: LocalEventsServer;
beforeAll(async () => {
  const queue = new LocalQueue({
    invoke: async () => ({ batchItemFailures: [] }),
    queueName: 'q',
    region: 'eu-west-1',
    batchSize: 5,
    maxConcurrency: 1,
    maxReceiveCount: 3,
    redeliveryDelayMs: 1,
  });
  server = await startLocalEventsServer({
    bus: new LocalEventBus({ busName: 'bus-1', region: 'eu-west-1' }),
    queue,
  });
});
afterAll(() => server.close());

describe('the local events server', () => {
  it('takes PutEvents from the SDK and lists the event as EventBridge delivers it', async () => {
    const client = createEventBridgeClient({ region: 'eu-west-1', eventBridgeEndpoint: server.url });
    await new EventBridgeReportReadyPublisher(client, 'bus-1').publish(DETAIL);
    const [event] = await busEvents(server.url);
    expect(event).toMatchObject({
      version: '0',
      id: expect.any(String),
      source: INTERVIEW_RESULT_REPORT_READY.source,
      'detail-type': INTERVIEW_RESULT_REPORT_READY.detailType,
      account: '000000000000',
      region: 'eu-west-1',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      detail: DETAIL,
    });
  });

  it('refuses an entry for another bus, which the publisher reports as an error', async () => {
    const client = createEventBridgeClient({ region: 'eu-west-1', eventBridgeEndpoint: server.url });
    await expect(new EventBridgeReportReadyPublisher(client, 'bus-2').publish(DETAIL)).rejects.toBeInstanceOf(
      ReportReadyNotPublishedError,
    );
  });
});
