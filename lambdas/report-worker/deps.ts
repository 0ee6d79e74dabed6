/**
 * report-worker's adapters, built once per container: the report pipeline's adapters exactly as
 * report-api builds them (reading consistently: the event follows the result's write), the
 * EventBridge publisher of "report ready" on the stage's bus, and Powertools idempotency on the
 * report table. Locally the config's endpoints point the same clients at the local stack. The only
 * place they are built.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import {
  createEventBridgeClient,
  EventBridgeReportReadyPublisher,
} from '../../shared/adapters/aws/eventbridge-report-ready-publisher.ts';
import {
  PowertoolsIdempotentSteps,
  reportTableIdempotencyStore,
} from '../../shared/adapters/aws/powertools-idempotent-steps.ts';
import type { RuntimeConfig } from '../../shared/config.ts';
import { reportApiDeps } from '../report-api/deps.ts';

/**
 * A record answers repeats of its event for a day: EventBridge retries delivering an event for up to
 * 24 hours (its default maximum event age), SQS redelivers within maxReceiveCount × the visibility
 * timeout (30 minutes at most here). Later, the content-addressed PDF is still found and re-signed.
 */
const IDEMPOTENCY_EXPIRY_SECONDS = 24 * 60 * 60;

/**
 * @example const { useCase, steps } = reportWorkerDeps(loadConfig(), logger);
 */
export function reportWorkerDeps(config: RuntimeConfig, logger: Logger) {
  if (!config.eventBusName) throw new Error('Missing environment variable EVENT_BUS_NAME');
  const clients = createAwsClients(config);
  const steps = new PowertoolsIdempotentSteps(reportTableIdempotencyStore(clients.dynamo, config.tableName), {
    expiresAfterSeconds: IDEMPOTENCY_EXPIRY_SECONDS,
  });
  return {
    steps,
    useCase: {
      report: reportApiDeps(config, logger, { clients, consistentRead: true }),
      ready: new EventBridgeReportReadyPublisher(createEventBridgeClient(config), config.eventBusName),
      steps,
    },
  };
}
