/**
 * The whole service for one stage: data, layers, functions, API, events and operations, wired from the
 * stage's validated settings.
 */
import { CfnOutput, RemovalPolicy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stages/stage-config.ts';
import { DataStorage } from './data-storage.ts';
import { InterviewEvents } from './interview-events.ts';
import { RendererLayers } from './renderer-layers.ts';
import { ReportHttpApi } from './report-http-api.ts';
import { ServiceFunctions } from './service-functions.ts';
import { ServiceMonitoring } from './service-monitoring.ts';

export interface ReportServiceStackProps extends StackProps {
  config: StageConfig;
}

export class ReportServiceStack extends Stack {
  readonly data: DataStorage;
  readonly functions: ServiceFunctions;
  readonly api: ReportHttpApi;
  readonly events: InterviewEvents;
  readonly monitoring: ServiceMonitoring;

  constructor(scope: Construct, id: string, props: ReportServiceStackProps) {
    const { config } = props;
    super(scope, id, {
      ...props,
      description: `Interview report service (${config.stage}): POST /job-interview-pdf, PDF renderer, events`,
      env: { region: config.region, account: config.account ?? undefined },
      terminationProtection: config.stage !== 'dev',
    });
    Tags.of(this).add('service', 'interview-reports');
    Tags.of(this).add('stage', config.stage);
    const retainOrDestroy = config.removalPolicy === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.data = new DataStorage(this, 'Data', { config });
    // Old layer versions stay outside dev, so a rolled-back function still finds the layers it ran with.
    const layers = new RendererLayers(this, 'Layers', { removalPolicy: retainOrDestroy });
    this.functions = new ServiceFunctions(this, 'Functions', { config, data: this.data, layers });
    this.api = new ReportHttpApi(this, 'Api', {
      config,
      reportApi: this.functions.reportApi.function,
      jwtAuthorizer: this.functions.jwtAuthorizer?.function,
      logRemovalPolicy: RemovalPolicy.DESTROY,
    });
    this.events = new InterviewEvents(this, 'Events', {
      config,
      reportWorker: this.functions.reportWorker.function,
    });
    this.monitoring = new ServiceMonitoring(this, 'Monitoring', {
      config,
      api: this.api.api,
      functions: {
        reportApi: this.functions.reportApi.function,
        pdfRenderer: this.functions.pdfRenderer.function,
        reportWorker: this.functions.reportWorker.function,
        ...(this.functions.jwtAuthorizer ? { jwtAuthorizer: this.functions.jwtAuthorizer.function } : {}),
      },
      queue: this.events.queue,
      deadLetterQueue: this.events.deadLetterQueue,
      metricsNamespace: this.functions.metricsNamespace,
    });

    new CfnOutput(this, 'ReportUrl', { value: this.api.reportUrl, description: 'POST here' });
    new CfnOutput(this, 'EventBusName', { value: this.events.bus.eventBusName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'FilesBucketName', { value: this.data.filesBucket.bucketName });
    new CfnOutput(this, 'ReportsBucketName', { value: this.data.reportsBucket.bucketName });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName });
  }
}
