/**
 * The stage's EventBridge bus, locally: what report-worker puts on it through the real
 * `@aws-sdk/client-eventbridge` (`PutEvents`, JSON 1.1 protocol) is kept as EventBridge would deliver
 * it (the whole envelope) and printed, so a developer sees "Interview Result Report Ready" arrive and
 * a test can read the list. No rules run here: the worker's queue is fed by `npm run emit` (see
 * local-queue.ts), as the platform's events would be by the rule in AWS.
 */
import { randomUUID } from 'node:crypto';
import { LOCAL_ACCOUNT } from './completed-event.ts';

/** An event as EventBridge delivers it to a target. */
export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
  /** Not part of an EventBridge event: the bus it was put on, for the local listing. */
  'event-bus-name': string;
}

/** One `PutEvents` entry (AWS EventBridge API Reference, `PutEventsRequestEntry`). */
export interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  Time?: string | number;
}

/** Kept events: enough for a bench run, bounded for a stack left running for days. */
const MAX_EVENTS = 10_000;

/** `Time` as the SDK sends it: epoch seconds (its JSON protocol's timestamp format), or a string. */
function eventTime(time: PutEventsEntry['Time']): string {
  const date = typeof time === 'number' ? new Date(time * 1000) : time ? new Date(time) : new Date();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class LocalEventBus {
  private readonly events: BusEvent[] = [];

  constructor(private readonly options: { busName: string; region: string; log?: (line: string) => void }) {}

  /**
   * Takes a `PutEvents` request; answers as EventBridge does, one entry per entry, refusing those
   * without source, detail type or JSON detail, or addressed to another bus.
   */
  put(entries: readonly PutEventsEntry[]): { FailedEntryCount: number; Entries: object[] } {
    const answers = entries.map((entry) => {
      const bus = entry.EventBusName ?? 'default';
      if (bus !== this.options.busName) {
        return { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Event bus ${bus} does not exist.` };
      }
      let detail: unknown;
      try {
        detail = JSON.parse(entry.Detail ?? '');
      } catch {
        return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
      }
      if (!entry.Source || !entry.DetailType) {
        return {
          ErrorCode: 'InvalidArgument',
          ErrorMessage: 'Parameter Source and DetailType are required.',
        };
      }
      const event: BusEvent = {
        version: '0',
        id: randomUUID(),
        'detail-type': entry.DetailType,
        source: entry.Source,
        account: LOCAL_ACCOUNT,
        time: eventTime(entry.Time),
        region: this.options.region,
        resources: entry.Resources ?? [],
        detail,
        'event-bus-name': bus,
      };
      this.events.push(event);
      if (this.events.length > MAX_EVENTS) this.events.shift();
      this.options.log?.(`${event['detail-type']} ${JSON.stringify(detail)}`);
      return { EventId: event.id };
    });
    return { FailedEntryCount: answers.filter((answer) => 'ErrorCode' in answer).length, Entries: answers };
  }

  /** Every event put on the bus so far, oldest first. */
  list(): BusEvent[] {
    return [...this.events];
  }
}
