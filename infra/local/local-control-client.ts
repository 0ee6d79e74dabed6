/**
 * Clients of the local stack's own routes (the ones AWS does not have): the worker's queue and the
 * bus listing of local-events-server.ts, the invocation log and fault switches of
 * lambda-invoke-server.ts. `npm run emit`, `npm run dlq`, the stack tests and the bench use them.
 */
import type { InvocationRecord, LocalFault } from './lambda-invoke-server.ts';
import type { BusEvent } from './local-event-bus.ts';
import type { DeadLetter, DeliveryReport } from './local-queue.ts';

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/**
 * Sends message bodies to the worker's queue; resolves once each is acknowledged or dead-lettered.
 *
 * @example await sendToQueue(state.eventsEndpoint, [JSON.stringify(completedEvent(detail))]);
 */
export function sendToQueue(
  eventsUrl: string,
  bodies: string[],
  batchSize?: number,
): Promise<DeliveryReport> {
  return call(`${eventsUrl}/local/queue/messages`, {
    method: 'POST',
    body: JSON.stringify({ bodies, ...(batchSize === undefined ? {} : { batch_size: batchSize }) }),
  });
}

export function deadLetters(eventsUrl: string): Promise<DeadLetter[]> {
  return call(`${eventsUrl}/local/queue/dead-letters`);
}

export function redriveDeadLetters(eventsUrl: string): Promise<DeliveryReport> {
  return call(`${eventsUrl}/local/queue/redrive`, { method: 'POST' });
}

/** Every event put on the local bus (the "ready" events), oldest first. */
export function busEvents(eventsUrl: string): Promise<BusEvent[]> {
  return call(`${eventsUrl}/local/events`);
}

export function invocations(lambdaUrl: string): Promise<InvocationRecord[]> {
  return call(`${lambdaUrl}/local/invocations`);
}

/** Turns a fault of the local Lambda Invoke API on (`true`) or off. */
export async function switchFault(lambdaUrl: string, fault: LocalFault, on: boolean): Promise<void> {
  await call(`${lambdaUrl}/local/faults`, { method: on ? 'PUT' : 'DELETE', body: JSON.stringify(fault) });
}
