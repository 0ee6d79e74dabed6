/**
 * One reading of what a long-running local stack holds, for the soak: resident memory of this
 * process (gateway, report-api, the renderer's Node side) and of its child processes by kind
 * (Chromium, DynamoDB Local's Java), open file descriptors, entries in the temp directory, and the
 * report table's item count. Linux /proc only, as on Lambda and this project's machines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';

export interface ResourceSample {
  at: number;
  nodeRssMb: number;
  chromiumRssMb: number;
  javaRssMb: number;
  openFds: number;
  tmpEntries: number;
  tableItems: number;
}

function stat(pid: number): { ppid: number; comm: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may hold spaces; ppid is the second field after it.
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const ppid = Number(text.slice(close + 2).split(' ')[1]);
    return { ppid, comm };
  } catch {
    return undefined;
  }
}

function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Every descendant of `root`, with its command name. */
function descendants(root: number): Array<{ pid: number; comm: string }> {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => ({ pid: Number(name), ...stat(Number(name)) }))
    .filter((entry): entry is { pid: number; ppid: number; comm: string } => entry.ppid !== undefined);
  const found: Array<{ pid: number; comm: string }> = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift() as number;
    for (const entry of all) {
      if (entry.ppid === parent) {
        found.push({ pid: entry.pid, comm: entry.comm });
        queue.push(entry.pid);
      }
    }
  }
  return found;
}

async function countItems(ddb: DynamoDBDocumentClient, tableName: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ddb.send(
      new ScanCommand({ TableName: tableName, Select: 'COUNT', ExclusiveStartKey: start }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

/**
 * @example const sample = await sampleResources(ddb, 'interview-reports');
 */
export async function sampleResources(
  ddb: DynamoDBDocumentClient,
  tableName: string,
): Promise<ResourceSample> {
  const children = descendants(process.pid);
  const sum = (match: RegExp) =>
    children.filter((child) => match.test(child.comm)).reduce((total, child) => total + rssMb(child.pid), 0);
  return {
    at: Date.now(),
    nodeRssMb: rssMb(process.pid),
    chromiumRssMb: sum(/chrom|headless/i),
    javaRssMb: sum(/java/i),
    openFds: readdirSync('/proc/self/fd').length,
    tmpEntries: readdirSync(tmpdir()).length,
    tableItems: await countItems(ddb, tableName),
  };
}
