/**
 * The one place that maps errors to HTTP (docs/design.md, "Errors"): `UnauthorizedError` → 401 `{ error }`,
 * `ValidationError` → 422 `{ error, name }`, anything else → 500 with a generic message while the
 * cause goes to the structured log. The route answers no other status.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { UnauthorizedError, ValidationError } from '../errors.ts';
import { jsonResponse } from './json-response.ts';

/** What a client sees of a failure we did not expect: nothing about its cause. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * The response for an error: the refusals the client can act on, or a generic 500.
 *
 * @example errorResponse(new ValidationError('store_file is only allowed with export_type pdf', 'store_file'))
 * // { statusCode: 422, body: '{"error":"store_file is only allowed with export_type pdf","name":"store_file"}', … }
 */
export function errorResponse(error: unknown): APIGatewayProxyStructuredResultV2 {
  if (error instanceof UnauthorizedError) return jsonResponse(401, { error: error.message });
  if (error instanceof ValidationError) return jsonResponse(422, { error: error.message, name: error.field });
  return jsonResponse(500, { error: INTERNAL_ERROR_MESSAGE });
}

/** Options of {@link httpErrorMapper}. */
export interface HttpErrorMapperOptions {
  /** Where unexpected errors are logged, with their cause and the request's ids. */
  logger: Logger;
}

/**
 * Middy middleware answering every error with {@link errorResponse}. Register it after the logger's
 * `injectLambdaContext` (Middy runs `onError` in reverse order), so the log line still carries the
 * invocation's request ids.
 *
 * @example middy(handler).use(injectLambdaContext(logger)).use(httpErrorMapper({ logger }))
 */
export function httpErrorMapper({ logger }: HttpErrorMapperOptions): MiddlewareObj {
  return {
    onError: (request) => {
      const { error } = request;
      const response = errorResponse(error);
      try {
        if (response.statusCode === 500) {
          // Middy types `error` as Error, but anything can be thrown; log a non-Error as what it was.
          const cause = error instanceof Error ? error : new Error(`Non-Error thrown: ${String(error)}`);
          logger.error('Unexpected error; answered 500', cause);
        } else if (response.statusCode === 401) {
          logger.warn('Refused: not authenticated', { reason: (error as Error).message });
        } else {
          logger.debug('Refused: invalid request', { reason: (error as Error).message });
        }
      } catch {
        // A logger that fails must not turn a refusal or a 500 into an unhandled error.
      }
      request.response = response;
    },
  };
}
