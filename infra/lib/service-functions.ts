/**
 * The service's Lambdas and what each may touch.
 *
 * - report-api (arm64): reads the report table and records stored PDFs on results, presigns GETs of
 *   file pages, recordings and PDFs (and reads page images to embed), checks whether a PDF is stored,
 *   stages large HTML, invokes the renderer.
 * - pdf-renderer (x86_64, Chromium and fonts layers): writes PDFs under the reports bucket's report
 *   prefixes, nothing else.
 * - report-worker (arm64): the report pipeline as report-api has it, PDFs under `reports/` only, plus
 *   its idempotency records; the queue (granted by the event source) and PutEvents on the bus come
 *   with interview-events.ts.
 * - jwt-authorizer (arm64, only with `auth.authorizer: 'hs256-secret'`): reads the one secret.
 *
 * Later issues add what they need next to the code that needs it (Amazon Translate and the credit
 * writes with translation, for both functions that run the pipeline: grantReportPipeline).
 */
import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import {
  IDEMPOTENCY_KEY_SPACE,
  itemKeys,
  PARTITION_KEY,
  SORT_KEY,
} from '../../shared/adapters/aws/table-design.ts';
import type { StageConfig } from '../stages/stage-config.ts';
import type { DataStorage } from './data-storage.ts';
import { grantInvokeUnqualified, grantObjectPrefixes } from './iam-grants.ts';
import { FILES_BUCKET_PREFIXES, HTML_STAGING, PDF_PREFIXES, REPORTS_PREFIX } from './object-prefixes.ts';
import type { RendererLayers } from './renderer-layers.ts';
import { ServiceFunction } from './service-function.ts';

/** What report-api and report-worker may write onto a result item, and what the write's condition reads. */
export const RESULT_PDF_UPDATE_ATTRIBUTES = [
  PARTITION_KEY,
  SORT_KEY,
  'merchant_id',
  'pdf_export_url',
  'pdf_export_valid_until',
  'pdf_export_version',
] as const;

export interface ServiceFunctionsProps {
  config: StageConfig;
  data: DataStorage;
  layers: RendererLayers;
}

export class ServiceFunctions extends Construct {
  readonly reportApi: ServiceFunction;
  readonly pdfRenderer: ServiceFunction;
  readonly reportWorker: ServiceFunction;
  /** CloudWatch namespace of the functions' own metrics (Powertools Metrics, EMF): one per stage. */
  readonly metricsNamespace: string;
  /** Present only when the stage verifies tokens with the legacy HS256 secret. */
  readonly jwtAuthorizer: ServiceFunction | undefined;

  constructor(scope: Construct, id: string, props: ServiceFunctionsProps) {
    super(scope, id);
    const { config, data, layers } = props;
    this.metricsNamespace = `InterviewReports/${config.stage}`;
    // Log groups go with the stack even where data is retained: they expire on their own anyway.
    const common = { logRetentionDays: config.logRetentionDays, removalPolicy: RemovalPolicy.DESTROY };
    const storageEnvironment = {
      TABLE_NAME: data.table.tableName,
      FILES_BUCKET: data.filesBucket.bucketName,
      REPORTS_BUCKET: data.reportsBucket.bucketName,
      SIGNED_URL_TTL_SECONDS: String(config.urls.signedUrlTtlSeconds),
    };

    this.pdfRenderer = new ServiceFunction(this, 'PdfRenderer', {
      ...common,
      name: 'pdf-renderer',
      description: 'Prints report HTML to PDF with Chromium and stores it in the reports bucket',
      settings: config.functions.pdfRenderer,
      // @sparticuz/chromium ships an x86_64 Chromium only.
      architecture: Architecture.X86_64,
      layers: [layers.chromium, layers.fonts],
      // The shared runtime config (shared/config.ts) reads these; the role, not the environment,
      // decides what the renderer may touch.
      environment: storageEnvironment,
    });
    grantObjectPrefixes(
      this.pdfRenderer.role,
      data.reportsBucket,
      ['s3:PutObject'],
      PDF_PREFIXES,
      'stores the PDFs it prints (short-lived exports, and reports kept with store_file)',
    );
    grantObjectPrefixes(
      this.pdfRenderer.role,
      data.reportsBucket,
      ['s3:GetObject', 's3:DeleteObject'],
      [HTML_STAGING],
      'reads the report HTML staged for it when too large for an invocation payload, then deletes it',
    );

    this.reportApi = new ServiceFunction(this, 'ReportApi', {
      ...common,
      name: 'report-api',
      description: 'POST /job-interview-pdf: JSON, HTML and PDF interview reports',
      settings: config.functions.reportApi,
      architecture: Architecture.ARM_64,
      environment: {
        ...storageEnvironment,
        PDF_RENDERER_FUNCTION_NAME: this.pdfRenderer.function.functionName,
      },
    });
    grantReportPipeline(this.reportApi, data, this.pdfRenderer, PDF_PREFIXES);

    this.reportWorker = new ServiceFunction(this, 'ReportWorker', {
      ...common,
      name: 'report-worker',
      description:
        'Gives each completed interview result its stored PDF report (auto-export), once per event',
      settings: config.functions.reportWorker,
      architecture: Architecture.ARM_64,
      environment: {
        ...storageEnvironment,
        PDF_RENDERER_FUNCTION_NAME: this.pdfRenderer.function.functionName,
        POWERTOOLS_METRICS_NAMESPACE: this.metricsNamespace,
      },
    });
    // The same pipeline as report-api, but PDFs are only ever stored as results' reports (reports/).
    grantReportPipeline(this.reportWorker, data, this.pdfRenderer, [REPORTS_PREFIX]);
    this.reportWorker.role.addToPrincipalPolicy(
      new PolicyStatement({
        // Powertools idempotency records: their own partition only (IDEMPOTENCY_KEY_SPACE). GetItem is
        // in the read statement of the pipeline.
        actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [data.table.tableArn],
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [IDEMPOTENCY_KEY_SPACE.partitionKeyValue] },
        },
      }),
    );

    if (config.auth.authorizer === 'hs256-secret') {
      const secretName = config.auth.hs256SecretName;
      if (!secretName) throw new Error('auth.hs256SecretName is required for the hs256-secret authorizer');
      // Secrets Manager appends six random characters to a secret's name in its ARN.
      const secretArn = Stack.of(this).formatArn({
        service: 'secretsmanager',
        resource: 'secret',
        resourceName: `${secretName}-??????`,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      });
      this.jwtAuthorizer = new ServiceFunction(this, 'JwtAuthorizer', {
        ...common,
        name: 'jwt-authorizer',
        description: 'Verifies Supabase HS256 access tokens (legacy shared secret) for API Gateway',
        settings: config.functions.jwtAuthorizer,
        architecture: Architecture.ARM_64,
        environment: {
          JWT_SECRET_ID: secretName,
          JWT_ISSUER: config.auth.issuerUrl,
          JWT_AUDIENCE: config.auth.audience,
        },
      });
      this.jwtAuthorizer.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secretArn] }),
      );
    }
  }
}

/**
 * What the report pipeline (shared/usecases/generate-report.ts) needs of a function that runs it: read
 * the table, record a stored PDF on a result, presign and read file pages and recordings, check,
 * presign and re-sign PDFs under `pdfPrefixes`, stage large HTML, invoke the renderer.
 */
function grantReportPipeline(
  fn: ServiceFunction,
  data: DataStorage,
  renderer: ServiceFunction,
  pdfPrefixes: readonly string[],
): void {
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({
      // Memberships, merchants and results by key (GetItem) and in batches of up to 100 keys (BatchGetItem).
      actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'],
      resources: [data.table.tableArn],
    }),
  );
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({
      // A stored PDF's URL, expiry and version go onto the result (recordPdfExport). Only result items,
      // only those attributes plus the ones its condition reads (the key, merchant_id), nothing
      // returned. The code sets only the three PDF attributes.
      actions: ['dynamodb:UpdateItem'],
      resources: [data.table.tableArn],
      conditions: {
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${itemKeys.result('').pk}*`] },
        'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...RESULT_PDF_UPDATE_ATTRIBUTES] },
        StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
      },
    }),
  );
  grantObjectPrefixes(
    fn.role,
    data.filesBucket,
    ['s3:GetObject'],
    FILES_BUCKET_PREFIXES,
    "presigns GET URLs of file pages and recordings (a presigned URL carries the signer's rights)",
  );
  grantObjectPrefixes(
    fn.role,
    data.reportsBucket,
    ['s3:GetObject'],
    pdfPrefixes,
    'presigns GET URLs of the PDFs and re-signs a stored PDF instead of printing it again',
  );
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({
      // A PDF is addressed by content: the pipeline asks (HeadObject) whether it is stored already. S3
      // answers a missing key with 404 only to a caller allowed to list the bucket, and 403 otherwise,
      // which would read as a failure. No condition can narrow this: HeadObject carries no s3:prefix.
      actions: ['s3:ListBucket'],
      resources: [data.reportsBucket.bucketArn],
    }),
  );
  grantObjectPrefixes(
    fn.role,
    data.reportsBucket,
    ['s3:PutObject'],
    [HTML_STAGING],
    'stages report HTML too large for a synchronous invocation payload for the renderer',
  );
  grantInvokeUnqualified(fn.role, renderer.function);
}
