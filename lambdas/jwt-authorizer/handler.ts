/**
 * HS256 Lambda authorizer for Supabase projects on the legacy shared JWT secret (stage setting
 * `auth.authorizer: 'hs256-secret'`). Wiring only; the decision is shared/auth/hs256-authorizer.ts.
 *
 * The claims come back as the authorizer context: report-api finds them in
 * `requestContext.authorizer.lambda` (shared/auth/authorizer-context.ts reads either authorizer).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import middy from '@middy/core';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { cacheSecret } from '../../shared/auth/cached-secret.ts';
import { authorizeHs256 } from '../../shared/auth/hs256-authorizer.ts';
import { requiredEnv } from '../../shared/config.ts';

const logger = new Logger({ serviceName: 'jwt-authorizer' });
const secrets = new SecretsManagerClient({});
const secretId = requiredEnv(process.env, 'JWT_SECRET_ID');
const issuer = requiredEnv(process.env, 'JWT_ISSUER');
const audience = requiredEnv(process.env, 'JWT_AUDIENCE');

const jwtSecret = cacheSecret(async () => {
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  if (!SecretString) throw new Error(`Secret ${secretId} has no string value`);
  return new TextEncoder().encode(SecretString);
});

export const handler = middy<APIGatewayRequestAuthorizerEventV2>()
  .use(injectLambdaContext(logger))
  .handler((event) =>
    authorizeHs256(event, {
      issuer,
      audience,
      secret: jwtSecret,
      onRejected: (reason) => logger.info('Token refused', { reason }),
    }),
  );
