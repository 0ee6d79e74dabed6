/**
 * A Powertools idempotency persistence layer in memory, for unit tests: the real `makeIdempotent`
 * (through `PowertoolsIdempotentSteps`) runs over it, only the storage is not DynamoDB. Its put follows
 * the DynamoDB layer's condition: a key can be taken when absent, expired, or in progress past its
 * in-progress expiry. The stack tests run the same adapter on DynamoDB Local.
 */
import {
  IdempotencyItemAlreadyExistsError,
  IdempotencyItemNotFoundError,
} from '@aws-lambda-powertools/idempotency';
import { BasePersistenceLayer, type IdempotencyRecord } from '@aws-lambda-powertools/idempotency/persistence';

export class InMemoryIdempotencyStore extends BasePersistenceLayer {
  readonly records = new Map<string, IdempotencyRecord>();

  protected async _getRecord(idempotencyKey: string): Promise<IdempotencyRecord> {
    const record = this.records.get(idempotencyKey);
    if (!record) throw new IdempotencyItemNotFoundError();
    return record;
  }

  protected async _putRecord(record: IdempotencyRecord): Promise<void> {
    const existing = this.records.get(record.idempotencyKey);
    const now = Date.now();
    const free =
      existing === undefined ||
      (existing.expiryTimestamp ?? Number.POSITIVE_INFINITY) < now / 1000 ||
      (existing.getStatus() === 'INPROGRESS' &&
        existing.inProgressExpiryTimestamp !== undefined &&
        existing.inProgressExpiryTimestamp < now);
    if (!free) throw new IdempotencyItemAlreadyExistsError(`taken: ${record.idempotencyKey}`, existing);
    this.records.set(record.idempotencyKey, record);
  }

  protected async _updateRecord(record: IdempotencyRecord): Promise<void> {
    this.records.set(record.idempotencyKey, record);
  }

  protected async _deleteRecord(record: IdempotencyRecord): Promise<void> {
    this.records.delete(record.idempotencyKey);
  }
}
