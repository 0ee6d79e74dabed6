import type { Logger } from '@aws-lambda-powertools/logger';
import type { RuntimeConfig } from '../config.ts';
import { createLambdaClient, LambdaPdfClient } from '../render/pdf/pdf-client.ts';
import { S3PdfObjects } from '../render/pdf/s3-pdf-objects.ts';
import { createAwsClients } from '../store/aws-clients.ts';
import { DynamoReportRepository } from '../store/dynamo-report-repository.ts';
import { S3UrlSigner } from '../store/s3-url-signer.ts';
import type { ReportDeps } from '../usecases/generate-report.ts';

/**
 * The report use case's dependencies on AWS: SDK clients built once per container (Powertools'
 * advice: outside the handler, reused while the container is warm), the DynamoDB repository, the
 * S3 URL signer and the PDF renderer's Lambda client. Locally the config's endpoints point the same
 * clients at DynamoDB Local, s3rver and the local Invoke API.
 *
 * @example const deps = awsReportDeps(loadConfig(), logger);
 */
export function awsReportDeps(config: RuntimeConfig, logger: Logger): ReportDeps {
  const { ddb, s3 } = createAwsClients(config);
  const buckets = { files: config.filesBucket, reports: config.reportsBucket };
  return {
    repository: new DynamoReportRepository(ddb, config.tableName, { logger }),
    signer: new S3UrlSigner(s3, buckets),
    signedUrlTtlSeconds: config.signedUrlTtlSeconds,
    now: () => new Date(),
    pdf: {
      client: new LambdaPdfClient({
        lambda: () => createLambdaClient(config),
        functionName: config.pdfRendererFunctionName,
        s3,
        reportsBucket: config.reportsBucket,
      }),
      objects: new S3PdfObjects(s3, buckets),
    },
  };
}
