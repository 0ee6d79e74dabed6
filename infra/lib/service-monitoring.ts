/**
 * Operations: the stage's alarm topic, the alarms an on-call person acts on (API 5xx rate, renderer
 * errors and p95 duration, dead letters, throttles) and a dashboard of the same signals, with
 * report-worker's own metrics (Powertools Metrics, EMF: shared/handlers/report-worker-outcomes.ts).
 */
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { REPORT_WORKER_METRICS } from '../../shared/handlers/report-worker-outcomes.ts';
import type { StageConfig } from '../stages/stage-config.ts';

const PERIOD = Duration.minutes(5);

export interface ServiceMonitoringProps {
  config: StageConfig;
  api: HttpApi;
  functions: {
    reportApi: IFunction;
    pdfRenderer: IFunction;
    reportWorker: IFunction;
    jwtAuthorizer?: IFunction;
  };
  queue: Queue;
  deadLetterQueue: Queue;
  /** Namespace of the functions' EMF metrics (`POWERTOOLS_METRICS_NAMESPACE`). */
  metricsNamespace: string;
}

export class ServiceMonitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ServiceMonitoringProps) {
    super(scope, id);
    const { config, api, functions } = props;

    this.topic = new Topic(this, 'AlarmTopic', {
      topicName: `interview-reports-alarms-${config.stage}`,
      displayName: `Interview reports (${config.stage}) alarms`,
      enforceSSL: true,
    });
    if (config.alarms.email) this.topic.addSubscription(new EmailSubscription(config.alarms.email));
    const notify = new SnsAction(this.topic);
    const track = (alarm: Alarm): Alarm => {
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
      this.alarms.push(alarm);
      return alarm;
    };

    const requests = api.metricCount({ period: PERIOD, statistic: 'Sum' });
    const serverErrors = api.metricServerError({ period: PERIOD, statistic: 'Sum' });
    const serverErrorRate = new MathExpression({
      expression: 'IF(requests > 0, 100 * errors / requests, 0)',
      usingMetrics: { requests, errors: serverErrors },
      period: PERIOD,
      label: '5xx rate (%)',
    });
    track(
      new Alarm(this, 'ApiServerErrorRate', {
        alarmDescription: `More than ${config.alarms.serverErrorRatePercent}% of POST /job-interview-pdf requests answered 5xx in 5 minutes`,
        metric: serverErrorRate,
        threshold: config.alarms.serverErrorRatePercent,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    const rendererErrors = functions.pdfRenderer.metricErrors({ period: PERIOD, statistic: 'Sum' });
    track(
      new Alarm(this, 'RendererErrors', {
        alarmDescription: 'The PDF renderer failed at least once in 5 minutes (crash, time limit, Chromium)',
        metric: rendererErrors,
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    const rendererP95 = functions.pdfRenderer.metricDuration({ period: PERIOD, statistic: 'p95' });
    track(
      new Alarm(this, 'RendererDurationP95', {
        alarmDescription: `The PDF renderer's p95 duration exceeded ${config.alarms.rendererDurationP95Ms} ms over 5 minutes`,
        metric: rendererP95,
        threshold: config.alarms.rendererDurationP95Ms,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    const deadLetters = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: PERIOD,
      statistic: 'Maximum',
    });
    track(
      new Alarm(this, 'DeadLetters', {
        alarmDescription: 'Events gave up on report-worker and wait in the dead-letter queue',
        metric: deadLetters,
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    const named = Object.entries(functions).filter(
      (entry): entry is [string, IFunction] => entry[1] !== undefined,
    );
    for (const [name, fn] of named) {
      const id = `${name[0]?.toUpperCase()}${name.slice(1)}Throttles`;
      track(
        new Alarm(this, id, {
          alarmDescription: `${name} was throttled (reserved concurrency or account limit reached)`,
          metric: fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `interview-reports-${config.stage}`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }));
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [requests, api.metricClientError({ period: PERIOD, statistic: 'Sum' }), serverErrors],
        right: [serverErrorRate],
        width: 12,
      }),
      new GraphWidget({
        title: 'API latency (ms)',
        left: ['p50', 'p95', 'p99'].map((statistic) => api.metricLatency({ period: PERIOD, statistic })),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Invocations',
        left: named.map(([, fn]) => fn.metricInvocations({ period: PERIOD, statistic: 'Sum' })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Errors and throttles',
        left: named.map(([, fn]) => fn.metricErrors({ period: PERIOD, statistic: 'Sum' })),
        right: named.map(([, fn]) => fn.metricThrottles({ period: PERIOD, statistic: 'Sum' })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Duration p95 (ms)',
        left: named.map(([, fn]) => fn.metricDuration({ period: PERIOD, statistic: 'p95' })),
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Events queue',
        left: [
          props.queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
          deadLetters,
        ],
        right: [props.queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum' })],
        width: 24,
      }),
    );
    // Powertools Metrics adds the service name as the one dimension of every metric.
    const workerMetric = (metricName: string, statistic: string) =>
      new Metric({
        namespace: props.metricsNamespace,
        metricName,
        dimensionsMap: { service: 'report-worker' },
        period: PERIOD,
        statistic,
      });
    const { renderMilliseconds, ...counts } = REPORT_WORKER_METRICS;
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'report-worker: events by outcome',
        left: Object.values(counts).map((name) => workerMetric(name, 'Sum')),
        width: 16,
      }),
      new GraphWidget({
        title: 'report-worker: render time (ms)',
        left: ['p50', 'p95', 'Maximum'].map((statistic) => workerMetric(renderMilliseconds, statistic)),
        width: 8,
      }),
    );
  }
}
