import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';

interface ApiGatewayEvent {
  requestContext?: { requestId?: unknown };
}

/**
 * Middy middleware adding API Gateway's request id (the `apigw-requestid` the client sees) to every
 * log line of the invocation as `correlation_id`, beside the Lambda request id the logger's
 * `injectLambdaContext` adds. Register it after `injectLambdaContext(logger, { resetKeys: true })`,
 * which clears the key again at the end of the invocation.
 *
 * @example middy(handler).use(injectLambdaContext(logger, { resetKeys: true })).use(correlateApiRequest(logger))
 */
export function correlateApiRequest(logger: Logger): MiddlewareObj<ApiGatewayEvent> {
  return {
    before: (request) => {
      const requestId = request.event?.requestContext?.requestId;
      if (typeof requestId === 'string' && requestId !== '') logger.setCorrelationId(requestId);
    },
  };
}
