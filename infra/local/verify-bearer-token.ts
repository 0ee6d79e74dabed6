/**
 * The checks of API Gateway's HTTP API JWT authorizer, done with jose against the local JWKS
 * (API Gateway developer guide, "Controlling access to HTTP APIs with JWT authorizers"):
 * 1. the identity source (`Authorization`) holds the token alone or prefixed with `Bearer`;
 * 2. the token decodes; its algorithm is an RSA one and its signature verifies with the JWKS key whose
 *    `kid` the header names (a header without `kid` is refused);
 * 3. `iss` equals the configured issuer, `aud` holds the configured audience, `exp` is present and in
 *    the future, `nbf` and `iat` are not.
 * A refusal says why, for the local log only; the client gets a bare 401.
 */
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  type JSONWebKeySet,
  type JWTPayload,
  jwtVerify,
} from 'jose';
import { SIGNING_ALGORITHM } from './jwks.ts';

export type TokenVerdict = { ok: true; payload: JWTPayload } | { ok: false; reason: string };

export interface BearerTokenVerifier {
  verify(authorization: string | undefined): Promise<TokenVerdict>;
}

/** The token of an `Authorization` value: `Bearer <jwt>` (scheme case-insensitive) or a bare `<jwt>`. */
function tokenFromAuthorization(authorization: string | undefined): string | undefined {
  const value = authorization?.trim();
  if (!value) return undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(value);
  if (bearer) return bearer[1];
  // Any other scheme (Basic, Token…) has a space; a bare token has none.
  return /\s/.test(value) ? undefined : value;
}

/**
 * A verifier for tokens of one issuer and audience, signed by a key of `jwks`.
 *
 * @example
 * const verifier = createBearerTokenVerifier({ jwks: await localJwks(), issuer, audience: 'authenticated' });
 * const verdict = await verifier.verify(request.headers.authorization);
 */
export function createBearerTokenVerifier(options: {
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
}): BearerTokenVerifier {
  const keySet = createLocalJWKSet(options.jwks);
  return {
    async verify(authorization) {
      const token = tokenFromAuthorization(authorization);
      if (!token) return { ok: false, reason: 'no bearer token' };
      try {
        if (!decodeProtectedHeader(token).kid) return { ok: false, reason: 'token header has no kid' };
        const { payload } = await jwtVerify(token, keySet, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: [SIGNING_ALGORITHM],
          // A token without exp would never expire; API Gateway evaluates exp, Supabase always sets it.
          requiredClaims: ['exp'],
        });
        // jose checks exp and nbf; API Gateway also refuses a token issued in the future.
        if (typeof payload.iat === 'number' && payload.iat > Math.floor(Date.now() / 1000)) {
          return { ok: false, reason: 'token iat is in the future' };
        }
        return { ok: true, payload };
      } catch (error) {
        if (error instanceof errors.JOSEError)
          return { ok: false, reason: `${error.code}: ${error.message}` };
        return { ok: false, reason: `malformed token: ${(error as Error).message}` };
      }
    },
  };
}
