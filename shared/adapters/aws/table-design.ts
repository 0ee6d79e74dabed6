/**
 * The single DynamoDB table that holds every stored record (docs/data-model.md explains the design).
 *
 * Items are the records of `shared/domain/records.ts` as they are (snake_case, JobMojito's field
 * names) plus their key attributes and an `entity` discriminator. The keys are built only here, so
 * the repository, the seed loader and the CDK stack (which mirrors `reportTableDefinition`) agree.
 *
 * Why the items are cut the way they are: a report needs, per result, the result, its transcript, its
 * interview, its candidate and the candidate's files. With a result and its transcript addressable by
 * the result id alone, and an interview, a candidate and the candidate's files addressable by the ids
 * the result holds, a combined report of 50 results is two rounds of BatchGetItem (≤ 100 keys each),
 * whatever the number of turns or files.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type {
  CandidateFileRecord,
  CandidateRecord,
  CreditLedgerEntryRecord,
  InterviewRecord,
  InterviewResultRecord,
  MembershipRecord,
  MerchantRecord,
  TurnRecord,
} from '../../domain/records.ts';

/** Partition key attribute of the table (string). */
export const PARTITION_KEY = 'pk';
/** Sort key attribute of the table (string). */
export const SORT_KEY = 'sk';
/** The one global secondary index: a merchant's members, candidates, interviews and results. */
export const MERCHANT_INDEX_NAME = 'gsi1';
export const MERCHANT_INDEX_PARTITION_KEY = 'gsi1pk';
export const MERCHANT_INDEX_SORT_KEY = 'gsi1sk';
/** Which record type an item holds; lets a reader of a raw item (or a table export) tell them apart. */
export const ENTITY_ATTRIBUTE = 'entity';

/** BatchGetItem takes at most 100 keys per request (DynamoDB API reference, BatchGetItem). */
export const BATCH_GET_MAX_KEYS = 100;
/** BatchWriteItem takes at most 25 put or delete requests (DynamoDB API reference, BatchWriteItem). */
export const BATCH_WRITE_MAX_ITEMS = 25;

export const ENTITY = {
  merchant: 'merchant',
  ledgerEntry: 'credit_ledger_entry',
  membership: 'membership',
  candidate: 'candidate',
  candidateFiles: 'candidate_files',
  interview: 'interview',
  result: 'interview_result',
  transcript: 'transcript',
} as const;
export type Entity = (typeof ENTITY)[keyof typeof ENTITY];

/** The primary key of one item. */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** Attributes every item carries besides its record. */
interface ItemEnvelope extends ItemKey {
  entity: Entity;
  gsi1pk?: string;
  gsi1sk?: string;
}

/** The names of the attributes that belong to the table, not to the record; dropped on read. */
const ENVELOPE_ATTRIBUTES: ReadonlySet<string> = new Set([
  PARTITION_KEY,
  SORT_KEY,
  ENTITY_ATTRIBUTE,
  MERCHANT_INDEX_PARTITION_KEY,
  MERCHANT_INDEX_SORT_KEY,
]);

const merchantPartition = (merchantId: string) => `MERCHANT#${merchantId}`;

/**
 * Primary keys of every item type.
 *
 * @example const key = itemKeys.result('4f0c…'); // { pk: 'RESULT#4f0c…', sk: 'RESULT' }
 */
export const itemKeys = {
  merchant: (merchantId: string): ItemKey => ({ pk: merchantPartition(merchantId), sk: 'MERCHANT' }),
  ledgerEntry: (merchantId: string, entryId: string): ItemKey => ({
    pk: merchantPartition(merchantId),
    sk: `LEDGER#${entryId}`,
  }),
  membership: (userId: string): ItemKey => ({ pk: `USER#${userId}`, sk: 'MEMBERSHIP' }),
  candidate: (candidateId: string): ItemKey => ({ pk: `CANDIDATE#${candidateId}`, sk: 'CANDIDATE' }),
  candidateFiles: (candidateId: string): ItemKey => ({ pk: `CANDIDATE#${candidateId}`, sk: 'FILES' }),
  interview: (interviewId: string): ItemKey => ({ pk: `INTERVIEW#${interviewId}`, sk: 'INTERVIEW' }),
  result: (resultId: string): ItemKey => ({ pk: `RESULT#${resultId}`, sk: 'RESULT' }),
  transcript: (resultId: string): ItemKey => ({ pk: `RESULT#${resultId}`, sk: 'TRANSCRIPT' }),
};

/**
 * The key space of the report-worker's idempotency records (Powertools idempotency with its DynamoDB
 * persistence layer): one partition, `IDEMPOTENCY#report-worker`, sort key `report-worker#<md5 of the
 * key>`; the layer builds the sort key itself. Powertools' own attribute names (`status`, `expiration`,
 * `in_progress_expiration`, `data`) hold the record; `expiration` (epoch seconds) is the table's TTL
 * attribute, so expired records are deleted by DynamoDB. Nothing else in the table has `expiration`.
 */
export const IDEMPOTENCY_KEY_SPACE = {
  partitionKeyValue: 'IDEMPOTENCY#report-worker',
  sortKeyPrefix: 'report-worker',
} as const;
/** The table's TTL attribute (Powertools idempotency's default expiry attribute). */
export const TIME_TO_LIVE_ATTRIBUTE = 'expiration';

/** Sort-key prefixes in the merchant index, for `begins_with` queries. */
export const MERCHANT_INDEX_PREFIX = {
  member: 'MEMBER#',
  candidate: 'CANDIDATE#',
  interview: 'INTERVIEW#',
  result: 'RESULT#',
} as const;

/**
 * Sorts results of a merchant by start time; results that never started sort after every dated one
 * ('~' follows every digit in ASCII), so a newest-first listing shows them on top.
 */
function resultIndexSortKey(result: InterviewResultRecord): string {
  return `${MERCHANT_INDEX_PREFIX.result}${result.start ?? '~'}#${result.interview_result_id}`;
}

export type MerchantItem = ItemEnvelope & MerchantRecord;
export type CreditLedgerEntryItem = ItemEnvelope & CreditLedgerEntryRecord;
export type MembershipItem = ItemEnvelope & MembershipRecord;
export type CandidateItem = ItemEnvelope & CandidateRecord;
export type InterviewItem = ItemEnvelope & InterviewRecord;
export type InterviewResultItem = ItemEnvelope & InterviewResultRecord;

/** A candidate's uploaded documents, one item per candidate (files are written together, read together). */
export interface CandidateFilesItem extends ItemEnvelope {
  candidate_id: string;
  merchant_id: string;
  files: CandidateFileRecord[];
}

/**
 * A result's turns in one item: read with the result in the same BatchGetItem. A long interview of
 * 60 turns with 2 KB each stays far below the 400 KB item limit.
 */
export interface TranscriptItem extends ItemEnvelope {
  interview_result_id: string;
  merchant_id: string;
  turns: TurnRecord[];
}

export type TableItem =
  | MerchantItem
  | CreditLedgerEntryItem
  | MembershipItem
  | CandidateItem
  | CandidateFilesItem
  | InterviewItem
  | InterviewResultItem
  | TranscriptItem;

/**
 * Builders from a record to the item that stores it.
 *
 * @example await ddb.send(new PutCommand({ TableName, Item: toItem.merchant(merchant) }));
 */
export const toItem = {
  merchant: (record: MerchantRecord): MerchantItem => ({
    ...itemKeys.merchant(record.merchant_id),
    entity: ENTITY.merchant,
    ...record,
  }),
  ledgerEntry: (record: CreditLedgerEntryRecord): CreditLedgerEntryItem => ({
    ...itemKeys.ledgerEntry(record.merchant_id, record.entry_id),
    entity: ENTITY.ledgerEntry,
    ...record,
  }),
  membership: (record: MembershipRecord): MembershipItem => ({
    ...itemKeys.membership(record.user_id),
    entity: ENTITY.membership,
    gsi1pk: merchantPartition(record.merchant_id),
    gsi1sk: `${MERCHANT_INDEX_PREFIX.member}${record.user_id}`,
    ...record,
  }),
  candidate: (record: CandidateRecord): CandidateItem => ({
    ...itemKeys.candidate(record.candidate_id),
    entity: ENTITY.candidate,
    gsi1pk: merchantPartition(record.merchant_id),
    gsi1sk: `${MERCHANT_INDEX_PREFIX.candidate}${record.candidate_id}`,
    ...record,
  }),
  candidateFiles: (candidate: { candidate_id: string; merchant_id: string }, files: CandidateFileRecord[]) =>
    ({
      ...itemKeys.candidateFiles(candidate.candidate_id),
      entity: ENTITY.candidateFiles,
      candidate_id: candidate.candidate_id,
      merchant_id: candidate.merchant_id,
      files,
    }) satisfies CandidateFilesItem,
  interview: (record: InterviewRecord): InterviewItem => ({
    ...itemKeys.interview(record.interview_id),
    entity: ENTITY.interview,
    gsi1pk: merchantPartition(record.merchant_id),
    gsi1sk: `${MERCHANT_INDEX_PREFIX.interview}${record.interview_id}`,
    ...record,
  }),
  result: (record: InterviewResultRecord): InterviewResultItem => ({
    ...itemKeys.result(record.interview_result_id),
    entity: ENTITY.result,
    gsi1pk: merchantPartition(record.merchant_id),
    gsi1sk: resultIndexSortKey(record),
    ...record,
  }),
  transcript: (result: { interview_result_id: string; merchant_id: string }, turns: TurnRecord[]) =>
    ({
      ...itemKeys.transcript(result.interview_result_id),
      entity: ENTITY.transcript,
      interview_result_id: result.interview_result_id,
      merchant_id: result.merchant_id,
      turns,
    }) satisfies TranscriptItem,
};

/**
 * The record an item stores: the item without its key attributes and `entity`.
 *
 * @example const result = recordOf<InterviewResultRecord>(item);
 */
export function recordOf<T>(item: object): T {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    if (!ENVELOPE_ATTRIBUTES.has(name)) record[name] = value;
  }
  return record as T;
}

/** A key as a string, to dedupe keys and to match BatchGetItem responses (which come in any order). */
export function keyId(key: ItemKey): string {
  return `${key.pk}\u0000${key.sk}`;
}

/**
 * The CreateTable input of the report table: on-demand capacity, string keys `pk`/`sk`, one
 * all-attributes index `gsi1` (`gsi1pk`/`gsi1sk`). The local stack creates the table from it; the CDK
 * stack declares the same keys (test/infra compares them).
 *
 * @example await client.send(new CreateTableCommand(reportTableDefinition('interview-reports')));
 */
export function reportTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: PARTITION_KEY, AttributeType: 'S' },
      { AttributeName: SORT_KEY, AttributeType: 'S' },
      { AttributeName: MERCHANT_INDEX_PARTITION_KEY, AttributeType: 'S' },
      { AttributeName: MERCHANT_INDEX_SORT_KEY, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
      { AttributeName: SORT_KEY, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: MERCHANT_INDEX_NAME,
        KeySchema: [
          { AttributeName: MERCHANT_INDEX_PARTITION_KEY, KeyType: 'HASH' },
          { AttributeName: MERCHANT_INDEX_SORT_KEY, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
