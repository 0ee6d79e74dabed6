/**
 * The report-worker Lambda's Middy chain: Powertools logger with the Lambda context, Powertools
 * metrics (EMF, flushed when the invocation ends), then the SQS batch through Powertools' batch
 * processor. Each record is handled on its own, in parallel; the ones that throw come back as
 * `batchItemFailures`, so SQS redelivers only those (the event source sets ReportBatchItemFailures)
 * and, after the queue's `maxReceiveCount`, parks them in the dead-letter queue.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { CompletedReportOutcome } from '../usecases/generate-completed-report.ts';
import { observeFailure, observeOutcome } from './report-worker-outcomes.ts';

export interface ReportWorkerHandlerOptions {
  /** Handles one message; a throw makes it a batch item failure. */
  handleRecord: (record: SQSRecord, context: Context) => Promise<CompletedReportOutcome>;
  logger: Logger;
  metrics: Metrics;
  /** Told each invocation's context first (idempotency: in-progress records expire with it). */
  onInvocation?: (context: Context) => void;
}

/**
 * @example export const handler = createReportWorkerHandler({ handleRecord, logger, metrics });
 */
export function createReportWorkerHandler({
  handleRecord,
  logger,
  metrics,
  onInvocation,
}: ReportWorkerHandlerOptions) {
  const processor = new BatchProcessor(EventType.SQS);
  const observers = { logger, metrics };
  return middy<SQSEvent, SQSBatchResponse, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .handler((event, context) => {
      onInvocation?.(context);
      return processPartialResponse(
        event,
        async (record: SQSRecord) => {
          try {
            const outcome = await handleRecord(record, context);
            observeOutcome(outcome, observers);
            return outcome.status;
          } catch (error) {
            observeFailure(record.messageId, error, observers);
            throw error;
          }
        },
        processor,
        // A batch in which every message failed still answers with its failures (rather than
        // throwing), so each message is retried on its own count like any other failure.
        { context, throwOnFullBatchFailure: false },
      );
    });
}
