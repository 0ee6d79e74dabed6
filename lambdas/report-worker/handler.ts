/**
 * report-worker: drains the "interview result completed" queue and gives each completed result its
 * stored PDF report. Wiring only: the adapters come from ./deps.ts, the Middy chain (partial batch
 * responses, metrics) from shared/handlers/report-worker-handler.ts, what one message does from
 * shared/usecases/generate-completed-report.ts.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { loadConfig } from '../../shared/config.ts';
import { createReportWorkerHandler } from '../../shared/handlers/report-worker-handler.ts';
import { generateCompletedReport } from '../../shared/usecases/generate-completed-report.ts';
import { reportWorkerDeps } from './deps.ts';

const logger = new Logger({ serviceName: 'report-worker' });
// The namespace comes from POWERTOOLS_METRICS_NAMESPACE, which the stack sets per stage.
const metrics = new Metrics({ serviceName: 'report-worker' });
const { useCase, steps } = reportWorkerDeps(loadConfig(), logger);

export const handler = createReportWorkerHandler({
  handleRecord: (record) => generateCompletedReport(record.body, useCase),
  onInvocation: (context) => steps.registerLambdaContext(context),
  logger,
  metrics,
});
