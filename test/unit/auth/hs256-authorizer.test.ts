/**
 * The HS256 Lambda authorizer's decision, with real tokens: only a token signed with the project's
 * secret, HS256, from the right issuer for the right audience, unexpired and with a subject, gets
 * through, and it gets through with its claims as context. Everything else is API Gateway's 401.
 */

import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jwtAuthorizerDeps, SECRET_MAX_AGE_SECONDS } from '../../../lambdas/jwt-authorizer/deps.ts';
import { verifiedSubject } from '../../../shared/auth/authorizer-context.ts';
import { authorizeHs256, UNAUTHORIZED } from '../../../shared/auth/hs256-authorizer.ts';

const ISSUER = 'https://project-ref.supabase.co/auth/v1';
const AUDIENCE = 'authenticated';
const SECRET_TEXT = 'super-secret-jwt-token-with-at-least-32-characters-long';
const secretBytes = new TextEncoder().encode(SECRET_TEXT);
const USER = '6f1c2a8e-4b1d-4c3e-9a7f-0d2e5b8c1a34';

function token(
  overrides: {
    secret?: Uint8Array;
    issuer?: string;
    audience?: string;
    sub?: string | null;
    expiresIn?: string;
  } = {},
) {
  const jwt = new SignJWT({
    role: 'authenticated',
    email: 'ada@example.com',
    app_metadata: { provider: 'email' },
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(overrides.issuer ?? ISSUER)
    .setAudience(overrides.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(overrides.expiresIn ?? '1h');
  if (overrides.sub !== null) jwt.setSubject(overrides.sub ?? USER);
  return jwt.sign(overrides.secret ?? secretBytes);
}

const deps = { issuer: ISSUER, audience: AUDIENCE, secret: async () => secretBytes };
const authorize = (authorization: string | undefined) =>
  authorizeHs256({ headers: authorization === undefined ? {} : { authorization } }, deps);

describe('authorizeHs256', () => {
  it('lets a valid token through with its claims as a flat context', async () => {
    const result = await authorize(`Bearer ${await token()}`);
    expect(result.isAuthorized).toBe(true);
    expect(result.context).toMatchObject({
      sub: USER,
      iss: ISSUER,
      aud: AUDIENCE,
      role: 'authenticated',
      email: 'ada@example.com',
      // Nested claims travel as JSON text: API Gateway passes flat contexts only.
      app_metadata: '{"provider":"email"}',
    });
    expect(typeof result.context.exp).toBe('number');
  });

  it('accepts the scheme in any case, as HTTP allows', async () => {
    expect((await authorize(`bearer ${await token()}`)).isAuthorized).toBe(true);
  });

  const refusals: [string, () => Promise<string | undefined>][] = [
    ['no Authorization header', async () => undefined],
    ['a header without the Bearer scheme', async () => `Basic ${await token()}`],
    ['garbage', async () => 'Bearer not.a.jwt'],
    ['an expired token', async () => `Bearer ${await token({ expiresIn: '-1m' })}`],
    ['another issuer', async () => `Bearer ${await token({ issuer: 'https://other.supabase.co/auth/v1' })}`],
    ['another audience', async () => `Bearer ${await token({ audience: 'anon' })}`],
    [
      'another secret',
      async () => `Bearer ${await token({ secret: new TextEncoder().encode(`${SECRET_TEXT}x`) })}`,
    ],
    ['no subject', async () => `Bearer ${await token({ sub: null })}`],
    [
      'alg none',
      async () =>
        `Bearer ${new UnsecuredJWT({ sub: USER }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').encode()}`,
    ],
    [
      'an RS256 token (algorithm confusion)',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        const jwt = await new SignJWT({})
          .setProtectedHeader({ alg: 'RS256' })
          .setSubject(USER)
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('1h')
          .sign(privateKey);
        return `Bearer ${jwt}`;
      },
    ],
    [
      'a tampered payload',
      async () => {
        const [header, , signature] = (await token()).split('.');
        const payload = Buffer.from(
          JSON.stringify({
            sub: 'someone-else',
            iss: ISSUER,
            aud: AUDIENCE,
            exp: Math.floor(Date.now() / 1000) + 3600,
          }),
        ).toString('base64url');
        return `Bearer ${header}.${payload}.${signature}`;
      },
    ],
  ];

  it.each(refusals)('refuses %s with API Gateway’s 401 signal', async (_, header) => {
    await expect(authorize(await header())).rejects.toThrow(new Error(UNAUTHORIZED));
  });

  it('tells why a token was refused, without the token', async () => {
    const onRejected = vi.fn();
    const expired = await token({ expiresIn: '-1m' });
    await expect(
      authorizeHs256({ headers: { authorization: `Bearer ${expired}` } }, { ...deps, onRejected }),
    ).rejects.toThrow(UNAUTHORIZED);
    expect(onRejected).toHaveBeenCalledWith('ERR_JWT_EXPIRED', expect.anything());
    expect(JSON.stringify(onRejected.mock.calls)).not.toContain(expired);
  });

  it('fails with a server error, not a 401, when the secret cannot be read', async () => {
    const failing = { ...deps, secret: async () => Promise.reject(new Error('AccessDeniedException')) };
    const error = await authorizeHs256(
      { headers: { authorization: `Bearer ${await token()}` } },
      failing,
    ).catch((e: Error) => e);
    expect((error as Error).message).toBe('AccessDeniedException');
  });
});

/** A Secrets Manager client answering GetSecretValue from `answer`, counting the calls. */
function secretsClient(answer: () => string) {
  const client = new SecretsManagerClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  });
  const calls = { count: 0 };
  client.middlewareStack.add(
    () => async () => {
      calls.count += 1;
      return { output: { SecretString: answer(), $metadata: {} }, response: {} };
    },
    { step: 'initialize', name: 'answerFromTest' },
  );
  return { client, calls };
}

const AUTHORIZER_ENV = {
  JWT_SECRET_ID: 'supabase-jwt',
  JWT_ISSUER: 'https://x/auth/v1',
  JWT_AUDIENCE: 'authenticated',
};

describe('jwt-authorizer secret (Powertools Secrets provider)', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the secret once per cache period and picks up a rotation after it', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    let current = 'first-secret';
    const { client, calls } = secretsClient(() => current);
    const deps = jwtAuthorizerDeps(AUTHORIZER_ENV, new SecretsProvider({ awsSdkV3Client: client }));
    await deps.secret();
    await deps.secret();
    expect(calls.count).toBe(1);
    current = 'rotated-secret';
    vi.setSystemTime(Date.now() + (SECRET_MAX_AGE_SECONDS - 1) * 1000);
    expect(new TextDecoder().decode(await deps.secret())).toBe('first-secret');
    vi.setSystemTime(Date.now() + 2000);
    expect(new TextDecoder().decode(await deps.secret())).toBe('rotated-secret');
    expect(calls.count).toBe(2);
  });

  it('tries again after a failed read instead of keeping the failure', async () => {
    let fail = true;
    const { client, calls } = secretsClient(() => {
      if (fail) throw new Error('throttled');
      return 'the-secret';
    });
    const deps = jwtAuthorizerDeps(AUTHORIZER_ENV, new SecretsProvider({ awsSdkV3Client: client }));
    await expect(deps.secret()).rejects.toThrow();
    fail = false;
    expect(new TextDecoder().decode(await deps.secret())).toBe('the-secret');
    expect(calls.count).toBe(2);
  });
});

describe('verifiedSubject', () => {
  it('reads sub from the JWT authorizer’s claims', () => {
    expect(verifiedSubject({ authorizer: { jwt: { claims: { sub: USER } } } })).toBe(USER);
  });

  it('reads sub from the Lambda authorizer’s context', () => {
    expect(verifiedSubject({ authorizer: { lambda: { sub: USER, role: 'authenticated' } } })).toBe(USER);
  });

  it('is null without a verified subject', () => {
    expect(verifiedSubject(undefined)).toBeNull();
    expect(verifiedSubject({ authorizer: null })).toBeNull();
    expect(verifiedSubject({ authorizer: { lambda: { sub: '' } } })).toBeNull();
    expect(verifiedSubject({ authorizer: { jwt: { claims: { sub: 42 } } } })).toBeNull();
  });
});
