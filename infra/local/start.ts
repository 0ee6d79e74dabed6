/**
 * `npm start`: the local stack with demo data on `http://127.0.0.1:${PORT:-3000}`, and what a newcomer
 * needs to send a first request. Ctrl-C (or SIGTERM) stops everything; nothing is left running.
 */

import { readDemoDocument } from './demo-document.ts';
import { autoExportDemoResult } from './demo-list.ts';
import type { SeedDocument } from './seed-loader.ts';
import { type LocalStack, startLocalStack } from './stack.ts';

/** Long enough for an afternoon of trying things; `npm run token` makes more. */
const DEMO_TOKEN_LIFETIME = '12h';

const bold = (text: string) => (process.stdout.isTTY ? `\u001b[1m${text}\u001b[22m` : text);
const dim = (text: string) => (process.stdout.isTTY ? `\u001b[2m${text}\u001b[22m` : text);

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0 picks a free one), got "${value}"`);
  }
  return port;
}

function describeDemo(document: Partial<SeedDocument>): {
  lines: string[];
  userId?: string;
  resultId?: string;
} {
  const merchants = new Map(
    (document.merchants ?? []).map((merchant) => [merchant.merchant_id, merchant.name]),
  );
  const merchantName = (id: string) => merchants.get(id) ?? id;
  const candidates = new Map(
    (document.candidates ?? []).map((candidate) => [candidate.candidate_id, candidate.name]),
  );
  const results = document.results ?? [];
  const memberships = document.memberships ?? [];
  const firstResult = results[0];
  const user = memberships.find((membership) => membership.merchant_id === firstResult?.merchant_id);

  const lines = [bold('Demo results') + dim('  (npm run demo:list prints them as JSON)')];
  for (const result of results) {
    const candidate = candidates.get(result.candidate_id) ?? '';
    lines.push(
      `  ${result.interview_result_id}  ${result.mojito_language_code.padEnd(3)} ${merchantName(result.merchant_id).padEnd(26)} ${dim(candidate)}`,
    );
  }
  lines.push('', bold('Users') + dim('  (a token acts for the merchant of its user)'));
  for (const membership of memberships) {
    lines.push(
      `  ${membership.user_id}  ${merchantName(membership.merchant_id).padEnd(26)} ${dim(membership.role)}`,
    );
  }
  return { lines, userId: user?.user_id, resultId: firstResult?.interview_result_id };
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  let stack: LocalStack | undefined;
  let stoppingSince: number | undefined;
  const shutdown = (): void => {
    if (stoppingSince !== undefined) {
      // One Ctrl-C arrives twice: from the terminal, and forwarded by npm. A later one means "now".
      if (Date.now() - stoppingSince < 1000) return;
      process.exit(130);
    }
    // During start-up: exit now; the exit handlers kill what already runs.
    if (!stack) process.exit(130);
    stoppingSince = Date.now();
    console.log('\nStopping the local stack…');
    stack
      .stop()
      .then(() => {
        console.log('Stopped: gateway, DynamoDB Local and s3rver are down; nothing is left running.');
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error('Stopping failed:', error);
        process.exit(1);
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);
  // A wrapper that dies without passing the signal on (a shell between npm and Node, npm killed
  // outright) leaves this process orphaned: stop as if told to.
  const parent = process.ppid;
  const orphanWatch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(orphanWatch);
    shutdown();
  }, 1000).unref();

  const started = performance.now();
  console.log('Starting the local stack (DynamoDB Local, s3rver, demo data, gateway)…');
  try {
    stack = await startLocalStack({
      port,
      log: (line) => console.log(dim(`[gateway] ${line}`)),
      eventLog: (line) => console.log(line),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${port} is in use. Start on another one: PORT=${port + 1} npm start`, {
        cause: error,
      });
    }
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const demo = describeDemo(readDemoDocument());
  const env = stack.env;

  const out: string[] = [
    '',
    `${bold('Local stack is up')} in ${seconds} s`,
    '',
    `  API       POST ${stack.url}/job-interview-pdf`,
    `  JWKS      ${stack.url}/auth/v1/.well-known/jwks.json  ${dim(`(issuer ${stack.issuer})`)}`,
    `  DynamoDB  ${env.DYNAMODB_ENDPOINT}  ${dim(`(DynamoDB Local, in memory; table ${env.TABLE_NAME})`)}`,
    `  S3        ${env.S3_ENDPOINT}  ${dim(`(s3rver; buckets ${env.FILES_BUCKET}, ${env.REPORTS_BUCKET})`)}`,
    `  Lambda    ${env.LAMBDA_ENDPOINT}  ${dim(`(Invoke API: ${env.PDF_RENDERER_FUNCTION_NAME}, report-worker; each started on first use)`)}`,
    `  Events    ${env.EVENTBRIDGE_ENDPOINT}  ${dim(`(bus ${env.EVENT_BUS_NAME}; report-worker's queue and dead letters)`)}`,
    '',
    ...demo.lines,
  ];
  if (demo.userId && demo.resultId) {
    const token = await stack.tokenFor(demo.userId, { expiresIn: DEMO_TOKEN_LIFETIME });
    const body = JSON.stringify({ interview_result_id: demo.resultId, export_type: 'json' });
    out.push(
      '',
      `${bold('Token')} for user ${demo.userId} ${dim(`(valid ${DEMO_TOKEN_LIFETIME}; more: npm run token -- --user <user-id>)`)}`,
      `  ${token}`,
      '',
      bold('Try it'),
      `  curl -sS -X POST ${stack.url}/job-interview-pdf \\`,
      `    -H 'Authorization: Bearer ${token}' \\`,
      `    -H 'Content-Type: application/json' \\`,
      `    -d '${body}'`,
    );
  }
  const completed = autoExportDemoResult(readDemoDocument());
  if (completed) {
    out.push(
      '',
      `${bold('Event-driven reports')} ${dim('(a completed result with no report yet; its interview exports automatically)')}`,
      `  npm run emit -- result-completed ${completed.interview_result_id}`,
      `  ${dim('"ready" events print here as [bus] lines; npm run dlq lists what the queue gave up on (docs/local.md)')}`,
    );
  }
  out.push(
    '',
    `Seed more data: npm run seed -- <file.json> ${dim('(docs/seed-format.md)')}`,
    `Ctrl-C stops everything.`,
    '',
  );
  console.log(out.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
