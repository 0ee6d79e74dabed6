/**
 * Where the service keeps its data: the report table (mirroring `reportTableDefinition`), the files
 * bucket (candidate file pages, recordings), the reports bucket (PDFs) and the bucket that receives
 * both buckets' server access logs.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { reportTableDefinition, TIME_TO_LIVE_ATTRIBUTE } from '../../shared/adapters/aws/table-design.ts';
import type { StageConfig } from '../stages/stage-config.ts';
import { EXPORTS_PREFIX, HTML_STAGING } from './object-prefixes.ts';
import { tableKeysFromDefinition } from './table-from-definition.ts';

// Kept apart from the retention of the stage's CloudWatch logs: access logs are for security review.
const ACCESS_LOG_EXPIRATION_DAYS = 365;
// A version replaced or deleted by mistake can be restored for this long (files bucket, outside dev).
const NONCURRENT_FILE_VERSION_DAYS = 30;

export interface DataStorageProps {
  config: StageConfig;
}

export class DataStorage extends Construct {
  readonly table: Table;
  readonly filesBucket: Bucket;
  readonly reportsBucket: Bucket;
  readonly accessLogsBucket: Bucket;

  constructor(scope: Construct, id: string, props: DataStorageProps) {
    super(scope, id);
    const { config } = props;
    const isDev = config.stage === 'dev';
    const removalPolicy = config.removalPolicy === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    // The table name is CloudFormation's; the definition only contributes keys and indexes.
    const keys = tableKeysFromDefinition(reportTableDefinition('mirrored-by-cdk'));
    this.table = new Table(this, 'ReportTable', {
      partitionKey: keys.partitionKey,
      sortKey: keys.sortKey,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // report-worker's idempotency records carry their expiry here; DynamoDB deletes them after it.
      timeToLiveAttribute: TIME_TO_LIVE_ATTRIBUTE,
      deletionProtection: !isDev,
      removalPolicy,
    });
    for (const index of keys.globalSecondaryIndexes) this.table.addGlobalSecondaryIndex(index);

    const common = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy,
    };

    // The server-access-log destination of the other two buckets (cdk-nag's S1 does not ask a log
    // bucket to log itself).
    this.accessLogsBucket = new Bucket(this, 'AccessLogsBucket', {
      ...common,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(ACCESS_LOG_EXPIRATION_DAYS) }],
    });

    this.filesBucket = new Bucket(this, 'FilesBucket', {
      ...common,
      // Candidate documents and recordings are the originals: keep what an overwrite or delete replaced.
      versioned: !isDev,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'files-bucket/',
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        ...(isDev
          ? []
          : [
              {
                id: 'expire-replaced-versions',
                noncurrentVersionExpiration: Duration.days(NONCURRENT_FILE_VERSION_DAYS),
              },
            ]),
      ],
    });

    this.reportsBucket = new Bucket(this, 'ReportsBucket', {
      ...common,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'reports-bucket/',
      lifecycleRules: [
        {
          id: 'expire-short-lived-exports',
          prefix: EXPORTS_PREFIX,
          expiration: Duration.days(config.urls.exportsExpirationDays),
        },
        // The renderer deletes staged HTML after reading it; this catches what a failed render left.
        { id: 'expire-staged-html', prefix: HTML_STAGING, expiration: Duration.days(1) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }
}
