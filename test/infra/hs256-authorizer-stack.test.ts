/**
 * The staging stage runs the HS256 Lambda authorizer (Supabase projects on the legacy shared secret):
 * the route goes through it, it reads exactly its one secret, and it never caches a decision.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStageConfig } from '../../infra/stages/load-stage-config.ts';
import type { StageConfig } from '../../infra/stages/stage-config.ts';
import { type SynthesizedStage, synthStage } from './support/synth-stage.ts';
import {
  functionId,
  idsOfType,
  propertiesOf,
  statementsOfFunction,
  summarize,
} from './support/template-queries.ts';

let config: StageConfig;
let synth: SynthesizedStage;

beforeAll(() => {
  config = loadStageConfig('staging');
  synth = synthStage(config);
});

describe('staging: HS256 Lambda authorizer', () => {
  it('is the stage’s setting', () => {
    expect(config.auth.authorizer).toBe('hs256-secret');
  });

  it('authorizes POST /job-interview-pdf with simple responses, no caching, from the Authorization header', () => {
    const authorizers = idsOfType(synth.resources, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizers).toHaveLength(1);
    const authorizer = synth.resources[authorizers[0] as string]?.Properties as Record<string, unknown>;
    expect(authorizer).toMatchObject({
      AuthorizerType: 'REQUEST',
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
      IdentitySource: ['$request.header.Authorization'],
      AuthorizerResultTtlInSeconds: 0,
    });
    expect(JSON.stringify(authorizer.AuthorizerUri)).toContain(
      functionId(synth.resources, 'FunctionsJwtAuthorizer'),
    );
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'POST /job-interview-pdf',
      AuthorizationType: 'CUSTOM',
      AuthorizerId: { Ref: authorizers[0] },
    });
    for (const route of idsOfType(synth.resources, 'AWS::ApiGatewayV2::Route')) {
      expect(synth.resources[route]?.Properties?.AuthorizationType, route).toBe('CUSTOM');
    }
  });

  it('runs on arm64 with the issuer, audience and secret name it verifies against', () => {
    const fn = propertiesOf(synth.resources, functionId(synth.resources, 'FunctionsJwtAuthorizer'));
    expect(fn.Runtime).toBe('nodejs24.x');
    expect(fn.Architectures).toEqual(['arm64']);
    expect(fn.MemorySize).toBe(config.functions.jwtAuthorizer.memoryMb);
    expect(fn.Timeout).toBe(config.functions.jwtAuthorizer.timeoutSeconds);
    expect(fn.Environment.Variables).toMatchObject({
      JWT_SECRET_ID: config.auth.hs256SecretName,
      JWT_ISSUER: config.auth.issuerUrl,
      JWT_AUDIENCE: config.auth.audience,
    });
  });

  it('may read only its secret (name plus the six characters Secrets Manager appends)', () => {
    const statements = statementsOfFunction(
      synth.resources,
      functionId(synth.resources, 'FunctionsJwtAuthorizer'),
    );
    const secretStatements = statements.filter((s) =>
      summarize(s).actions.some((a) => a.startsWith('secretsmanager:')),
    );
    expect(secretStatements).toHaveLength(1);
    expect(summarize(secretStatements[0] as never).actions).toEqual(['secretsmanager:GetSecretValue']);
    expect(JSON.stringify(secretStatements[0]?.Resource)).toContain(
      `:secret:${config.auth.hs256SecretName}-??????`,
    );
  });

  it('passes cdk-nag with nothing unacknowledged', () => {
    expect(synth.violations).toEqual([]);
  });
});
