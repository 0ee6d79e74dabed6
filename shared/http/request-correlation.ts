/**
 * API Gateway's request id (the `apigw-requestid` a client sees) as `correlation_id` on every log line
 * of an invocation, set by the Powertools logger itself: `injectLambdaContext`'s `correlationIdPath`
 * names where the id is in the event, and the logger's `correlationIdSearchFn` reads it there.
 * `resetKeys: true` on the same middleware drops it again when the invocation ends.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { ConstructorOptions } from '@aws-lambda-powertools/logger/types';

/**
 * Where an HTTP API (payload 2.0) event carries its request id. The same expression as Powertools'
 * `correlationPaths.API_GATEWAY_HTTP`; that module is not imported because loading it loads the
 * optional `@aws-lambda-powertools/jmespath`, which this project does not install.
 */
export const API_GATEWAY_HTTP_REQUEST_ID = 'requestContext.requestId';

/**
 * A `correlationIdSearchFn` for member paths such as `requestContext.requestId`: what Powertools'
 * JMESPath `search` returns for them, without the JMESPath package. Any other expression is a
 * programming error, refused loudly rather than logging without a correlation id.
 *
 * @example searchMemberPath('requestContext.requestId', event) // 'Ab1cDEFGhIJKLmN='
 */
export function searchMemberPath(expression: string, data: unknown): unknown {
  if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(expression)) {
    throw new RangeError(`Only member paths such as a.b.c are supported, not ${JSON.stringify(expression)}`);
  }
  let value: unknown = data;
  for (const name of expression.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, name)) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/**
 * A Powertools logger that can take a correlation id from the event, for the API's Middy chain
 * (`injectLambdaContext(logger, { correlationIdPath: API_GATEWAY_HTTP_REQUEST_ID, resetKeys: true })`).
 *
 * @example const logger = createApiLogger({ serviceName: 'report-api' });
 */
export function createApiLogger(options: ConstructorOptions = {}): Logger {
  return new Logger({ ...options, correlationIdSearchFn: searchMemberPath });
}
