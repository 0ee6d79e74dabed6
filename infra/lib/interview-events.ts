/**
 * "Interview result completed" events: the stage's EventBridge bus, a rule matching the event, an
 * encrypted TLS-only SQS queue with a dead-letter queue, and report-worker draining the queue with
 * partial batch failures and announcing each report on the same bus ("Interview Result Report Ready",
 * which the rule does not match, so nothing loops).
 */
import { Duration } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INTERVIEW_RESULT_COMPLETED } from '../../shared/events/interview-result-completed.ts';
import type { StageConfig } from '../stages/stage-config.ts';

// AWS's guidance for Lambda consumers: visibility timeout at least six times the function timeout, so a
// message is not redelivered while a throttled or retried invocation still holds it.
const VISIBILITY_TIMEOUT_FACTOR = 6;
// SQS's maximum: a failed event stays in the DLQ for two weeks of investigation and redrive.
const DLQ_RETENTION = Duration.days(14);

export interface InterviewEventsProps {
  config: StageConfig;
  reportWorker: LambdaFunction;
}

export class InterviewEvents extends Construct {
  readonly bus: EventBus;
  readonly rule: Rule;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: InterviewEventsProps) {
    super(scope, id);
    const { config } = props;
    const secured = { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true };

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', { ...secured, retentionPeriod: DLQ_RETENTION });
    this.queue = new Queue(this, 'Queue', {
      ...secured,
      visibilityTimeout: Duration.seconds(
        config.functions.reportWorker.timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR,
      ),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: config.events.maxReceiveCount },
    });

    // The platform publishes here; the name is stable so producers can be configured with it.
    this.bus = new EventBus(this, 'Bus', { eventBusName: `interview-reports-${config.stage}` });
    this.rule = new Rule(this, 'InterviewResultCompleted', {
      eventBus: this.bus,
      description: 'Interview result completed → report-worker queue',
      eventPattern: {
        source: [INTERVIEW_RESULT_COMPLETED.source],
        detailType: [INTERVIEW_RESULT_COMPLETED.detailType],
      },
      targets: [new SqsQueue(this.queue)],
    });

    props.reportWorker.addEnvironment('EVENT_BUS_NAME', this.bus.eventBusName);
    // events:PutEvents on this bus only.
    this.bus.grantPutEventsTo(props.reportWorker);

    props.reportWorker.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: config.events.batchSize,
        maxConcurrency: config.events.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
  }
}
