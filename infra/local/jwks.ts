/**
 * The local identity provider: one RS256 signing key, its JWKS, and access tokens shaped like the ones
 * Supabase Auth issues, so the handler sees locally exactly the claims it sees behind API Gateway.
 *
 * RS256 because API Gateway's JWT authorizer checks signatures with RSA keys only (API Gateway
 * developer guide, "Controlling access to HTTP APIs with JWT authorizers": "Currently, only RSA-based
 * algorithms are supported"); Supabase projects can sign with RS256 keys.
 *
 * The private key lives in `.local/jwt-signing-key.json` (gitignored, mode 0600), created on first use,
 * so a token from `npm run token` stays valid across restarts of the stack.
 */
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { localStateDirectory } from './local-paths.ts';

/** The only signature algorithm the local gateway accepts. */
export const SIGNING_ALGORITHM = 'RS256';
/** Supabase access tokens of signed-in users carry this audience (and this `role`). */
export const SUPABASE_AUDIENCE = 'authenticated';
/** Where Supabase publishes a project's keys, relative to the project URL. */
export const JWKS_PATH = '/auth/v1/.well-known/jwks.json';
/** The gateway the CLIs assume when no stack is running: the `npm start` default. */
export const DEFAULT_BASE_URL = `http://127.0.0.1:${process.env.PORT || 3000}`;

/**
 * A Supabase project's issuer is its URL followed by `/auth/v1` (Supabase docs, "JWT Claims Reference").
 *
 * @example issuerFor('http://127.0.0.1:3000') // 'http://127.0.0.1:3000/auth/v1'
 */
export function issuerFor(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/auth/v1`;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

const keyCache = new Map<string, Promise<SigningKey>>();

function signingKeyFile(stateDirectory: string): string {
  return join(stateDirectory, 'jwt-signing-key.json');
}

async function createKeyFile(file: string): Promise<void> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  const temporary = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(temporary, JSON.stringify({ ...jwk, kid, alg: SIGNING_ALGORITHM, use: 'sig' }), {
    mode: 0o600,
  });
  try {
    // link() fails when the file exists: two processes starting at once keep the first key.
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

async function loadSigningKey(stateDirectory: string): Promise<SigningKey> {
  const file = signingKeyFile(stateDirectory);
  mkdirSync(stateDirectory, { recursive: true });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await createKeyFile(file);
    text = readFileSync(file, 'utf8');
  }
  const jwk = JSON.parse(text) as JWK & { kid: string };
  const privateKey = (await importJWK(jwk, SIGNING_ALGORITHM)) as CryptoKey;
  const { kty, n, e, kid } = jwk;
  return { kid, privateKey, publicJwk: { kty, n, e, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

/** The local signing key, created on first use and cached per process. */
export function localSigningKey(stateDirectory = localStateDirectory()): Promise<SigningKey> {
  let key = keyCache.get(stateDirectory);
  if (!key) {
    key = loadSigningKey(stateDirectory);
    keyCache.set(stateDirectory, key);
  }
  return key;
}

/**
 * The JWKS the gateway verifies against and serves at `/auth/v1/.well-known/jwks.json`.
 *
 * @example const { keys } = await localJwks(); // [{ kty: 'RSA', kid: '…', alg: 'RS256', use: 'sig', n, e }]
 */
export async function localJwks(stateDirectory?: string): Promise<JSONWebKeySet> {
  const { publicJwk } = await localSigningKey(stateDirectory);
  return { keys: [publicJwk] };
}

export interface SignTokenOptions {
  /** The Supabase user id. Omit (with `sub: undefined`) only to forge a token without a subject. */
  sub: string | undefined;
  /** Lifetime: a jose time span (`'1h'`, `'15m'`) or seconds. Default one hour, Supabase's default. */
  expiresIn?: string | number;
  /** The issuer; defaults to that of the `npm start` gateway. */
  iss?: string;
  /** Where the key lives; defaults to `.local/`. */
  stateDirectory?: string;
  /** Any other claim to set or, given `undefined`, to remove (`exp`, `aud`, `email`, `nbf`…). */
  [claim: string]: unknown;
}

/**
 * Signs an access token shaped like Supabase Auth's: `iss` `<base>/auth/v1`, `aud` and `role`
 * `authenticated`, `aal`, `amr`, `session_id`, `email`, `phone`, `app_metadata`, `user_metadata`,
 * `is_anonymous` (Supabase docs, "JWT Claims Reference"), with header `{ alg: 'RS256', kid, typ: 'JWT' }`.
 *
 * @example
 * const token = await signToken({ sub: userId, iss: issuerFor(stack.url), expiresIn: '15m' });
 * const expired = await signToken({ sub: userId, exp: Math.floor(Date.now() / 1000) - 60 });
 */
export async function signToken(options: SignTokenOptions): Promise<string> {
  const { sub, expiresIn = '1h', iss, stateDirectory, ...overrides } = options;
  const { kid, privateKey } = await localSigningKey(stateDirectory);
  const now = Math.floor(Date.now() / 1000);
  const email = sub ? `user-${sub.slice(0, 8)}@example.com` : '';
  const claims: JWTPayload = {
    iss: iss ?? issuerFor(DEFAULT_BASE_URL),
    sub,
    aud: SUPABASE_AUDIENCE,
    iat: now,
    email,
    phone: '',
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: { email, email_verified: true },
    role: SUPABASE_AUDIENCE,
    aal: 'aal1',
    amr: [{ method: 'password', timestamp: now }],
    session_id: randomUUID(),
    is_anonymous: false,
  };
  // Overrides go last so that a test can set exp, iat or nbf to anything, or drop a claim.
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete claims[name];
    else claims[name] = value;
  }
  if (claims.sub === undefined) delete claims.sub;
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: 'JWT' });
  // jose reads a number as an absolute time; here a number is a lifetime in seconds.
  if (!('exp' in overrides))
    jwt.setExpirationTime(typeof expiresIn === 'number' ? now + expiresIn : expiresIn);
  return jwt.sign(privateKey);
}
