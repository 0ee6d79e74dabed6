/**
 * report-worker: drains the "interview result completed" queue. Wiring only: the Middy chain and the
 * partial batch responses are shared/handlers/report-worker-handler.ts, what one message does is
 * shared/events/receive-completed-result.ts.
 *
 * Today it validates and logs; rendering and storing the report is the events issue.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { receiveCompletedResult } from '../../shared/events/receive-completed-result.ts';
import { createReportWorkerHandler } from '../../shared/handlers/report-worker-handler.ts';

const logger = new Logger({ serviceName: 'report-worker' });

export const handler = createReportWorkerHandler({
  handleRecord: (record) => receiveCompletedResult(record.body, logger),
  logger,
});
