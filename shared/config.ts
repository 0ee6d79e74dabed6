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
  region: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`Environment variable ${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

/**
 * Reads the configuration from an environment (the process's by default).
 *
 * @example const config = loadConfig({ TABLE_NAME: 't', FILES_BUCKET: 'f', REPORTS_BUCKET: 'r' });
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return {
    tableName: required(env, 'TABLE_NAME'),
    filesBucket: required(env, 'FILES_BUCKET'),
    reportsBucket: required(env, 'REPORTS_BUCKET'),
    // One hour: long enough to open a report and its files, short enough that a forwarded link dies.
    signedUrlTtlSeconds: positiveInteger(env, 'SIGNED_URL_TTL_SECONDS', 3600),
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    lambdaEndpoint: env.LAMBDA_ENDPOINT || undefined,
    pdfRendererFunctionName: env.PDF_RENDERER_FUNCTION_NAME || 'pdf-renderer',
    region: env.AWS_REGION || 'eu-west-1',
  };
}
