/**
 * The decision of the HS256 Lambda authorizer (API Gateway HTTP API, payload 2.0, simple responses):
 * a verified token lets the request through with its claims as context; anything else is refused
 * with API Gateway's 401 convention (throwing exactly "Unauthorized").
 */
import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { type AuthorizerClaims, claimsToContext } from './authorizer-context.ts';
import { bearerToken, type Hs256Expectations, TokenRejectedError, verifyHs256Token } from './hs256-token.ts';

/** API Gateway answers 401 when an authorizer fails with exactly this message (any other is a 500). */
export const UNAUTHORIZED = 'Unauthorized';

export interface Hs256AuthorizerDeps extends Hs256Expectations {
  /** The shared secret's bytes; cached by the caller. */
  secret: () => Promise<Uint8Array>;
  /** Told why a token was refused (never the token itself). */
  onRejected?: (reason: string, cause: unknown) => void;
}

/**
 * Authorizes one request.
 *
 * @example const result = await authorizeHs256(event, { issuer, audience, secret });
 */
export async function authorizeHs256(
  event: Pick<APIGatewayRequestAuthorizerEventV2, 'headers'>,
  deps: Hs256AuthorizerDeps,
): Promise<APIGatewaySimpleAuthorizerWithContextResult<AuthorizerClaims>> {
  const token = bearerToken(event.headers?.authorization ?? event.headers?.Authorization);
  if (!token) {
    deps.onRejected?.('no bearer token', undefined);
    throw new Error(UNAUTHORIZED);
  }
  // A failure to read the secret is ours, not the caller's: it propagates and API Gateway answers 500.
  const secret = await deps.secret();
  try {
    const claims = await verifyHs256Token(token, secret, deps);
    return { isAuthorized: true, context: claimsToContext(claims) };
  } catch (error) {
    if (!(error instanceof TokenRejectedError)) throw error;
    const cause = error.cause as { code?: unknown } | undefined;
    deps.onRejected?.(typeof cause?.code === 'string' ? cause.code : error.message, cause);
    throw new Error(UNAUTHORIZED);
  }
}
