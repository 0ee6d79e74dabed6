/**
 * report-api Lambda: `POST /job-interview-pdf` behind API Gateway's JWT authorizer. Wiring only; the
 * middleware chain is in shared/http/report-api-handler.ts, the logic in shared/usecases/.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { loadConfig } from '../../shared/config.ts';
import { awsReportDeps } from '../../shared/http/aws-report-deps.ts';
import { createReportApiHandler } from '../../shared/http/report-api-handler.ts';

const logger = new Logger({ serviceName: 'report-api' });

export const handler = createReportApiHandler({ deps: awsReportDeps(loadConfig(), logger), logger });
