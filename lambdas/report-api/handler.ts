/**
 * report-api Lambda: `POST /job-interview-pdf` behind API Gateway's JWT authorizer. Wiring only: the
 * adapters come from ./deps.ts, the Middy chain from shared/handlers/report-api-handler.ts, the logic
 * from shared/usecases/generate-report.ts.
 */
import { loadConfig } from '../../shared/config.ts';
import { createReportApiHandler } from '../../shared/handlers/report-api-handler.ts';
import { createApiLogger } from '../../shared/http/request-correlation.ts';
import { reportApiDeps } from './deps.ts';

const logger = createApiLogger({ serviceName: 'report-api' });

export const handler = createReportApiHandler({ deps: reportApiDeps(loadConfig(), logger), logger });
