/**
 * What an operator sees of each report-worker message: one structured log line and its CloudWatch
 * metrics (Powertools Metrics, written as EMF to stdout with the invocation's other metrics: no
 * PutMetricData call). The dashboard (infra/lib/service-monitoring.ts) plots these names.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { StepInProgressError } from '../errors.ts';
import type { CompletedReportOutcome } from '../usecases/generate-completed-report.ts';

/** The metric names, as the dashboard reads them. */
export const REPORT_WORKER_METRICS = {
  /** A result got its stored report and "ready" was published. */
  generated: 'ReportsGenerated',
  /** …of which the PDF was found stored already and only re-signed (no Chromium). */
  cacheHits: 'ReportCacheHits',
  /** A redelivered or duplicated event, answered with the first delivery's report. */
  duplicates: 'DuplicateEvents',
  /** The interview does not export automatically. */
  skipped: 'ReportsSkipped',
  /** Acknowledged without a report: unknown result, another merchant's, not completed, bad config, superseded. */
  dropped: 'ReportsDropped',
  /** Handed back to SQS to retry (and, after maxReceiveCount, to the dead-letter queue). */
  failed: 'ReportsFailed',
  /** Handed back because another delivery of the same event is rendering right now. */
  deferred: 'EventsDeferred',
  /** Time in the renderer (Chromium, via its Lambda) per rendered PDF. */
  renderMilliseconds: 'RenderMilliseconds',
} as const;

export interface OutcomeObservers {
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  metrics: Pick<Metrics, 'addMetric'>;
}

/**
 * Logs and counts a message that was acknowledged.
 *
 * @example observeOutcome(await generateCompletedReport(record.body, deps), { logger, metrics });
 */
export function observeOutcome(outcome: CompletedReportOutcome, { logger, metrics }: OutcomeObservers): void {
  const count = (name: string) => metrics.addMetric(name, MetricUnit.Count, 1);
  const ref = {
    event_id: outcome.event_id,
    interview_result_id: outcome.interview_result_id,
    merchant_id: outcome.merchant_id,
  };
  switch (outcome.status) {
    case 'generated': {
      const facts = {
        ...ref,
        object_key: outcome.detail.object_key,
        content_hash: outcome.detail.content_hash,
        version: outcome.detail.version,
      };
      if (outcome.repeat) {
        count(REPORT_WORKER_METRICS.duplicates);
        logger.info('Report already generated for this event; acknowledged', facts);
        return;
      }
      count(REPORT_WORKER_METRICS.generated);
      if (outcome.render_ms === null) count(REPORT_WORKER_METRICS.cacheHits);
      else
        metrics.addMetric(
          REPORT_WORKER_METRICS.renderMilliseconds,
          MetricUnit.Milliseconds,
          outcome.render_ms,
        );
      logger.info('Report generated', { ...facts, render_ms: outcome.render_ms });
      return;
    }
    case 'skipped':
      count(REPORT_WORKER_METRICS.skipped);
      logger.info('Report skipped: the interview does not export automatically', {
        ...ref,
        reason: outcome.reason,
      });
      return;
    case 'dropped':
      count(REPORT_WORKER_METRICS.dropped);
      logger.warn('Event dropped: no report', {
        ...ref,
        reason: outcome.reason,
        ...(outcome.field ? { field: outcome.field } : {}),
      });
      return;
  }
}

/**
 * Logs and counts a message that is handed back to SQS.
 *
 * @example observeFailure(record.messageId, error, { logger, metrics });
 */
export function observeFailure(
  messageId: string,
  error: unknown,
  { logger, metrics }: OutcomeObservers,
): void {
  if (error instanceof StepInProgressError) {
    metrics.addMetric(REPORT_WORKER_METRICS.deferred, MetricUnit.Count, 1);
    logger.info('Event deferred: another delivery of it is being processed', { message_id: messageId });
    return;
  }
  metrics.addMetric(REPORT_WORKER_METRICS.failed, MetricUnit.Count, 1);
  logger.error('Message failed', { message_id: messageId, error: error as Error });
}
