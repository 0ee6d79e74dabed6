/**
 * Validates a stage's settings: the shape against `stageConfigSchema` (ajv), then the rules that tie
 * settings together. Every refusal names the setting, so `cdk synth` tells the operator what to fix.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { stageConfigSchema } from './stage-config.schema.ts';
import type { StageConfig, StageName } from './stage-config.ts';

/** A stage's settings are missing, misspelt or inconsistent; `setting` is the dotted path. */
export class StageConfigError extends Error {
  override readonly name = 'StageConfigError';
  constructor(
    readonly stage: string,
    readonly setting: string,
    problem: string,
    options?: ErrorOptions,
  ) {
    super(`Stage "${stage}": setting ${setting} ${problem}`, options);
  }
}

// API Gateway HTTP APIs end an integration after 30 s (their hard limit); leave a second for the reply.
const HTTP_API_INTEGRATION_LIMIT_SECONDS = 29;
// API Gateway waits at most 10 s for a Lambda authorizer.
const AUTHORIZER_LIMIT_SECONDS = 10;
const SECONDS_PER_DAY = 86_400;
/**
 * report-worker waits for one render (at most the renderer's timeout) and besides reads the result,
 * inlines its page images, writes onto the result and publishes: give it this much more than the
 * renderer, so a slow render ends with the renderer's clear error, not the worker's timeout.
 */
export const WORKER_BEYOND_RENDERER_SECONDS = 10;

const validateShape = new Ajv({ allErrors: false, allowUnionTypes: true, strict: true }).compile(
  stageConfigSchema,
);

function dotted(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').filter((part) => part !== '');
  if (child !== undefined) parts.push(child);
  return parts.length > 0 ? parts.join('.') : '(root)';
}

function describe(error: ErrorObject, value: unknown): { setting: string; problem: string } {
  if (error.keyword === 'required') {
    return {
      setting: dotted(error.instancePath, String(error.params.missingProperty)),
      problem: 'is missing',
    };
  }
  if (error.keyword === 'additionalProperties') {
    return {
      setting: dotted(error.instancePath, String(error.params.additionalProperty)),
      problem: 'is not a known setting (misspelt?)',
    };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return {
      setting: dotted(error.instancePath),
      problem: `must be one of ${allowed}; got ${JSON.stringify(value)}`,
    };
  }
  return {
    setting: dotted(error.instancePath),
    problem: `${error.message ?? 'is invalid'}; got ${JSON.stringify(value)}`,
  };
}

function valueAt(root: unknown, instancePath: string): unknown {
  let current: unknown = root;
  for (const part of instancePath.split('/').filter((p) => p !== '')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function checkRelations(stage: StageName, config: StageConfig): void {
  const fail = (setting: string, problem: string): never => {
    throw new StageConfigError(stage, setting, problem);
  };
  if (config.stage !== stage) {
    fail('stage', `is "${config.stage}" but the file is loaded as stage "${stage}"`);
  }
  if (config.auth.authorizer === 'hs256-secret' && config.auth.hs256SecretName === null) {
    fail('auth.hs256SecretName', 'is missing (required when auth.authorizer is "hs256-secret")');
  }
  if (stage !== 'dev' && config.removalPolicy !== 'retain') {
    fail(
      'removalPolicy',
      `must be "retain" outside dev (data outlives the stack); got "${config.removalPolicy}"`,
    );
  }
  const { reportApi, pdfRenderer, reportWorker, jwtAuthorizer } = config.functions;
  if (reportApi.timeoutSeconds > HTTP_API_INTEGRATION_LIMIT_SECONDS) {
    fail(
      'functions.reportApi.timeoutSeconds',
      `must be at most ${HTTP_API_INTEGRATION_LIMIT_SECONDS} (API Gateway's 30 s integration limit); got ${reportApi.timeoutSeconds}`,
    );
  }
  if (pdfRenderer.timeoutSeconds >= reportApi.timeoutSeconds) {
    fail(
      'functions.pdfRenderer.timeoutSeconds',
      `must be below functions.reportApi.timeoutSeconds (${reportApi.timeoutSeconds}), which waits for it; got ${pdfRenderer.timeoutSeconds}`,
    );
  }
  if (reportWorker.timeoutSeconds < pdfRenderer.timeoutSeconds + WORKER_BEYOND_RENDERER_SECONDS) {
    fail(
      'functions.reportWorker.timeoutSeconds',
      `must be at least functions.pdfRenderer.timeoutSeconds + ${WORKER_BEYOND_RENDERER_SECONDS} (${pdfRenderer.timeoutSeconds + WORKER_BEYOND_RENDERER_SECONDS}): it waits for a render and then stores it; got ${reportWorker.timeoutSeconds}`,
    );
  }
  if (jwtAuthorizer.timeoutSeconds > AUTHORIZER_LIMIT_SECONDS) {
    fail(
      'functions.jwtAuthorizer.timeoutSeconds',
      `must be at most ${AUTHORIZER_LIMIT_SECONDS} (API Gateway's authorizer limit); got ${jwtAuthorizer.timeoutSeconds}`,
    );
  }
  if (config.urls.signedUrlTtlSeconds > config.urls.exportsExpirationDays * SECONDS_PER_DAY) {
    fail(
      'urls.signedUrlTtlSeconds',
      `must not outlive the exports it points at (urls.exportsExpirationDays = ${config.urls.exportsExpirationDays}); got ${config.urls.signedUrlTtlSeconds}`,
    );
  }
}

/**
 * Checks raw settings and returns them typed.
 *
 * @example const config = validateStageConfig('dev', devSettings);
 */
export function validateStageConfig(stage: StageName, raw: unknown): StageConfig {
  if (!validateShape(raw)) {
    const [first] = validateShape.errors ?? [];
    if (!first) throw new StageConfigError(stage, '(root)', 'is invalid');
    const { setting, problem } = describe(first, valueAt(raw, first.instancePath));
    throw new StageConfigError(stage, setting, problem);
  }
  const config = raw as StageConfig;
  checkRelations(stage, config);
  return config;
}
