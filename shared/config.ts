/**
 * Runtime configuration of the Lambdas, read once from the environment the CDK stack (or the local
 * stack) sets. A missing setting fails at first use with a message naming the variable.
 */

export interface RuntimeConfig {
  tableName: string;
  filesBucket: string;
  reportsBucket: string;
  /** Lifetime of every presigned URL the service hands out (files, recordings, PDFs). */
  signedUrlTtlSeconds: number;
  /** Set only locally: DynamoDB Local, s3rver and the local Lambda endpoint. */
  dynamoEndpoint: string | undefined;
  s3Endpoint: string | undefined;
  lambdaEndpoint: string | undefined;
  pdfRendererFunctionName: string;
  /** The stage's EventBridge bus (`EVENT_BUS_NAME`): where report-worker says a report is ready. */
  eventBusName: string | undefined;
  /** Set only locally: the local stack's EventBridge stand-in. */
  eventBridgeEndpoint: string | undefined;
  /**
   * The renderer's bound on one render (`PDF_RENDER_TIMEOUT_MS`); the invocation's remaining time
   * lowers it further. Unset: the remaining time alone bounds it (and the engine's 25 s default
   * outside Lambda).
   */
  pdfRenderTimeoutMs: number | undefined;
  region: string;
}

/**
 * A setting that must be there: its value, or an error naming the variable.
 *
 * @example const secretId = requiredEnv(process.env, 'JWT_SECRET_ID');
 */
export function requiredEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

function positiveInteger<T extends number | undefined>(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: T,
  max: number,
): number | T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    throw new Error(`Environment variable ${name} must be an integer from 1 to ${max}, got "${raw}"`);
  }
  return value;
}

/** SigV4 presigned URLs live at most seven days (Amazon S3 User Guide, "Sharing objects with presigned URLs"). */
export const MAX_PRESIGNED_URL_SECONDS = 7 * 24 * 60 * 60;

/**
 * Reads the configuration from an environment (the process's by default).
 *
 * @example const config = loadConfig({ TABLE_NAME: 't', FILES_BUCKET: 'f', REPORTS_BUCKET: 'r' });
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return {
    tableName: requiredEnv(env, 'TABLE_NAME'),
    filesBucket: requiredEnv(env, 'FILES_BUCKET'),
    reportsBucket: requiredEnv(env, 'REPORTS_BUCKET'),
    // One hour: long enough to open a report and its files, short enough that a forwarded link dies.
    signedUrlTtlSeconds: positiveInteger(env, 'SIGNED_URL_TTL_SECONDS', 3600, MAX_PRESIGNED_URL_SECONDS),
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    lambdaEndpoint: env.LAMBDA_ENDPOINT || undefined,
    pdfRendererFunctionName: env.PDF_RENDERER_FUNCTION_NAME || 'pdf-renderer',
    eventBusName: env.EVENT_BUS_NAME || undefined,
    eventBridgeEndpoint: env.EVENTBRIDGE_ENDPOINT || undefined,
    // Lambda's longest timeout is 15 minutes (Lambda quotas); a render cannot outlast its function.
    pdfRenderTimeoutMs: positiveInteger(env, 'PDF_RENDER_TIMEOUT_MS', undefined, 15 * 60 * 1000),
    region: env.AWS_REGION || 'eu-west-1',
  };
}
