/**
 * The report-worker Lambda's Middy chain: Powertools logger with the Lambda context, then the SQS
 * batch through Powertools' batch processor. Each record is handled on its own; the ones that throw
 * come back as `batchItemFailures`, so SQS redelivers only those (the event source sets
 * ReportBatchItemFailures) and, after the queue's `maxReceiveCount`, parks them in the dead-letter queue.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export interface ReportWorkerHandlerOptions {
  /** Handles one message; a throw makes it a batch item failure. */
  handleRecord: (record: SQSRecord, context: Context) => Promise<unknown>;
  logger: Logger;
}

/**
 * @example export const handler = createReportWorkerHandler({ handleRecord, logger });
 */
export function createReportWorkerHandler({ handleRecord, logger }: ReportWorkerHandlerOptions) {
  const processor = new BatchProcessor(EventType.SQS);
  return middy<SQSEvent, SQSBatchResponse, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler((event, context) =>
      processPartialResponse(
        event,
        async (record: SQSRecord) => {
          try {
            return await handleRecord(record, context);
          } catch (error) {
            logger.error('Message failed', { message_id: record.messageId, error: error as Error });
            throw error;
          }
        },
        processor,
        // A batch in which every message failed still answers with its failures (rather than
        // throwing), so each message is retried on its own count like any other failure.
        { context, throwOnFullBatchFailure: false },
      ),
    );
}
