/**
 * `npm run emit -- result-completed <result-id> [--merchant <id>] [--times <n>]`: sends "interview
 * result completed" for a result to the running local stack's report-worker queue, as the platform's
 * event would arrive through the rule, waits until every message is acknowledged or dead-lettered, and
 * prints what happened: deliveries, the "ready" events, the result's `pdf_export_url`.
 *
 * The merchant is read from the result in the local table unless `--merchant` names one (to see an
 * event for another merchant's result dropped). `--times n` sends the same event n times (a duplicate).
 */
import { parseArgs } from 'node:util';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { DynamoReportRepository } from '../../shared/adapters/aws/dynamo-report-repository.ts';
import { loadConfig } from '../../shared/config.ts';
import { INTERVIEW_RESULT_REPORT_READY } from '../../shared/events/interview-result-report-ready.ts';
import { completedEvent } from './completed-event.ts';
import { deliverySummary } from './delivery-summary.ts';
import { busEvents, sendToQueue } from './local-control-client.ts';
import { readRunningStackState, StackNotRunningError } from './stack-state.ts';

const USAGE = 'usage: npm run emit -- result-completed <result-id> [--merchant <merchant-id>] [--times <n>]';

class EmitCommandError extends Error {}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      merchant: { type: 'string' },
      times: { type: 'string', default: '1' },
      help: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return console.log(USAGE);
  const [kind, resultId, ...rest] = positionals;
  if (kind !== 'result-completed' || !resultId || rest.length > 0) throw new EmitCommandError(USAGE);
  const times = Number(values.times);
  if (!Number.isInteger(times) || times < 1 || times > 100)
    throw new EmitCommandError('--times must be 1 to 100');

  const state = readRunningStackState();
  const { ddb } = createAwsClients(loadConfig(state.env));
  const repository = new DynamoReportRepository(ddb, state.tableName, { consistentRead: true });
  const result = async () => (await repository.loadResultBundles([resultId])).get(resultId)?.result;
  const merchantId = values.merchant ?? (await result())?.merchant_id;
  if (!merchantId) {
    throw new EmitCommandError(
      `No result ${resultId} in the local table. Give --merchant <merchant-id> to send the event anyway.`,
    );
  }

  const event = completedEvent({ interview_result_id: resultId, merchant_id: merchantId });
  const before = (await busEvents(state.eventsEndpoint)).length;
  console.log(
    `${event['detail-type']} ${event.id} for result ${resultId} of merchant ${merchantId}` +
      `${times > 1 ? `, ${times} times` : ''} → report-worker's queue`,
  );
  const report = await sendToQueue(state.eventsEndpoint, Array(times).fill(JSON.stringify(event)));
  console.log(deliverySummary(report).join('\n'));

  const ready = (await busEvents(state.eventsEndpoint))
    .slice(before)
    .filter((entry) => entry['detail-type'] === INTERVIEW_RESULT_REPORT_READY.detailType);
  for (const entry of ready) console.log(`Ready: ${JSON.stringify(entry.detail)}`);
  if (ready.length === 0)
    console.log('No "ready" event: see the stack\'s log for why (dropped, skipped, failed).');
  const now = await result();
  if (now?.pdf_export_url) {
    console.log(
      `The result's pdf_export_url (valid until ${now.pdf_export_valid_until}):\n  ${now.pdf_export_url}`,
    );
  }
  ddb.destroy();
}

main().catch((error: unknown) => {
  console.error(
    error instanceof EmitCommandError || error instanceof StackNotRunningError ? error.message : error,
  );
  process.exitCode = 1;
});
