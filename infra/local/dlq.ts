/**
 * `npm run dlq [-- --redrive]`: the messages the running local stack's worker queue gave up on (after
 * the stage's maxReceiveCount), as JSON; with `--redrive`, sends them back to the queue and prints
 * what became of them, as SQS's "redrive to source" does in AWS (docs/deploy.md).
 */
import { parseArgs } from 'node:util';
import { deliverySummary } from './delivery-summary.ts';
import { deadLetters, redriveDeadLetters } from './local-control-client.ts';
import { readRunningStackState, StackNotRunningError } from './stack-state.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { redrive: { type: 'boolean' } }, strict: true });
  const state = readRunningStackState();
  if (!values.redrive) {
    process.stdout.write(`${JSON.stringify(await deadLetters(state.eventsEndpoint), null, 2)}\n`);
    return;
  }
  const report = await redriveDeadLetters(state.eventsEndpoint);
  console.log(`Redrove ${report.messages.length} dead letter${report.messages.length === 1 ? '' : 's'}`);
  if (report.messages.length > 0) console.log(deliverySummary(report).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof StackNotRunningError ? error.message : error);
  process.exitCode = 1;
});
