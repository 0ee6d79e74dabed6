/**
 * Settings of the `dev` stage: one developer's sandbox. Cheap, verbose enough to debug, and disposable
 * (tables and buckets are destroyed with the stack).
 */
import type { StageConfig } from './stage-config.ts';

export const devSettings = {
  stage: 'dev',
  region: 'eu-west-1',
  // Account-agnostic: `cdk deploy` takes the account of the credentials in use.
  account: null,
  auth: {
    // Replace with the dev Supabase project's issuer (Project Settings → API → URL, plus `/auth/v1`).
    issuerUrl: 'https://dev-project-ref.supabase.co/auth/v1',
    audience: 'authenticated',
    authorizer: 'jwks',
    hs256SecretName: null,
  },
  api: {
    corsAllowedOrigins: ['http://localhost:3000'],
    throttleRateLimit: 10,
    throttleBurstLimit: 20,
  },
  urls: { signedUrlTtlSeconds: 3600, exportsExpirationDays: 1 },
  functions: {
    // Reserved concurrency stays off in dev: Lambda refuses a reservation that leaves the account's
    // unreserved concurrency below its minimum (100 under the default quota of 1,000), and new
    // accounts often start with a quota of 10, so a sandbox account could not deploy one.
    reportApi: { memoryMb: 1024, timeoutSeconds: 29, reservedConcurrency: null },
    pdfRenderer: { memoryMb: 2048, timeoutSeconds: 25, reservedConcurrency: null },
    reportWorker: { memoryMb: 512, timeoutSeconds: 60, reservedConcurrency: null },
    jwtAuthorizer: { memoryMb: 256, timeoutSeconds: 5, reservedConcurrency: null },
  },
  events: { batchSize: 5, maxConcurrency: 2, maxReceiveCount: 3 },
  logRetentionDays: 7,
  removalPolicy: 'destroy',
  alarms: { email: null, serverErrorRatePercent: 5, rendererDurationP95Ms: 20_000 },
} satisfies StageConfig;
