/**
 * The typed settings of one deployment stage. `infra/bin/app.ts` picks a stage from `-c stage=…`,
 * `loadStageConfig` validates it, and the constructs receive it as props: nothing below `infra/bin/`
 * reads context or the environment.
 */

export const STAGE_NAMES = ['dev', 'staging', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/**
 * How API Gateway verifies the caller's Supabase token.
 * - `jwks`: API Gateway's built-in JWT authorizer; Supabase serves the signing keys (RS256/ES256).
 * - `hs256-secret`: projects still on Supabase's legacy shared secret; a Lambda authorizer verifies
 *   HS256 with the secret read from Secrets Manager.
 */
export type AuthorizerKind = 'jwks' | 'hs256-secret';

export interface AuthSettings {
  /** Supabase issuer: `https://<project-ref>.supabase.co/auth/v1` (the `iss` claim, verbatim). */
  issuerUrl: string;
  /** The `aud` claim Supabase puts in user tokens: `authenticated`. */
  audience: string;
  authorizer: AuthorizerKind;
  /** Name of the Secrets Manager secret holding the legacy JWT secret; required for `hs256-secret`. */
  hs256SecretName: string | null;
}

export interface ApiSettings {
  /** Browser origins allowed by CORS; empty when only servers call the API. Never `*`. */
  corsAllowedOrigins: string[];
  /** Steady-state requests per second and burst, for the whole stage (API Gateway stage throttling). */
  throttleRateLimit: number;
  throttleBurstLimit: number;
}

export interface UrlSettings {
  /** Lifetime of every presigned URL handed out (files, recordings, PDFs). */
  signedUrlTtlSeconds: number;
  /** Days after which the lifecycle rule deletes short-lived PDF exports (`exports/`). */
  exportsExpirationDays: number;
}

export interface FunctionSettings {
  memoryMb: number;
  timeoutSeconds: number;
  /** Concurrency reserved for (and capping) the function; null draws from the unreserved pool. */
  reservedConcurrency: number | null;
}

export interface FunctionsSettings {
  reportApi: FunctionSettings;
  pdfRenderer: FunctionSettings;
  reportWorker: FunctionSettings;
  /** Only deployed when `auth.authorizer` is `hs256-secret`. */
  jwtAuthorizer: FunctionSettings;
}

export interface EventsSettings {
  /** SQS messages per report-worker invocation. */
  batchSize: number;
  /** Most report-worker instances the SQS event source runs at once (2 to 1000). */
  maxConcurrency: number;
  /** Deliveries before a message moves to the dead-letter queue. */
  maxReceiveCount: number;
}

export interface AlarmSettings {
  /** Address subscribed to the stage's alarm topic; null to subscribe nobody (yet). */
  email: string | null;
  /** Alarm when 5xx responses exceed this percentage of requests over 5 minutes. */
  serverErrorRatePercent: number;
  /** Alarm when the renderer's p95 duration exceeds this many milliseconds over 5 minutes. */
  rendererDurationP95Ms: number;
}

export type RemovalPolicySetting = 'destroy' | 'retain';

export interface StageConfig {
  stage: StageName;
  /** Region the stack is pinned to. */
  region: string;
  /** AWS account the stack is pinned to; null keeps the template account-agnostic (offline synth). */
  account: string | null;
  auth: AuthSettings;
  api: ApiSettings;
  urls: UrlSettings;
  functions: FunctionsSettings;
  events: EventsSettings;
  /** CloudWatch Logs retention of every log group of the stage, in days (a value CloudWatch accepts). */
  logRetentionDays: number;
  /** `retain` keeps table and buckets when the stack is deleted; `destroy` removes them (dev only). */
  removalPolicy: RemovalPolicySetting;
  alarms: AlarmSettings;
}
