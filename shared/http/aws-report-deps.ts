import type { Logger } from '@aws-lambda-powertools/logger';
import type { RuntimeConfig } from '../config.ts';
import { createAwsClients } from '../store/aws-clients.ts';
import { DynamoReportRepository } from '../store/dynamo-report-repository.ts';
import { S3UrlSigner } from '../store/s3-url-signer.ts';
import type { ReportDeps } from '../usecases/generate-report.ts';

/**
 * The report use case's dependencies on AWS: SDK clients built once per container (Powertools'
 * advice: outside the handler, reused while the container is warm), the DynamoDB repository and the
 * S3 URL signer. Locally the config's endpoints point the same clients at DynamoDB Local and s3rver.
 *
 * @example const deps = awsReportDeps(loadConfig(), logger);
 */
export function awsReportDeps(config: RuntimeConfig, logger: Logger): ReportDeps {
  const { ddb, s3 } = createAwsClients(config);
  return {
    repository: new DynamoReportRepository(ddb, config.tableName, { logger }),
    signer: new S3UrlSigner(s3, { files: config.filesBucket, reports: config.reportsBucket }),
    signedUrlTtlSeconds: config.signedUrlTtlSeconds,
    now: () => new Date(),
  };
}
