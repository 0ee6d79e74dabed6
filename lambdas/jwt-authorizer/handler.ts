/**
 * HS256 Lambda authorizer for Supabase projects on the legacy shared JWT secret (stage setting
 * `auth.authorizer: 'hs256-secret'`). Wiring only: the adapters come from ./deps.ts, the Middy chain
 * from shared/handlers/jwt-authorizer-handler.ts, the decision from shared/auth/hs256-authorizer.ts.
 *
 * The claims come back as the authorizer context: report-api finds them in
 * `requestContext.authorizer.lambda` (shared/auth/authorizer-context.ts reads either authorizer).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createJwtAuthorizerHandler } from '../../shared/handlers/jwt-authorizer-handler.ts';
import { jwtAuthorizerDeps } from './deps.ts';

const logger = new Logger({ serviceName: 'jwt-authorizer' });

export const handler = createJwtAuthorizerHandler({ deps: jwtAuthorizerDeps(process.env), logger });
