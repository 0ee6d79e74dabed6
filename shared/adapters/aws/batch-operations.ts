/**
 * BatchGetItem and BatchWriteItem done properly: keys deduplicated, requests cut at DynamoDB's limits
 * and sent in parallel, and what DynamoDB leaves unprocessed (throttling, the 16 MB response limit)
 * sent again with exponential backoff and full jitter, as the DynamoDB developer guide asks
 * ("Error retries and exponential backoff").
 */

import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapLimited } from '../../concurrency.ts';
import { BATCH_GET_MAX_KEYS, BATCH_WRITE_MAX_ITEMS, type ItemKey, keyId } from './table-design.ts';

type Item = Record<string, unknown>;

export interface BatchRetryOptions {
  /** Requests per chunk before giving up, the first included. */
  maxAttempts?: number;
  /** Base of the exponential backoff in milliseconds. */
  baseDelayMs?: number;
  /** Longest single wait in milliseconds. */
  maxDelayMs?: number;
  /** Replaceable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** DynamoDB kept leaving part of a batch unprocessed after every retry. */
export class BatchIncompleteError extends Error {
  override readonly name = 'BatchIncompleteError';
  constructor(
    readonly operation: 'BatchGetItem' | 'BatchWriteItem',
    readonly remaining: number,
    attempts: number,
  ) {
    super(`${operation} left ${remaining} request(s) unprocessed after ${attempts} attempts`);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryPolicy(options: BatchRetryOptions = {}) {
  const maxAttempts = options.maxAttempts ?? 8;
  const baseDelayMs = options.baseDelayMs ?? 25;
  const maxDelayMs = options.maxDelayMs ?? 2000;
  const sleep = options.sleep ?? defaultSleep;
  return {
    maxAttempts,
    /** Full jitter: a random wait up to the exponential bound, so parallel chunks do not retry in step. */
    wait: (attempt: number) => sleep(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt)),
  };
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += size) chunks.push(values.slice(start, start + size));
  return chunks;
}

function dedupeKeys(keys: readonly ItemKey[]): ItemKey[] {
  const unique = new Map<string, ItemKey>();
  for (const key of keys) unique.set(keyId(key), { pk: key.pk, sk: key.sk });
  return [...unique.values()];
}

/**
 * Reads many items by key. Returns the items found, by `keyId` of their key; keys with no item are
 * absent from the map. A batch of n distinct keys costs ceil(n / 100) parallel requests when DynamoDB
 * processes everything at once.
 *
 * @example
 * const items = await batchGetItems(ddb, 'reports', [itemKeys.result(id), itemKeys.transcript(id)]);
 * const result = items.get(keyId(itemKeys.result(id)));
 */
export async function batchGetItems(
  ddb: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly ItemKey[],
  options: BatchRetryOptions & { consistentRead?: boolean } = {},
): Promise<Map<string, Item>> {
  const policy = retryPolicy(options);
  const found = new Map<string, Item>();
  const readChunk = async (chunkKeys: ItemKey[]) => {
    let pending: Item[] = chunkKeys as unknown as Item[];
    for (let attempt = 1; ; attempt++) {
      const response = await ddb.send(
        new BatchGetCommand({
          RequestItems: { [tableName]: { Keys: pending, ConsistentRead: options.consistentRead ?? false } },
        }),
      );
      for (const item of response.Responses?.[tableName] ?? []) {
        found.set(keyId(item as unknown as ItemKey), item);
      }
      pending = response.UnprocessedKeys?.[tableName]?.Keys ?? [];
      if (pending.length === 0) return;
      if (attempt >= policy.maxAttempts) {
        throw new BatchIncompleteError('BatchGetItem', pending.length, attempt);
      }
      await policy.wait(attempt);
    }
  };
  await Promise.all(chunk(dedupeKeys(keys), BATCH_GET_MAX_KEYS).map(readChunk));
  return found;
}

/**
 * Writes many items (puts), 25 per request, a few requests at a time. Not atomic: DynamoDB has no
 * atomic write of more than 100 items; callers validate everything before they write.
 *
 * @example await batchWriteItems(ddb, 'reports', [toItem.merchant(merchant)]);
 */
export async function batchWriteItems(
  ddb: DynamoDBDocumentClient,
  tableName: string,
  items: readonly object[],
  options: BatchRetryOptions & { concurrency?: number } = {},
): Promise<void> {
  const policy = retryPolicy(options);
  const queue = chunk(items as readonly Item[], BATCH_WRITE_MAX_ITEMS);
  const writeChunk = async (chunkItems: Item[]) => {
    let pending = chunkItems.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; ; attempt++) {
      const response = await ddb.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (response.UnprocessedItems?.[tableName] ?? []).flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
      if (pending.length === 0) return;
      if (attempt >= policy.maxAttempts) {
        throw new BatchIncompleteError('BatchWriteItem', pending.length, attempt);
      }
      await policy.wait(attempt);
    }
  };
  await mapLimited(queue, options.concurrency ?? 4, writeChunk);
}
