/**
 * What `npm run emit` and `npm run dlq -- --redrive` print about a delivery: each message's fate, and
 * what to do about the ones that ended in the dead-letter list.
 */
import type { DeliveryReport } from './local-queue.ts';

/**
 * @example console.log(deliverySummary(report).join('\n'));
 */
export function deliverySummary(report: DeliveryReport): string[] {
  const lines = report.messages.map(({ message_id, receives, outcome }) => {
    const times = `${receives} receive${receives === 1 ? '' : 's'}`;
    return outcome === 'acknowledged'
      ? `  message ${message_id}: acknowledged after ${times}`
      : `  message ${message_id}: dead-lettered after ${times}`;
  });
  lines.push(`  (${report.invocations} report-worker invocation${report.invocations === 1 ? '' : 's'})`);
  if (report.messages.some((message) => message.outcome === 'dead_lettered')) {
    lines.push('  `npm run dlq` lists the dead letters; `npm run dlq -- --redrive` sends them again.');
  }
  return lines;
}
