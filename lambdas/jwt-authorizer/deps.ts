/**
 * jwt-authorizer's adapters, built once per container: the legacy Supabase JWT secret, read through
 * Powertools' Secrets provider and cached for `SECRET_MAX_AGE_SECONDS`, so a rotated secret is picked
 * up within that time without a cold start, while a warm container reads Secrets Manager at most once
 * per interval. The only place they are built.
 */
import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { requiredEnv } from '../../shared/config.ts';

/**
 * Five minutes: Supabase keeps the old secret valid while a rotation rolls out, and a token signed with
 * the new one is refused (401) for at most this long by a container that still holds the old secret.
 */
export const SECRET_MAX_AGE_SECONDS = 300;

export interface JwtAuthorizerDeps {
  issuer: string;
  audience: string;
  /** The secret's bytes; cached by the provider for `SECRET_MAX_AGE_SECONDS`. */
  secret: () => Promise<Uint8Array>;
}

/**
 * @example const deps = jwtAuthorizerDeps(process.env);
 */
export function jwtAuthorizerDeps(
  env: NodeJS.ProcessEnv,
  provider = new SecretsProvider({ awsSdkV3Client: new SecretsManagerClient({}) }),
): JwtAuthorizerDeps {
  const secretId = requiredEnv(env, 'JWT_SECRET_ID');
  return {
    issuer: requiredEnv(env, 'JWT_ISSUER'),
    audience: requiredEnv(env, 'JWT_AUDIENCE'),
    secret: async () => {
      const value = await provider.get(secretId, { maxAge: SECRET_MAX_AGE_SECONDS });
      if (typeof value !== 'string' || value === '')
        throw new Error(`Secret ${secretId} has no string value`);
      return new TextEncoder().encode(value);
    },
  };
}
