import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { verifiedSubject } from '../auth/authorizer-context.ts';
import { UnauthorizedError } from '../errors.ts';
import type { Caller } from '../usecases/generate-report.ts';

/** The part of the event the caller's identity is read from. */
export type JwtAuthorizedEvent = Pick<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'>;

/**
 * The verified caller: the `sub` claim that API Gateway's authorizer put in the request context after
 * checking the token (docs/design.md, "Identity"): `authorizer.jwt.claims` for the JWKS authorizer,
 * `authorizer.lambda` for the HS256 Lambda authorizer some stages use. Nothing else in the event
 * (headers, body) is trusted for identity. No `sub` → `UnauthorizedError` (401).
 *
 * @example callerFromEvent(event) // { userId: 'b5e1c0de-2f0a-4c9b-8a7d-6e5f4a3b2c11' }
 */
export function callerFromEvent(event: JwtAuthorizedEvent): Caller {
  const sub = verifiedSubject(event.requestContext);
  if (sub === null || sub.trim() === '') throw new UnauthorizedError();
  return { userId: sub };
}

/**
 * Middy middleware refusing a request without a verified caller before anything else looks at it.
 *
 * @example middy(handler).use(requireCaller())
 */
export function requireCaller(): MiddlewareObj<JwtAuthorizedEvent> {
  return {
    before: (request) => {
      callerFromEvent(request.event);
    },
  };
}
