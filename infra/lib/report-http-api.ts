/**
 * The public API: an API Gateway HTTP API with one route, `POST /job-interview-pdf`, behind the
 * stage's authorizer (the API's default authorizer too, so a route added later cannot be open by
 * omission), throttled per stage, with JSON access logs.
 */

import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import {
  HttpJwtAuthorizer,
  HttpLambdaAuthorizer,
  HttpLambdaResponseType,
} from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { REPORT_ROUTE } from '../../shared/contract/report-route.ts';
import type { StageConfig } from '../stages/stage-config.ts';

export const REPORT_ROUTE_PATH = REPORT_ROUTE.path;

export interface ReportHttpApiProps {
  config: StageConfig;
  reportApi: IFunction;
  /** The HS256 authorizer function; required when the stage's authorizer is `hs256-secret`. */
  jwtAuthorizer: IFunction | undefined;
  logRemovalPolicy: RemovalPolicy;
}

function authorizerFor(config: StageConfig, jwtAuthorizer: IFunction | undefined): IHttpRouteAuthorizer {
  const identitySource = ['$request.header.Authorization'];
  if (config.auth.authorizer === 'jwks') {
    // API Gateway reads <issuer>/.well-known/openid-configuration for the JWKS, and checks iss, aud,
    // exp, nbf and the signature on every request.
    return new HttpJwtAuthorizer('SupabaseJwt', config.auth.issuerUrl, {
      jwtAudience: [config.auth.audience],
      identitySource,
    });
  }
  if (!jwtAuthorizer) throw new Error('The hs256-secret authorizer needs the jwt-authorizer function');
  return new HttpLambdaAuthorizer('SupabaseHs256', jwtAuthorizer, {
    responseTypes: [HttpLambdaResponseType.SIMPLE],
    identitySource,
    // No caching: a cached decision would outlive the token's expiry by up to the TTL. Verifying an
    // HMAC with the secret the authorizer keeps in memory takes well under a millisecond.
    resultsCacheTtl: Duration.seconds(0),
  });
}

/** One JSON object per request; the caller's `sub` comes from whichever authorizer ran. */
function accessLogFormat(config: StageConfig): AccessLogFormat {
  const subject =
    config.auth.authorizer === 'jwks' ? '$context.authorizer.claims.sub' : '$context.authorizer.sub';
  return AccessLogFormat.custom(
    JSON.stringify({
      request_id: '$context.requestId',
      time: '$context.requestTime',
      ip: '$context.identity.sourceIp',
      user_agent: '$context.identity.userAgent',
      method: '$context.httpMethod',
      route: '$context.routeKey',
      status: '$context.status',
      response_length: '$context.responseLength',
      latency_ms: '$context.responseLatency',
      integration_latency_ms: '$context.integrationLatency',
      integration_status: '$context.integrationStatus',
      integration_error: '$context.integrationErrorMessage',
      authorizer_error: '$context.authorizer.error',
      sub: subject,
    }),
  );
}

export class ReportHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  /** `https://…/job-interview-pdf` */
  readonly reportUrl: string;

  constructor(scope: Construct, id: string, props: ReportHttpApiProps) {
    super(scope, id);
    const { config } = props;
    const authorizer = authorizerFor(config, props.jwtAuthorizer);
    const origins = config.api.corsAllowedOrigins;

    this.api = new HttpApi(this, 'HttpApi', {
      apiName: `interview-reports-${config.stage}`,
      description: 'Interview reports (JobMojito-compatible POST /job-interview-pdf)',
      createDefaultStage: false,
      defaultAuthorizer: authorizer,
      // API Gateway answers preflight itself (no OPTIONS route exists, so none goes unauthorized).
      corsPreflight:
        origins.length > 0
          ? {
              allowOrigins: origins,
              allowMethods: [CorsHttpMethod.POST],
              allowHeaders: ['authorization', 'content-type'],
              maxAge: Duration.hours(1),
            }
          : undefined,
    });

    this.api.addRoutes({
      path: REPORT_ROUTE_PATH,
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration('ReportApi', props.reportApi, {
        payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
      }),
      authorizer,
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetentionDays,
      removalPolicy: props.logRemovalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: config.api.throttleRateLimit, burstLimit: config.api.throttleBurstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: accessLogFormat(config),
      },
    });
    this.reportUrl = `${this.stage.url}${REPORT_ROUTE_PATH.slice(1)}`;
  }
}
