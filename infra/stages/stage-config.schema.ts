/**
 * JSON Schema of a stage's settings (`StageConfig`). Every property is required and no other is
 * allowed, so a missing or misspelt setting fails synth naming it.
 */
import type { SchemaObject } from 'ajv';

const functionSettings: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['memoryMb', 'timeoutSeconds', 'reservedConcurrency'],
  properties: {
    // Lambda's memory range: 128 MB to 10,240 MB.
    memoryMb: { type: 'integer', minimum: 128, maximum: 10240 },
    // API Gateway HTTP APIs give up on an integration after 30 s; the worker may run longer.
    timeoutSeconds: { type: 'integer', minimum: 1, maximum: 900 },
    reservedConcurrency: { type: ['integer', 'null'], minimum: 1 },
  },
};

/** Retention values CloudWatch Logs accepts (PutRetentionPolicy). */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export const stageConfigSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: [
    'stage',
    'region',
    'account',
    'auth',
    'api',
    'urls',
    'functions',
    'events',
    'logRetentionDays',
    'removalPolicy',
    'alarms',
  ],
  properties: {
    stage: { enum: ['dev', 'staging', 'prod'] },
    region: { type: 'string', pattern: '^[a-z]{2}(-gov)?-[a-z]+-\\d$' },
    account: { type: ['string', 'null'], pattern: '^\\d{12}$' },
    auth: {
      type: 'object',
      additionalProperties: false,
      required: ['issuerUrl', 'audience', 'authorizer', 'hs256SecretName'],
      properties: {
        // API Gateway fetches `<issuer>/.well-known/openid-configuration`: HTTPS only, no trailing slash
        // (the `iss` claim of a Supabase token has none).
        issuerUrl: { type: 'string', pattern: '^https://[^/\\s]+(/[^\\s]*[^/\\s])?$' },
        audience: { type: 'string', minLength: 1 },
        authorizer: { enum: ['jwks', 'hs256-secret'] },
        // Secrets Manager names: 1 to 512 of letters, digits and /_+=.@-
        hs256SecretName: { type: ['string', 'null'], pattern: '^[A-Za-z0-9/_+=.@-]{1,512}$' },
      },
    },
    api: {
      type: 'object',
      additionalProperties: false,
      required: ['corsAllowedOrigins', 'throttleRateLimit', 'throttleBurstLimit'],
      properties: {
        corsAllowedOrigins: {
          type: 'array',
          uniqueItems: true,
          // An origin is scheme://host[:port], nothing else; `*` is refused on purpose.
          items: { type: 'string', pattern: '^https?://[A-Za-z0-9.-]+(:\\d{1,5})?$' },
        },
        throttleRateLimit: { type: 'number', exclusiveMinimum: 0 },
        throttleBurstLimit: { type: 'integer', minimum: 1 },
      },
    },
    urls: {
      type: 'object',
      additionalProperties: false,
      required: ['signedUrlTtlSeconds', 'exportsExpirationDays'],
      properties: {
        // SigV4 presigned URLs live at most 7 days (604,800 s).
        signedUrlTtlSeconds: { type: 'integer', minimum: 60, maximum: 604800 },
        exportsExpirationDays: { type: 'integer', minimum: 1, maximum: 365 },
      },
    },
    functions: {
      type: 'object',
      additionalProperties: false,
      required: ['reportApi', 'pdfRenderer', 'reportWorker', 'jwtAuthorizer'],
      properties: {
        reportApi: functionSettings,
        pdfRenderer: functionSettings,
        reportWorker: functionSettings,
        jwtAuthorizer: functionSettings,
      },
    },
    events: {
      type: 'object',
      additionalProperties: false,
      required: ['batchSize', 'maxConcurrency', 'maxReceiveCount'],
      properties: {
        batchSize: { type: 'integer', minimum: 1, maximum: 10 },
        // Limits of the SQS event source's ScalingConfig.MaximumConcurrency.
        maxConcurrency: { type: 'integer', minimum: 2, maximum: 1000 },
        maxReceiveCount: { type: 'integer', minimum: 1, maximum: 1000 },
      },
    },
    logRetentionDays: { enum: [...LOG_RETENTION_DAYS] },
    removalPolicy: { enum: ['destroy', 'retain'] },
    alarms: {
      type: 'object',
      additionalProperties: false,
      required: ['email', 'serverErrorRatePercent', 'rendererDurationP95Ms'],
      properties: {
        email: { type: ['string', 'null'], pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' },
        serverErrorRatePercent: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
        rendererDurationP95Ms: { type: 'integer', minimum: 1 },
      },
    },
  },
};
