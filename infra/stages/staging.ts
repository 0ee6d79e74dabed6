/**
 * Settings of the `staging` stage: production's shape at a smaller scale, used to rehearse a release.
 * It runs the HS256 Lambda authorizer, so the legacy-secret path is exercised before a project that
 * needs it reaches production.
 */
import type { StageConfig } from './stage-config.ts';

export const stagingSettings = {
  stage: 'staging',
  region: 'eu-west-1',
  account: null,
  auth: {
    // Replace with the staging Supabase project's issuer.
    issuerUrl: 'https://staging-project-ref.supabase.co/auth/v1',
    audience: 'authenticated',
    authorizer: 'hs256-secret',
    // Create it before deploying: see docs/deploy.md, "Supabase on the legacy HS256 secret".
    hs256SecretName: 'interview-reports/staging/supabase-jwt-secret',
  },
  api: {
    corsAllowedOrigins: ['https://staging.app.example.com'],
    throttleRateLimit: 20,
    throttleBurstLimit: 40,
  },
  urls: { signedUrlTtlSeconds: 3600, exportsExpirationDays: 1 },
  functions: {
    reportApi: { memoryMb: 1024, timeoutSeconds: 29, reservedConcurrency: 10 },
    pdfRenderer: { memoryMb: 2048, timeoutSeconds: 25, reservedConcurrency: 5 },
    reportWorker: { memoryMb: 512, timeoutSeconds: 60, reservedConcurrency: null },
    jwtAuthorizer: { memoryMb: 256, timeoutSeconds: 5, reservedConcurrency: null },
  },
  events: { batchSize: 5, maxConcurrency: 2, maxReceiveCount: 5 },
  logRetentionDays: 30,
  removalPolicy: 'retain',
  alarms: { email: null, serverErrorRatePercent: 2, rendererDurationP95Ms: 15_000 },
} satisfies StageConfig;
