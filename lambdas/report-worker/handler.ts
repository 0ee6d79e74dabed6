/**
 * report-worker: drains the "interview result completed" queue. Wiring only: each record is handled
 * on its own (shared/events/receive-completed-result.ts) and the failed ones are reported back as
 * `batchItemFailures`, so SQS redelivers only those (the event source sets ReportBatchItemFailures).
 *
 * Today it validates and logs; rendering and storing the report is the events issue.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import sqsPartialBatchFailure from '@middy/sqs-partial-batch-failure';
import type { SQSEvent } from 'aws-lambda';
import { receiveCompletedResult } from '../../shared/events/receive-completed-result.ts';

const logger = new Logger({ serviceName: 'report-worker' });

export const handler = middy<SQSEvent>()
  .use(injectLambdaContext(logger))
  .use(
    sqsPartialBatchFailure({
      logger: (reason: unknown, record: { messageId?: string }) =>
        logger.error('Message failed', { message_id: record.messageId, error: reason as Error }),
    }),
  )
  .handler((event) =>
    Promise.allSettled(event.Records.map((record) => receiveCompletedResult(record.body, logger))),
  );
