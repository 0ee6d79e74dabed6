/**
 * Parses the request body as JSON with Middy's parser, whatever the Content-Type (the route accepts
 * only JSON, and a 415 is not one of its statuses), and turns every failure into a 422 naming `body`.
 */
import type { MiddlewareObj, Request } from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import { ValidationError } from '../errors.ts';

interface BodyEvent {
  body?: unknown;
  isBase64Encoded?: boolean;
  headers?: Record<string, string | undefined>;
}

/** Why JSON.parse failed, as Middy's parser keeps it in the cause. */
function parseFailure(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } } | null)?.cause;
  return typeof cause?.message === 'string' ? cause.message : '';
}

/** Middy's parser refuses `__proto__` (and `constructor.prototype`) keys; say which key it was. */
function forbiddenKey(error: unknown): string | undefined {
  const cause = (error as { cause?: { data?: unknown } } | null)?.cause;
  const message = (error as { message?: unknown } | null)?.message;
  return message === 'Forbidden key in JSON body' && typeof cause?.data === 'string' ? cause.data : undefined;
}

/**
 * Middy middleware: replaces `event.body` (a string, base64 or not) with the parsed JSON value.
 * A missing or empty body, text that is not JSON, and prototype-polluting keys are refused with
 * `ValidationError(…, 'body')`.
 *
 * @example middy(handler).use(jsonBodyParser())
 */
export function jsonBodyParser(): MiddlewareObj<BodyEvent> {
  const parser = httpJsonBodyParser({ disableContentTypeCheck: true });
  return {
    before: async (request: Request<BodyEvent>) => {
      const { body } = request.event;
      if (body === undefined || body === null || body === '') {
        throw new ValidationError('The request body is required: a JSON object', 'body');
      }
      try {
        await parser.before?.(request as Parameters<NonNullable<typeof parser.before>>[0]);
      } catch (error) {
        const key = forbiddenKey(error);
        let message = 'The request body is not valid JSON';
        if (key !== undefined) message = `The request body must not contain the key "${key}"`;
        // Middy parses with a reviver, which V8 runs recursively: very deep nesting exhausts the stack.
        else if (parseFailure(error).includes('call stack'))
          message = 'The request body is nested too deeply';
        throw new ValidationError(message, 'body', { cause: error });
      }
    },
  };
}
