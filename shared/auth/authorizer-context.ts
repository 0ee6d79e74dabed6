/**
 * The verified claims of the caller, however API Gateway verified them.
 *
 * - JWT authorizer (Supabase JWKS): `requestContext.authorizer.jwt.claims`, every value a string.
 * - Lambda authorizer (HS256, lambdas/jwt-authorizer): `requestContext.authorizer.lambda`, the context
 *   that authorizer returns: one key per claim, strings, numbers and booleans as they are, arrays and
 *   objects as JSON text (API Gateway passes flat contexts only).
 */
import type { JWTPayload } from 'jose';

/** A claim value as it can travel in an authorizer context. */
export type ContextValue = string | number | boolean;
export type AuthorizerClaims = Record<string, ContextValue>;

/**
 * Flattens verified claims into an authorizer context.
 *
 * @example claimsToContext({ sub: 'u1', exp: 1, amr: [{ method: 'password' }] })
 * // { sub: 'u1', exp: 1, amr: '[{"method":"password"}]' }
 */
export function claimsToContext(claims: JWTPayload): AuthorizerClaims {
  const context: AuthorizerClaims = {};
  for (const [name, value] of Object.entries(claims)) {
    if (value === undefined || value === null) continue;
    context[name] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : JSON.stringify(value);
  }
  return context;
}

interface RequestContextWithAuthorizer {
  authorizer?: {
    jwt?: { claims?: Record<string, unknown> };
    lambda?: Record<string, unknown> | null;
  } | null;
}

/**
 * The caller's Supabase user id (`sub`) from whichever authorizer verified the request, or null when
 * the request carries no verified subject (which API Gateway never lets through; locally a test may).
 *
 * @example const userId = verifiedSubject(event.requestContext);
 */
export function verifiedSubject(requestContext: RequestContextWithAuthorizer | undefined): string | null {
  const authorizer = requestContext?.authorizer;
  const sub = authorizer?.jwt?.claims?.sub ?? authorizer?.lambda?.sub;
  return typeof sub === 'string' && sub !== '' ? sub : null;
}
