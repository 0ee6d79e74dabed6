/**
 * The jwt-authorizer Lambda's Middy chain: Powertools logger with the Lambda context, then the HS256
 * decision (shared/auth/hs256-authorizer.ts). A refused token is logged with its reason, never the token.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { authorizeHs256, type Hs256AuthorizerDeps } from '../auth/hs256-authorizer.ts';

export interface JwtAuthorizerHandlerOptions {
  deps: Omit<Hs256AuthorizerDeps, 'onRejected'>;
  logger: Logger;
}

/**
 * @example export const handler = createJwtAuthorizerHandler({ deps: jwtAuthorizerDeps(process.env), logger });
 */
export function createJwtAuthorizerHandler({ deps, logger }: JwtAuthorizerHandlerOptions) {
  return middy<APIGatewayRequestAuthorizerEventV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler((event) =>
      authorizeHs256(event, { ...deps, onRejected: (reason) => logger.info('Token refused', { reason }) }),
    );
}
