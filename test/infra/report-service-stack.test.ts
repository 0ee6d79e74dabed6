/**
 * The dev and prod stacks, synthesized once each: what reaches AWS is what the issue asks for. The
 * HS256 authorizer variant (staging) is in hs256-authorizer-stack.test.ts.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILES_BUCKET_PREFIXES } from '../../infra/lib/object-prefixes.ts';
import { loadStageConfig } from '../../infra/stages/load-stage-config.ts';
import type { StageConfig } from '../../infra/stages/stage-config.ts';
import { WORKER_BEYOND_RENDERER_SECONDS } from '../../infra/stages/validate-stage-config.ts';
import { filePageKey, recordingKey } from '../../shared/adapters/aws/object-keys.ts';
import { reportTableDefinition } from '../../shared/adapters/aws/table-design.ts';
import { REPORT_WORKER_METRICS } from '../../shared/handlers/report-worker-outcomes.ts';
import { REPORT_KEY_PREFIXES } from '../../shared/usecases/pdf-render-protocol.ts';
import { type SynthesizedStage, synthStage } from './support/synth-stage.ts';
import {
  allIdentityStatements,
  asArray,
  functionId,
  idsOfType,
  propertiesOf,
  statementsOfFunction,
  summarize,
} from './support/template-queries.ts';

const stages: Record<'dev' | 'prod', { config: StageConfig; synth: SynthesizedStage }> = {} as never;

beforeAll(() => {
  for (const name of ['dev', 'prod'] as const) {
    const config = loadStageConfig(name);
    stages[name] = { config, synth: synthStage(config) };
  }
});

const both = ['dev', 'prod'] as const;
const bucketIds = (synth: SynthesizedStage) => ({
  files: idsOfType(synth.resources, 'AWS::S3::Bucket').find((id) =>
    id.startsWith('DataFilesBucket'),
  ) as string,
  reports: idsOfType(synth.resources, 'AWS::S3::Bucket').find((id) =>
    id.startsWith('DataReportsBucket'),
  ) as string,
});

describe.each(both)('%s: API', (name) => {
  it('routes POST /job-interview-pdf through the JWT authorizer with the stage’s issuer and audience', () => {
    const { config, synth } = stages[name];
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: config.auth.issuerUrl, Audience: [config.auth.audience] },
    });
    const [authorizerId] = idsOfType(synth.resources, 'AWS::ApiGatewayV2::Authorizer');
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'POST /job-interview-pdf',
      AuthorizationType: 'JWT',
      AuthorizerId: { Ref: authorizerId },
    });
  });

  it('has no route without an authorizer', () => {
    const { synth } = stages[name];
    const routes = idsOfType(synth.resources, 'AWS::ApiGatewayV2::Route');
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const properties = synth.resources[route]?.Properties ?? {};
      expect(properties.AuthorizationType, route).not.toBe('NONE');
      expect(properties.AuthorizerId, route).toBeDefined();
    }
  });

  it('throttles the stage and writes JSON access logs with the request id', () => {
    const { config, synth } = stages[name];
    const [stageId] = idsOfType(synth.resources, 'AWS::ApiGatewayV2::Stage');
    const stage = propertiesOf(synth.resources, stageId as string);
    expect(stage.StageName).toBe('$default');
    expect(stage.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: config.api.throttleRateLimit,
      ThrottlingBurstLimit: config.api.throttleBurstLimit,
    });
    const format = JSON.parse(stage.AccessLogSettings.Format) as Record<string, string>;
    expect(format).toMatchObject({ request_id: '$context.requestId', status: '$context.status' });
    expect(stage.AccessLogSettings.DestinationArn).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^ApiAccessLogs/), 'Arn'],
    });
  });

  it('allows exactly the stage’s CORS origins', () => {
    const { config, synth } = stages[name];
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: { AllowOrigins: config.api.corsAllowedOrigins, AllowMethods: ['POST'] },
    });
  });
});

describe.each(both)('%s: data', (name) => {
  it('blocks public access, enforces TLS and encrypts every bucket', () => {
    const { synth } = stages[name];
    const buckets = idsOfType(synth.resources, 'AWS::S3::Bucket');
    expect(buckets).toHaveLength(3);
    for (const bucket of buckets) {
      const properties = propertiesOf(synth.resources, bucket);
      expect(properties.PublicAccessBlockConfiguration, bucket).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(properties.BucketEncryption, bucket).toEqual({
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      });
      synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });

  it('expires short-lived exports after the stage’s days, and staged HTML after a day', () => {
    const { config, synth } = stages[name];
    const { reports } = bucketIds(synth);
    const rules = propertiesOf(synth.resources, reports).LifecycleConfiguration.Rules;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Prefix: 'exports/',
          ExpirationInDays: config.urls.exportsExpirationDays,
          Status: 'Enabled',
        }),
        expect.objectContaining({ Prefix: 'render-input/', ExpirationInDays: 1, Status: 'Enabled' }),
      ]),
    );
    // The prefix the rule empties is the one the renderer writes exports under.
    expect(REPORT_KEY_PREFIXES).toContain('exports/');
  });

  it('logs access to the files and reports buckets', () => {
    const { synth } = stages[name];
    for (const bucket of Object.values(bucketIds(synth))) {
      expect(propertiesOf(synth.resources, bucket).LoggingConfiguration, bucket).toEqual({
        DestinationBucketName: { Ref: expect.stringMatching(/^DataAccessLogsBucket/) },
        LogFilePrefix: expect.any(String),
      });
    }
  });

  it('expires idempotency records by their TTL attribute', () => {
    const { synth } = stages[name];
    const [table] = idsOfType(synth.resources, 'AWS::DynamoDB::Table');
    expect(propertiesOf(synth.resources, table).TimeToLiveSpecification).toEqual({
      AttributeName: 'expiration',
      Enabled: true,
    });
  });

  it('mirrors the local table’s keys and index, with point-in-time recovery', () => {
    const { synth } = stages[name];
    const local = reportTableDefinition('local');
    const [tableId] = idsOfType(synth.resources, 'AWS::DynamoDB::Table');
    const table = propertiesOf(synth.resources, tableId as string);
    expect(table.KeySchema).toEqual(local.KeySchema);
    expect(new Set(table.AttributeDefinitions)).toEqual(new Set(local.AttributeDefinitions));
    expect(table.GlobalSecondaryIndexes).toEqual(local.GlobalSecondaryIndexes);
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });
});

describe('data outlives the stack outside dev', () => {
  it('prod retains table and buckets, and protects the table from deletion', () => {
    const { synth } = stages.prod;
    for (const id of [
      ...idsOfType(synth.resources, 'AWS::S3::Bucket'),
      ...idsOfType(synth.resources, 'AWS::DynamoDB::Table'),
    ]) {
      expect(synth.resources[id]?.DeletionPolicy, id).toBe('Retain');
    }
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { LogFilePrefix: 'files-bucket/' },
      VersioningConfiguration: { Status: 'Enabled' },
    });
  });

  it('dev deletes them with the stack and leaves the table unprotected', () => {
    const { synth } = stages.dev;
    for (const id of [
      ...idsOfType(synth.resources, 'AWS::S3::Bucket'),
      ...idsOfType(synth.resources, 'AWS::DynamoDB::Table'),
    ]) {
      expect(synth.resources[id]?.DeletionPolicy, id).toBe('Delete');
    }
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: false });
  });
});

describe.each(both)('%s: functions', (name) => {
  const cases = [
    { prefix: 'FunctionsReportApi', setting: 'reportApi', architecture: 'arm64', layers: 0 },
    { prefix: 'FunctionsPdfRenderer', setting: 'pdfRenderer', architecture: 'x86_64', layers: 2 },
    { prefix: 'FunctionsReportWorker', setting: 'reportWorker', architecture: 'arm64', layers: 0 },
  ] as const;

  it.each(cases)(
    '$setting: nodejs24.x on $architecture with the stage’s memory, timeout and concurrency',
    (c) => {
      const { config, synth } = stages[name];
      const settings = config.functions[c.setting];
      const fn = propertiesOf(synth.resources, functionId(synth.resources, c.prefix));
      expect(fn.Runtime).toBe('nodejs24.x');
      expect(fn.Architectures).toEqual([c.architecture]);
      expect(fn.MemorySize).toBe(settings.memoryMb);
      expect(fn.Timeout).toBe(settings.timeoutSeconds);
      expect(fn.ReservedConcurrentExecutions).toBe(settings.reservedConcurrency ?? undefined);
      expect(fn.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Handler).toBe('index.handler');
      expect(fn.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(fn.Layers ?? []).toHaveLength(c.layers);
    },
  );

  it('the renderer runs with the Chromium (x86_64) and fonts layers', () => {
    const { synth } = stages[name];
    const fn = propertiesOf(synth.resources, functionId(synth.resources, 'FunctionsPdfRenderer'));
    expect(fn.Layers).toEqual([
      { Ref: expect.stringMatching(/^LayersChromium/) },
      { Ref: expect.stringMatching(/^LayersFonts/) },
    ]);
    synth.template.hasResourceProperties('AWS::Lambda::LayerVersion', {
      Description: Match.stringLikeRegexp('sparticuz/chromium'),
      CompatibleArchitectures: ['x86_64'],
      CompatibleRuntimes: ['nodejs24.x'],
    });
  });

  it('every function logs to its own log group with the stage’s retention', () => {
    const { config, synth } = stages[name];
    for (const id of idsOfType(synth.resources, 'AWS::Lambda::Function')) {
      const fn = propertiesOf(synth.resources, id);
      const logGroup = fn.LoggingConfig.LogGroup.Ref as string;
      expect(synth.resources[logGroup]?.Properties?.RetentionInDays, id).toBe(config.logRetentionDays);
      expect(fn.LoggingConfig.LogFormat).toBe('JSON');
    }
  });

  it.each([
    ['report-api', 'FunctionsReportApi', {}],
    [
      'report-worker',
      'FunctionsReportWorker',
      {
        EVENT_BUS_NAME: { Ref: expect.stringMatching(/^EventsBus/) },
        POWERTOOLS_METRICS_NAMESPACE: `InterviewReports/${name}`,
      },
    ],
  ])(
    '%s knows the renderer, the table and both buckets (the worker: its bus and metrics namespace too)',
    (_, prefix, more) => {
      const { config, synth } = stages[name];
      const fn = propertiesOf(synth.resources, functionId(synth.resources, prefix));
      const { files, reports } = bucketIds(synth);
      expect(fn.Environment.Variables).toMatchObject({
        TABLE_NAME: { Ref: expect.stringMatching(/^DataReportTable/) },
        FILES_BUCKET: { Ref: files },
        REPORTS_BUCKET: { Ref: reports },
        SIGNED_URL_TTL_SECONDS: String(config.urls.signedUrlTtlSeconds),
        PDF_RENDERER_FUNCTION_NAME: { Ref: functionId(synth.resources, 'FunctionsPdfRenderer') },
        ...more,
      });
    },
  );
});

/** Actions that AWS offers no resource-level permission for, each with where it comes from. */
const ACTIONS_WITHOUT_RESOURCE_TYPES = new Set([
  // Added by active tracing; X-Ray defines no resource types for them.
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
]);

/**
 * A function's statements, summarized, and what running the report pipeline grants (in order: its
 * log group, X-Ray, table reads, the result update, objects, listing, staging, the renderer).
 */
function pipelineGrants(synth: SynthesizedStage, prefix: string, pdfPrefixes: string[]) {
  const { files, reports } = bucketIds(synth);
  const table = idsOfType(synth.resources, 'AWS::DynamoDB::Table')[0] as string;
  const logs = idsOfType(synth.resources, 'AWS::Logs::LogGroup').find((id) => id.startsWith(`${prefix}Logs`));
  const actual = statementsOfFunction(synth.resources, functionId(synth.resources, prefix)).map(summarize);
  const expected = [
    { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logs] },
    { actions: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], resources: ['*'] },
    { actions: ['dynamodb:BatchGetItem', 'dynamodb:GetItem'], resources: [table] },
    { actions: ['dynamodb:UpdateItem'], resources: [table] },
    {
      actions: ['s3:GetObject'],
      resources: [
        `${files}/files/*`,
        `${files}/recordings/*`,
        ...pdfPrefixes.map((pdfPrefix) => `${reports}/${pdfPrefix}*`),
      ].sort(),
    },
    { actions: ['s3:ListBucket'], resources: [reports] },
    { actions: ['s3:PutObject'], resources: [`${reports}/render-input/*`] },
    { actions: ['lambda:InvokeFunction'], resources: [functionId(synth.resources, 'FunctionsPdfRenderer')] },
  ];
  return { actual, expected, table };
}

describe.each(both)('%s: least privilege', (name) => {
  it('no statement allows a "*" action, and "*" resources only where AWS has no resource types', () => {
    const { synth } = stages[name];
    const statements = allIdentityStatements(synth.resources);
    expect(statements.length).toBeGreaterThan(0);
    for (const { policy, statement } of statements) {
      const actions = asArray(statement.Action);
      for (const action of actions) expect(action, policy).not.toMatch(/\*/);
      for (const resource of asArray(statement.Resource)) {
        if (resource === '*') {
          for (const action of actions)
            expect(ACTIONS_WITHOUT_RESOURCE_TYPES.has(action), `${policy} ${action}`).toBe(true);
        } else {
          // Named: a reference to a resource of the stack, or an ARN string naming one.
          expect(typeof resource === 'object' || /^arn:/.test(String(resource)), policy).toBe(true);
        }
      }
    }
  });

  it('the renderer may write PDFs under the report prefixes and read staged HTML, nothing else in S3', () => {
    const { synth } = stages[name];
    const { reports } = bucketIds(synth);
    const s3 = statementsOfFunction(synth.resources, functionId(synth.resources, 'FunctionsPdfRenderer'))
      .map(summarize)
      .filter((statement) => statement.actions.some((action) => action.startsWith('s3:')));
    expect(s3).toEqual([
      { actions: ['s3:PutObject'], resources: [`${reports}/exports/*`, `${reports}/reports/*`] },
      { actions: ['s3:DeleteObject', 's3:GetObject'], resources: [`${reports}/render-input/*`] },
    ]);
  });

  it('report-api reads file pages, recordings and PDFs, stages HTML, reads the table and invokes only the renderer', () => {
    const { actual, expected } = pipelineGrants(stages[name].synth, 'FunctionsReportApi', [
      'exports/',
      'reports/',
    ]);
    expect(actual).toEqual(expected);
  });

  it.each(['FunctionsReportApi', 'FunctionsReportWorker'])(
    '%s may update only the PDF fields of result items (and read what the write’s condition reads), returning nothing',
    (fn) => {
      const { synth } = stages[name];
      const [update] = statementsOfFunction(synth.resources, functionId(synth.resources, fn)).filter(
        (statement) =>
          statement.Action === 'dynamodb:UpdateItem' &&
          JSON.stringify(statement.Condition).includes('RESULT#'),
      );
      expect(update?.Condition).toEqual({
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RESULT#*'] },
        'ForAllValues:StringEquals': {
          'dynamodb:Attributes': [
            'pk',
            'sk',
            'merchant_id',
            'pdf_export_url',
            'pdf_export_valid_until',
            'pdf_export_version',
          ],
        },
        StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
      });
      // The key the conditions allow is the one results are stored under.
      expect(reportTableDefinition('t').KeySchema?.map((key) => key.AttributeName)).toEqual(['pk', 'sk']);
    },
  );

  it('report-worker runs the report pipeline on reports/ only, keeps its idempotency records in their own partition, publishes on its bus and consumes its queue', () => {
    const { synth } = stages[name];
    const { actual, expected, table } = pipelineGrants(synth, 'FunctionsReportWorker', ['reports/']);
    const bus = idsOfType(synth.resources, 'AWS::Events::EventBus')[0];
    const queue = idsOfType(synth.resources, 'AWS::SQS::Queue').find((id) => id.startsWith('EventsQueue'));
    expect(actual).toEqual([
      ...expected,
      { actions: ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], resources: [table] },
      { actions: ['events:PutEvents'], resources: [bus] },
      {
        actions: [
          'sqs:ChangeMessageVisibility',
          'sqs:DeleteMessage',
          'sqs:GetQueueAttributes',
          'sqs:GetQueueUrl',
          'sqs:ReceiveMessage',
        ],
        resources: [queue],
      },
    ]);
    const statements = statementsOfFunction(
      synth.resources,
      functionId(synth.resources, 'FunctionsReportWorker'),
    );
    const idempotency = statements.find((statement) =>
      asArray(statement.Action).includes('dynamodb:PutItem'),
    );
    expect(idempotency?.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['IDEMPOTENCY#report-worker'] },
    });
  });

  it('the files-bucket prefixes granted are the ones the key builders write under', () => {
    const page = filePageKey({ merchantId: 'm', candidateId: 'c', fileId: 'f' }, 1, 'png');
    const recording = recordingKey({ merchantId: 'm', resultId: 'r' }, { kind: 'session' }, 'ogg');
    expect(FILES_BUCKET_PREFIXES.some((prefix) => page.startsWith(prefix))).toBe(true);
    expect(FILES_BUCKET_PREFIXES.some((prefix) => recording.startsWith(prefix))).toBe(true);
  });
});

describe.each(both)('%s: events', (name) => {
  it('routes "interview result completed" from the stage’s bus to an encrypted, TLS-only queue with a DLQ', () => {
    const { config, synth } = stages[name];
    synth.template.hasResourceProperties('AWS::Events::EventBus', { Name: `interview-reports-${name}` });
    const [queueId, dlqId] = ['EventsQueue', 'EventsDeadLetterQueue'].map(
      (prefix) => idsOfType(synth.resources, 'AWS::SQS::Queue').find((id) => id.startsWith(prefix)) as string,
    );
    synth.template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: Match.stringLikeRegexp('^EventsBus') },
      EventPattern: { source: ['jobmojito.interviews'], 'detail-type': ['Interview Result Completed'] },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } })],
    });
    const queue = propertiesOf(synth.resources, queueId as string);
    expect(queue.SqsManagedSseEnabled).toBe(true);
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] },
      maxReceiveCount: config.events.maxReceiveCount,
    });
    expect(queue.VisibilityTimeout).toBe(config.functions.reportWorker.timeoutSeconds * 6);
    for (const id of [queueId, dlqId]) {
      synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('timeouts agree: the renderer ends before the worker that waits for it, the queue hides a message for 6 × the worker’s timeout', () => {
    const { synth } = stages[name];
    const timeout = (prefix: string) =>
      propertiesOf(synth.resources, functionId(synth.resources, prefix)).Timeout as number;
    const worker = timeout('FunctionsReportWorker');
    const renderer = timeout('FunctionsPdfRenderer');
    const queue = idsOfType(synth.resources, 'AWS::SQS::Queue').find((id) => id.startsWith('EventsQueue'));
    // AWS Lambda Developer Guide, "Using Lambda with Amazon SQS": visibility timeout at least six
    // times the function timeout.
    expect(propertiesOf(synth.resources, queue).VisibilityTimeout).toBeGreaterThanOrEqual(6 * worker);
    expect(worker).toBeGreaterThanOrEqual(renderer + WORKER_BEYOND_RENDERER_SECONDS);
    // The worker's in-progress idempotency records expire with its invocation: before a redelivery.
    expect(worker).toBeLessThan(propertiesOf(synth.resources, queue).VisibilityTimeout);
  });

  it('report-worker drains the queue reporting partial batch failures', () => {
    const { config, synth } = stages[name];
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionId(synth.resources, 'FunctionsReportWorker') },
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^EventsQueue'), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: config.events.batchSize,
      ScalingConfig: { MaximumConcurrency: config.events.maxConcurrency },
    });
  });
});

describe.each(both)('%s: operations', (name) => {
  it('alarms on 5xx rate, renderer errors and p95 duration, dead letters and throttles, to the stage’s topic', () => {
    const { config, synth } = stages[name];
    const [topicId] = idsOfType(synth.resources, 'AWS::SNS::Topic');
    synth.template.hasResourceProperties('AWS::SNS::Topic', {
      TopicName: `interview-reports-alarms-${name}`,
    });
    const alarms = idsOfType(synth.resources, 'AWS::CloudWatch::Alarm').map(
      (id) => [id, propertiesOf(synth.resources, id)] as const,
    );
    const byPrefix = (prefix: string) => alarms.filter(([id]) => id.startsWith(prefix)).map(([, a]) => a);

    const [rate] = byPrefix('MonitoringApiServerErrorRate');
    expect(rate?.Threshold).toBe(config.alarms.serverErrorRatePercent);
    expect(JSON.stringify(rate?.Metrics)).toContain('5xx');
    expect(byPrefix('MonitoringRendererErrors')[0]).toMatchObject({ MetricName: 'Errors', Threshold: 1 });
    expect(byPrefix('MonitoringRendererDurationP95')[0]).toMatchObject({
      MetricName: 'Duration',
      ExtendedStatistic: 'p95',
      Threshold: config.alarms.rendererDurationP95Ms,
    });
    expect(byPrefix('MonitoringDeadLetters')[0]).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        {
          Name: 'QueueName',
          Value: { 'Fn::GetAtt': [expect.stringMatching(/^EventsDeadLetterQueue/), 'QueueName'] },
        },
      ],
    });
    const throttles = alarms.filter(([id]) => /Throttles/.test(id));
    expect(throttles.map(([, a]) => a.MetricName)).toEqual(['Throttles', 'Throttles', 'Throttles']);
    for (const [id, alarm] of alarms) expect(alarm.AlarmActions, id).toEqual([{ Ref: topicId }]);
  });

  it('the alarm topic refuses publishers without TLS', () => {
    const { synth } = stages[name];
    synth.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('has a dashboard, with report-worker’s own metrics', () => {
    const { synth } = stages[name];
    synth.template.hasResourceProperties('AWS::CloudWatch::Dashboard', {
      DashboardName: `interview-reports-${name}`,
    });
    const [dashboard] = idsOfType(synth.resources, 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(propertiesOf(synth.resources, dashboard).DashboardBody);
    for (const metric of Object.values(REPORT_WORKER_METRICS)) {
      expect(body).toContain(
        `\\"InterviewReports/${name}\\",\\"${metric}\\",\\"service\\",\\"report-worker\\"`,
      );
    }
  });
});

describe.each(both)('%s: cdk-nag', (name) => {
  it('AwsSolutions leaves no unacknowledged finding, error or warning', () => {
    expect(stages[name].synth.violations).toEqual([]);
  });
});
