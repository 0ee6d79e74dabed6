/**
 * Verification of Supabase access tokens signed with a project's legacy shared secret (HS256), for
 * the Lambda authorizer that stands in for API Gateway's JWT authorizer on such projects.
 */
import { type JWTPayload, jwtVerify } from 'jose';

/** The token is missing, malformed, forged, expired or not meant for this API. */
export class TokenRejectedError extends Error {
  override readonly name = 'TokenRejectedError';
}

export interface Hs256Expectations {
  /** `https://<project-ref>.supabase.co/auth/v1` */
  issuer: string;
  /** `authenticated` */
  audience: string;
}

/**
 * The token of an `Authorization: Bearer <token>` header value, or null when there is none.
 *
 * @example bearerToken('Bearer eyJ…') // 'eyJ…'
 */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer +([^\s]+) *$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * Verifies an HS256 token: signature with the shared secret (the secret's UTF-8 bytes, as Supabase
 * uses it), algorithm pinned to HS256, issuer, audience, expiry and not-before; `sub` is required.
 *
 * @example const claims = await verifyHs256Token(token, secret, { issuer, audience: 'authenticated' });
 */
export async function verifyHs256Token(
  token: string,
  secret: Uint8Array,
  expected: Hs256Expectations,
): Promise<JWTPayload & { sub: string }> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: expected.issuer,
      audience: expected.audience,
      requiredClaims: ['sub', 'exp'],
    });
    if (typeof payload.sub !== 'string' || payload.sub === '') {
      throw new TokenRejectedError('Token has no subject');
    }
    return payload as JWTPayload & { sub: string };
  } catch (error) {
    if (error instanceof TokenRejectedError) throw error;
    throw new TokenRejectedError('Token rejected', { cause: error });
  }
}
