/**
 * The report repository on the single DynamoDB table (see table-design.ts and docs/data-model.md).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  CandidateRecord,
  InterviewRecord,
  InterviewResultRecord,
  MembershipRecord,
  MerchantRecord,
  ResultBundle,
} from '../../domain/records.ts';
import { ResultGoneError } from '../../errors.ts';
import type { PdfExportRecord, PdfExportWrite, ReportRepository } from '../../usecases/ports.ts';
import { type BatchRetryOptions, batchGetItems } from './batch-operations.ts';
import {
  type CandidateFilesItem,
  type ItemKey,
  itemKeys,
  keyId,
  recordOf,
  type TranscriptItem,
} from './table-design.ts';

/** The part of a logger the repository uses; Powertools' Logger fits. */
export interface RepositoryLogger {
  warn(message: string, attributes: Record<string, unknown>): void;
}

export interface DynamoReportRepositoryOptions {
  /**
   * Strongly consistent reads cost twice as much; the report-worker, which reads a result right
   * after it was written, may want them. Default: eventually consistent.
   */
  consistentRead?: boolean;
  logger?: RepositoryLogger;
  retry?: BatchRetryOptions;
}

/**
 * Reads memberships and whole result bundles. A combined report of n results costs two rounds of
 * BatchGetItem: the results and their transcripts (2n keys), then the distinct interviews, candidates
 * and candidates' files they point at; each round is ceil(keys / 100) parallel requests.
 *
 * @example
 * const repository = new DynamoReportRepository(ddb, config.tableName);
 * const bundles = await repository.loadResultBundles(['0f9e…', '5a1c…']);
 */
export class DynamoReportRepository implements ReportRepository {
  private readonly logger: RepositoryLogger;

  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: DynamoReportRepositoryOptions = {},
  ) {
    this.logger = options.logger ?? new Logger({ serviceName: 'report-repository' });
  }

  async getMembership(userId: string): Promise<MembershipRecord | null> {
    const response = await this.ddb.send(
      new GetCommand({
        TableName: this.tableName,
        Key: itemKeys.membership(userId),
        ConsistentRead: this.options.consistentRead ?? false,
      }),
    );
    return response.Item ? recordOf<MembershipRecord>(response.Item) : null;
  }

  async getMerchant(merchantId: string): Promise<MerchantRecord | null> {
    const response = await this.ddb.send(
      new GetCommand({ TableName: this.tableName, Key: itemKeys.merchant(merchantId) }),
    );
    return response.Item ? recordOf<MerchantRecord>(response.Item) : null;
  }

  async loadResultBundles(
    resultIds: readonly string[],
    scope: { merchantId?: string } = {},
  ): Promise<Map<string, ResultBundle>> {
    const found = new Map<string, ResultBundle>();
    // Ids are stored in canonical lower case; the API accepts UUIDs in any case, as Postgres does.
    const ids = [...new Set(resultIds.map((id) => id.toLowerCase()))];
    if (ids.length === 0) return new Map();

    const firstRound = await this.batchGet(
      ids.flatMap((id) => [itemKeys.result(id), itemKeys.transcript(id)]),
    );
    const results: InterviewResultRecord[] = [];
    for (const id of ids) {
      const item = firstRound.get(keyId(itemKeys.result(id)));
      if (!item) continue;
      const result = recordOf<InterviewResultRecord>(item);
      // Another merchant's result stops here, like a missing one: no second round on its behalf.
      if (scope.merchantId !== undefined && result.merchant_id !== scope.merchantId) continue;
      results.push(result);
    }
    if (results.length === 0) return new Map();

    const secondRound = await this.batchGet(
      results.flatMap((result) => [
        itemKeys.interview(result.interview_id),
        itemKeys.candidate(result.candidate_id),
        itemKeys.candidateFiles(result.candidate_id),
      ]),
    );

    for (const result of results) {
      const id = result.interview_result_id;
      const interviewItem = secondRound.get(keyId(itemKeys.interview(result.interview_id)));
      const candidateItem = secondRound.get(keyId(itemKeys.candidate(result.candidate_id)));
      const interview = interviewItem ? recordOf<InterviewRecord>(interviewItem) : null;
      const candidate = candidateItem ? recordOf<CandidateRecord>(candidateItem) : null;
      // A result whose interview or candidate is gone, or belongs to another merchant, cannot be
      // reported on without inventing or leaking data: treat it as missing, and say so in the log.
      if (!interview || interview.merchant_id !== result.merchant_id) {
        this.logger.warn('Interview result skipped: its interview is missing', {
          interview_result_id: id,
          interview_id: result.interview_id,
          found_for_other_merchant: interview !== null,
        });
        continue;
      }
      if (!candidate || candidate.merchant_id !== result.merchant_id) {
        this.logger.warn('Interview result skipped: its candidate is missing', {
          interview_result_id: id,
          candidate_id: result.candidate_id,
          found_for_other_merchant: candidate !== null,
        });
        continue;
      }
      const transcript = firstRound.get(keyId(itemKeys.transcript(id))) as TranscriptItem | undefined;
      const files = secondRound.get(keyId(itemKeys.candidateFiles(result.candidate_id))) as
        | CandidateFilesItem
        | undefined;
      found.set(id, {
        result,
        // Stored in conversation order; sorted anyway so a hand-edited item cannot reorder a report.
        turns: [...(transcript?.turns ?? [])].sort((a, b) => a.sequence - b.sequence),
        interview,
        candidate,
        files: files?.files ?? [],
      });
    }
    // Keyed by the ids as the caller gave them.
    const bundles = new Map<string, ResultBundle>();
    for (const id of resultIds) {
      const bundle = found.get(id.toLowerCase());
      if (bundle) bundles.set(id, bundle);
    }
    return bundles;
  }

  /**
   * Writes a stored PDF's URL, expiry and version onto the result (access pattern 9 of
   * docs/data-model.md). Only an existing result of `merchantId` is updated (a result deleted
   * meanwhile is not re-created as a stub), and only when it holds no report of a newer version.
   * When the condition fails, one consistent read of the two deciding attributes tells "superseded"
   * from "gone".
   */
  async recordPdfExport(
    resultId: string,
    merchantId: string,
    record: PdfExportRecord,
  ): Promise<PdfExportWrite> {
    const key = itemKeys.result(resultId.toLowerCase());
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression:
            'SET pdf_export_url = :url, pdf_export_valid_until = :until, pdf_export_version = :version',
          ConditionExpression:
            'attribute_exists(pk) AND merchant_id = :merchant AND ' +
            // Seeded results store the version as NULL until their first report (docs/data-model.md).
            '(attribute_not_exists(pdf_export_version) OR attribute_type(pdf_export_version, :null) ' +
            'OR pdf_export_version <= :version)',
          ExpressionAttributeValues: {
            ':url': record.pdf_export_url,
            ':until': record.pdf_export_valid_until,
            ':version': record.pdf_export_version,
            ':merchant': merchantId,
            ':null': 'NULL',
          },
        }),
      );
      return 'recorded';
    } catch (error) {
      // By name: the class may come from another copy of the SDK than the client's.
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      const current = await this.ddb.send(
        new GetCommand({
          TableName: this.tableName,
          Key: key,
          ProjectionExpression: 'merchant_id, pdf_export_version',
          ConsistentRead: true,
        }),
      );
      if (current.Item?.merchant_id === merchantId) return 'superseded';
      throw new ResultGoneError(resultId, { cause: error });
    }
  }

  private batchGet(keys: ItemKey[]) {
    return batchGetItems(this.ddb, this.tableName, keys, {
      ...this.options.retry,
      consistentRead: this.options.consistentRead ?? false,
    });
  }
}
