/**
 * Settings of the `prod` stage.
 */
import type { StageConfig } from './stage-config.ts';

export const prodSettings = {
  stage: 'prod',
  region: 'eu-west-1',
  account: null,
  auth: {
    // Replace with the production Supabase project's issuer.
    issuerUrl: 'https://prod-project-ref.supabase.co/auth/v1',
    audience: 'authenticated',
    authorizer: 'jwks',
    hs256SecretName: null,
  },
  api: {
    corsAllowedOrigins: ['https://app.example.com'],
    throttleRateLimit: 50,
    throttleBurstLimit: 100,
  },
  urls: { signedUrlTtlSeconds: 3600, exportsExpirationDays: 1 },
  functions: {
    // The renderer's reservation caps Chromium fan-out (memory-heavy, and every render is billed
    // at 2 GB); report-api gets enough for the API's burst limit at ~1 s per PDF request.
    reportApi: { memoryMb: 1024, timeoutSeconds: 29, reservedConcurrency: 50 },
    pdfRenderer: { memoryMb: 2048, timeoutSeconds: 25, reservedConcurrency: 20 },
    reportWorker: { memoryMb: 512, timeoutSeconds: 60, reservedConcurrency: null },
    jwtAuthorizer: { memoryMb: 256, timeoutSeconds: 5, reservedConcurrency: null },
  },
  events: { batchSize: 5, maxConcurrency: 5, maxReceiveCount: 5 },
  logRetentionDays: 90,
  removalPolicy: 'retain',
  alarms: { email: null, serverErrorRatePercent: 1, rendererDurationP95Ms: 15_000 },
} satisfies StageConfig;
