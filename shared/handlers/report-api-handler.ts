/**
 * `POST /job-interview-pdf` as a Middy handler, built from its dependencies so tests can run it with
 * fakes and the Lambda (`lambdas/report-api/handler.ts`) with the AWS adapters.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { parseReportRequest } from '../contract/parse-request.ts';
import { callerFromEvent, requireCaller } from '../http/caller.ts';
import { httpErrorMapper } from '../http/error-response.ts';
import { jsonBodyParser } from '../http/json-body-parser.ts';
import { jsonResponse } from '../http/json-response.ts';
import { API_GATEWAY_HTTP_REQUEST_ID } from '../http/request-correlation.ts';
import { generateReport, type ReportDeps } from '../usecases/generate-report.ts';

/** The event as the handler sees it: `body` is the parsed JSON value, not yet validated. */
export type ReportApiEvent = Omit<APIGatewayProxyEventV2WithJWTAuthorizer, 'body'> & { body: unknown };

export interface ReportApiOptions {
  deps: ReportDeps;
  /** Built by `createApiLogger`, so that it can read the correlation id from the event. */
  logger: Logger;
}

/**
 * Builds the report-api handler. Middleware, in order: Lambda context and API Gateway's request id
 * (`correlation_id`) on every log line, both cleared when the invocation ends; the error mapper
 * (401/422/500 only); the caller's `sub` (before anything is parsed, so an unauthenticated request
 * learns nothing about validation); JSON body parsing. The handler validates the body and calls the
 * use case.
 *
 * @example
 * export const handler = createReportApiHandler({ deps, logger: createApiLogger({ serviceName: 'report-api' }) });
 */
export function createReportApiHandler({ deps, logger }: ReportApiOptions) {
  return middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { correlationIdPath: API_GATEWAY_HTTP_REQUEST_ID, resetKeys: true }))
    .use(httpErrorMapper({ logger }))
    .use(requireCaller())
    .use(jsonBodyParser())
    .handler(async (event) => {
      const parsed = event as unknown as ReportApiEvent;
      const request = parseReportRequest(parsed.body);
      const body = await generateReport(callerFromEvent(event), request, deps);
      return jsonResponse(200, body);
    });
}
