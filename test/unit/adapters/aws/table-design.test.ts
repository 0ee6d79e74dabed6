import { describe, expect, it } from 'vitest';
import {
  ENTITY_ATTRIBUTE,
  itemKeys,
  MERCHANT_INDEX_NAME,
  MERCHANT_INDEX_PARTITION_KEY,
  MERCHANT_INDEX_SORT_KEY,
  PARTITION_KEY,
  recordOf,
  reportTableDefinition,
  SORT_KEY,
  toItem,
} from '../../../../shared/adapters/aws/table-design.ts';

describe('reportTableDefinition', () => {
  it('is an on-demand table keyed by pk/sk with the merchant index, as the local stack and CDK create it', () => {
    const definition = reportTableDefinition('reports');
    expect(definition.TableName).toBe('reports');
    expect(definition.BillingMode).toBe('PAY_PER_REQUEST');
    expect(definition.KeySchema).toEqual([
      { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
      { AttributeName: SORT_KEY, KeyType: 'RANGE' },
    ]);
    expect(definition.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: MERCHANT_INDEX_NAME,
        KeySchema: [
          { AttributeName: MERCHANT_INDEX_PARTITION_KEY, KeyType: 'HASH' },
          { AttributeName: MERCHANT_INDEX_SORT_KEY, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
    // Every key attribute is declared, and nothing else (DynamoDB refuses unused attribute definitions).
    expect(definition.AttributeDefinitions?.map((attribute) => attribute.AttributeName).sort()).toEqual(
      [PARTITION_KEY, SORT_KEY, MERCHANT_INDEX_PARTITION_KEY, MERCHANT_INDEX_SORT_KEY].sort(),
    );
  });
});

describe('items', () => {
  it('put a result and its transcript in one partition, addressable by the result id alone', () => {
    expect(itemKeys.result('r1')).toEqual({ pk: 'RESULT#r1', sk: 'RESULT' });
    expect(itemKeys.transcript('r1')).toEqual({ pk: 'RESULT#r1', sk: 'TRANSCRIPT' });
    expect(itemKeys.candidate('c1').pk).toBe(itemKeys.candidateFiles('c1').pk);
    expect(itemKeys.ledgerEntry('m1', 'e1').pk).toBe(itemKeys.merchant('m1').pk);
  });

  it('index a merchant’s results by start time, never-started ones last', () => {
    const base = { merchant_id: 'm1' } as Parameters<typeof toItem.result>[0];
    const started = toItem.result({ ...base, interview_result_id: 'a', start: '2026-10-01T10:00:00Z' });
    const notStarted = toItem.result({ ...base, interview_result_id: 'b', start: null });
    expect(started.gsi1pk).toBe('MERCHANT#m1');
    expect([notStarted.gsi1sk, started.gsi1sk].sort()).toEqual([started.gsi1sk, notStarted.gsi1sk]);
  });

  it('give back exactly the record they store', () => {
    const membership = { user_id: 'u1', merchant_id: 'm1', role: 'viewer' as const };
    const item = toItem.membership(membership);
    expect(item[ENTITY_ATTRIBUTE]).toBe('membership');
    expect(recordOf(item)).toEqual(membership);
  });
});
