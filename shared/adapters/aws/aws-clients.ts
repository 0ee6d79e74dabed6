/**
 * The AWS SDK clients of the data adapters, built once per Lambda container (or local process) by the
 * caller and shared by every invocation, as Powertools recommends.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RuntimeConfig } from '../../config.ts';

export interface AwsClients {
  /** The plain client under `ddb`, for libraries that take one (Powertools idempotency). */
  dynamo: DynamoDBClient;
  ddb: DynamoDBDocumentClient;
  s3: S3Client;
}

/** s3rver accepts only these credentials (s3rver README, "Signed URLs / credentials"). */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
/** DynamoDB Local checks that credentials are present, not what they are. */
const DYNAMODB_LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * Builds the DynamoDB document client and the S3 client.
 *
 * In Lambda (no endpoints in the config) the clients use the region and the function's role. Locally
 * they talk to DynamoDB Local and s3rver: path-style addressing (s3rver serves no virtual hosts) and
 * checksums only where the S3 API requires them, because s3rver stores a body sent with the SDK's
 * default streaming checksum framing as it arrives, framing included (docs/design.md, "Facts measured").
 *
 * @example
 * const { ddb, s3 } = createAwsClients(loadConfig()); // module scope: once per container
 */
export function createAwsClients(config: RuntimeConfig): AwsClients {
  const dynamo = new DynamoDBClient({
    region: config.region,
    ...(config.dynamoEndpoint
      ? { endpoint: config.dynamoEndpoint, credentials: DYNAMODB_LOCAL_CREDENTIALS }
      : {}),
  });
  const ddb = DynamoDBDocumentClient.from(dynamo, {
    // Optional fields left undefined are simply not stored; nulls are stored as NULL.
    marshallOptions: { removeUndefinedValues: true },
  });
  const s3 = new S3Client({
    region: config.region,
    ...(config.s3Endpoint
      ? {
          endpoint: config.s3Endpoint,
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
          credentials: S3RVER_CREDENTIALS,
        }
      : {}),
  });
  return { dynamo, ddb, s3 };
}
