/**
 * The token attack suite: every kind of bad token gets a bare 401 `{ error }` from the local gateway
 * (which checks what API Gateway's JWT authorizer checks) or from the handler (a verified token whose
 * user belongs to no merchant), and the answer tells the caller nothing about why.
 */
import { randomUUID } from 'node:crypto';
import {
  base64url,
  decodeJwt,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  importJWK,
  type JWK,
  SignJWT,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { localJwks, localSigningKey } from '../../infra/local/jwks.ts';
import { type ApiResponse, demoResults, postReport, testStack, tokenFor } from '../support/stack-client.ts';

const now = () => Math.floor(Date.now() / 1000);

let victim: { id: string; userId: string };
let body: { interview_result_id: string; export_type: 'json' };
let validToken: string;
let localKid: string;

beforeAll(async () => {
  const [first] = demoResults();
  if (!first) throw new Error('The demo document has no result');
  victim = first;
  body = { interview_result_id: victim.id, export_type: 'json' };
  validToken = await tokenFor(victim.userId);
  const { keys } = await localJwks(testStack().stateDirectory);
  localKid = String(keys[0]?.kid);
});

/** The payload a valid token for the victim carries, to forge variants of it. */
function validPayload(): Record<string, unknown> {
  return decodeJwt(validToken) as Record<string, unknown>;
}

function encodeSegment(value: unknown): string {
  return base64url.encode(JSON.stringify(value));
}

/**
 * A refusal that leaks nothing: 401, a JSON body with exactly one string field `error`, no trace of
 * the token, its claims or the reason it failed, and no details in `WWW-Authenticate`.
 */
function expectBareUnauthorized(response: ApiResponse, token?: string): void {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const parsed = response.json<Record<string, unknown>>();
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(typeof parsed.error).toBe('string');
  const lower = response.text.toLowerCase();
  for (const leak of [
    'expired',
    'signature',
    'kid',
    'issuer',
    'audience',
    'alg',
    'jws',
    'jwt',
    'stack',
    'at ',
  ]) {
    expect(lower).not.toContain(leak);
  }
  if (token) {
    for (const segment of token.split('.').filter((part) => part.length > 8)) {
      expect(response.text).not.toContain(segment.slice(0, 16));
    }
  }
  expect(response.text).not.toContain(victim.userId);
  expect(response.headers.get('www-authenticate') ?? 'Bearer').toBe('Bearer');
}

async function expectRefused(token: string, authorization = `Bearer ${token}`): Promise<void> {
  const response = await postReport(body, { authorization });
  expectBareUnauthorized(response, token);
}

describe('a valid token (control: the refusals below are about the token, not the request)', () => {
  it('is accepted, so the same request with a bad token fails only because of the token', async () => {
    const response = await postReport(body, { token: validToken });
    expect(response.status).toBe(200);
  });
});

describe('bad tokens get 401 { error } and nothing else', () => {
  it('no Authorization header', async () => {
    expectBareUnauthorized(await postReport(body));
  });

  it('an empty Bearer value', async () => {
    expectBareUnauthorized(await postReport(body, { authorization: 'Bearer ' }));
  });

  it('a valid token under another scheme (Basic, Token)', async () => {
    await expectRefused(validToken, `Basic ${validToken}`);
    await expectRefused(validToken, `Token ${validToken}`);
  });

  it('alg: none (unsigned)', async () => {
    const header = { alg: 'none', typ: 'JWT', kid: localKid };
    await expectRefused(`${encodeSegment(header)}.${encodeSegment(validPayload())}.`);
  });

  it('HS256 signed with the public key as the HMAC secret (algorithm confusion)', async () => {
    const { publicJwk } = await localSigningKey(testStack().stateDirectory);
    const publicKey = await importJWK(publicJwk, 'RS256', { extractable: true });
    const secret = new TextEncoder().encode(await exportSPKI(publicKey as CryptoKey));
    const forged = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: localKid })
      .sign(secret);
    await expectRefused(forged);
  });

  it('expired', async () => {
    await expectRefused(await tokenFor(victim.userId, { iat: now() - 7200, exp: now() - 60 }));
  });

  it('not yet valid (nbf in the future)', async () => {
    await expectRefused(await tokenFor(victim.userId, { nbf: now() + 3600 }));
  });

  it('issued in the future (iat ahead of the clock)', async () => {
    await expectRefused(await tokenFor(victim.userId, { iat: now() + 3600, exp: now() + 7200 }));
  });

  it('without exp (a token that would never expire)', async () => {
    await expectRefused(await tokenFor(victim.userId, { exp: undefined }));
  });

  it('wrong issuer (another Supabase project, or the right one with a trailing slash)', async () => {
    await expectRefused(
      await tokenFor(victim.userId, { iss: 'https://abcdefghijklmnop.supabase.co/auth/v1' }),
    );
    await expectRefused(await tokenFor(victim.userId, { iss: `${testStack().issuer}/` }));
  });

  it('wrong audience (anon, or none)', async () => {
    await expectRefused(await tokenFor(victim.userId, { aud: 'anon' }));
    await expectRefused(await tokenFor(victim.userId, { aud: undefined }));
  });

  it('tampered payload (another user id under the original signature)', async () => {
    const [header, , signature] = validToken.split('.');
    const tampered = { ...validPayload(), sub: randomUUID() };
    await expectRefused(`${header}.${encodeSegment(tampered)}.${signature}`);
  });

  it('unknown kid (signed by the local key, header names another key)', async () => {
    const { privateKey } = await localSigningKey(testStack().stateDirectory);
    const forged = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'not-a-local-key' })
      .sign(privateKey);
    await expectRefused(forged);
  });

  it('no kid in the header (API Gateway requires one)', async () => {
    const { privateKey } = await localSigningKey(testStack().stateDirectory);
    const forged = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .sign(privateKey);
    await expectRefused(forged);
  });

  it('signed by another key that claims the local kid', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: localKid })
      .sign(privateKey);
    await expectRefused(forged);
  });

  it('another algorithm with a key the attacker embeds (ES256 + jwk header)', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk: JWK = await exportJWK(publicKey);
    const forged = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: localKid, jwk })
      .sign(privateKey);
    await expectRefused(forged);
  });

  it('garbage (not a JWT, three random segments, a truncated token)', async () => {
    await expectRefused('not-a-jwt');
    await expectRefused('a.b.c');
    await expectRefused(validToken.slice(0, -10));
  });

  it('missing sub (verified by the gateway, refused by the handler)', async () => {
    await expectRefused(await tokenFor(undefined));
  });

  it('a user without membership (valid token, sub belongs to no merchant)', async () => {
    await expectRefused(await tokenFor(randomUUID()));
  });
});
