/**
 * report-api's adapters, built once per container (Powertools' advice: outside the handler, reused
 * while the container is warm): the DynamoDB repository, the S3 URL signer, and the PDF side (the
 * renderer's Lambda client and the objects it checks and reads). Locally the config's endpoints point
 * the same clients at DynamoDB Local, s3rver and the local Invoke API. The only place they are built;
 * report-worker builds its report pipeline here too, so both run the same one.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { type AwsClients, createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { DynamoReportRepository } from '../../shared/adapters/aws/dynamo-report-repository.ts';
import { createLambdaClient, LambdaPdfClient } from '../../shared/adapters/aws/lambda-pdf-client.ts';
import { S3PdfObjects } from '../../shared/adapters/aws/s3-pdf-objects.ts';
import { S3UrlSigner } from '../../shared/adapters/aws/s3-url-signer.ts';
import type { RuntimeConfig } from '../../shared/config.ts';
import type { ReportDeps } from '../../shared/usecases/generate-report.ts';

export interface ReportApiDepsOptions {
  /** Clients the caller built already (default: new ones). */
  clients?: AwsClients;
  /** Strongly consistent reads (the worker, which reads a result right after it was written). */
  consistentRead?: boolean;
}

/**
 * @example const deps = reportApiDeps(loadConfig(), logger);
 */
export function reportApiDeps(
  config: RuntimeConfig,
  logger: Logger,
  options: ReportApiDepsOptions = {},
): ReportDeps {
  const { ddb, s3 } = options.clients ?? createAwsClients(config);
  const buckets = { files: config.filesBucket, reports: config.reportsBucket };
  // One clock for signing and for the expiry the answer states.
  const now = () => new Date();
  return {
    repository: new DynamoReportRepository(ddb, config.tableName, {
      logger,
      consistentRead: options.consistentRead ?? false,
    }),
    signer: new S3UrlSigner(s3, buckets, { now }),
    signedUrlTtlSeconds: config.signedUrlTtlSeconds,
    now,
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
