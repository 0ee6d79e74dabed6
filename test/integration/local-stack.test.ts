/**
 * The local stack's command-line tools against the test stack, and the README Quick start's start
 * command (`npm start`, which `bash infra/local/bootstrap.sh start` runs once set up) starting and
 * stopping cleanly.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DOCUMENT_FILE } from '../../infra/local/demo-document.ts';
import { REPO_ROOT } from '../../infra/local/local-paths.ts';
import { isProcessAlive } from '../../infra/local/process-cleanup.ts';
import { seedDocument } from '../../infra/local/stack.ts';
import { clonedResults } from '../support/cloned-results.ts';
import { demoDocument, demoResults, postReport, testStack, tokenFor } from '../support/stack-client.ts';

const run = promisify(execFile);
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an npm script against the test stack (its state directory holds stack.json and the key). */
async function npm(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run('npm', args, {
      cwd: REPO_ROOT,
      env: { ...process.env, LOCAL_STATE_DIR: testStack().stateDirectory, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}

/** Lines a script printed, without npm's own `> package@version script` banner. */
function programLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('> '));
}

describe('npm run token', () => {
  it('prints only a JWT, which the gateway accepts for that user', async () => {
    const [result] = demoResults();
    if (!result) throw new Error('no demo result');
    const { code, stdout } = await npm(['run', 'token', '--', '--user', result.userId]);
    expect(code).toBe(0);
    const lines = programLines(stdout);
    expect(lines).toHaveLength(1);
    const token = lines[0] ?? '';
    expect(token).toMatch(JWT);
    expect(decodeJwt(token).sub).toBe(result.userId);

    const response = await postReport({ interview_result_id: result.id, export_type: 'json' }, { token });
    expect(response.status).toBe(200);
  });

  it('prints nothing but the token with npm -s, ready for TOKEN=$(…)', async () => {
    const { code, stdout } = await npm(['run', '-s', 'token', '--', '--user', randomUUID()]);
    expect(code).toBe(0);
    expect(stdout.trimEnd()).toMatch(JWT);
  });

  it('honours --expires-in', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { stdout } = await npm(['run', '-s', 'token', '--', '--user', randomUUID(), '--expires-in', '2h']);
    const { exp, iat, iss } = decodeJwt(stdout.trim());
    expect(exp).toBeGreaterThanOrEqual(before + 7200);
    expect(exp).toBeLessThanOrEqual((iat ?? 0) + 7200);
    expect(iss).toBe(testStack().issuer);
  });

  it('refuses to run without --user, printing the usage', async () => {
    const { code, stdout, stderr } = await npm(['run', '-s', 'token']);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('--user');
  });
});

describe('npm run seed', () => {
  let directory: string;
  const merchantId = randomUUID();
  const userId = randomUUID();
  const candidateId = randomUUID();
  const interviewId = randomUUID();
  const resultId = randomUUID();
  const candidateName = `Seeded Candidate ${resultId.slice(0, 8)}`;

  function seedDocument(language: string): unknown {
    return {
      merchants: [{ merchant_id: merchantId, name: 'Seeded Merchant', credits_balance_tenths: 100 }],
      memberships: [{ user_id: userId, merchant_id: merchantId, role: 'owner' }],
      candidates: [{ candidate_id: candidateId, merchant_id: merchantId, name: candidateName }],
      interviews: [
        {
          interview_id: interviewId,
          merchant_id: merchantId,
          name: 'Seeded interview',
          position: 'Tester',
          mojito_language_code: 'en',
          questions: [{ id: randomUUID(), position: 0, question: 'Why testing?' }],
        },
      ],
      results: [
        {
          interview_result_id: resultId,
          merchant_id: merchantId,
          interview_id: interviewId,
          candidate_id: candidateId,
          mojito_language_code: language,
          status: 'completed',
        },
      ],
    };
  }

  beforeAll(() => {
    directory = mkdtempSync(join(testStack().stateDirectory, 'seed-test-'));
  });
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('refuses a bad file naming the JSON path of the bad field, and writes nothing of it', async () => {
    const file = join(directory, 'bad.json');
    writeFileSync(file, JSON.stringify(seedDocument('xx')));
    const { code, stderr } = await npm(['run', '-s', 'seed', '--', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('$.results[0].mojito_language_code');
    expect(stderr).toContain('Nothing was written');

    // The membership that came before the bad field was not written either: its user is a stranger.
    const response = await postReport(
      { interview_result_id: resultId, export_type: 'json' },
      { token: await tokenFor(userId) },
    );
    expect(response.status).toBe(401);
  });

  it('refuses a file that is not JSON, saying so', async () => {
    const file = join(directory, 'broken.json');
    writeFileSync(file, '{ "merchants": [');
    const { code, stderr } = await npm(['run', '-s', 'seed', '--', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('is not valid JSON');
  });

  it('loads a good file, whose data the gateway then serves', async () => {
    const file = join(directory, 'good.json');
    writeFileSync(file, JSON.stringify(seedDocument('en')));
    const { code, stdout } = await npm(['run', '-s', 'seed', '--', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('1 results');

    const response = await postReport(
      { interview_result_id: resultId, export_type: 'json' },
      { token: await tokenFor(userId) },
    );
    expect(response.status).toBe(200);
    expect(response.text).toContain(candidateName);
  });

  it('says clearly that no stack is running when there is none', async () => {
    const empty = mkdtempSync(join(testStack().stateDirectory, 'no-stack-'));
    try {
      const file = join(directory, 'good.json');
      const { code, stderr } = await npm(['run', '-s', 'seed', '--', file], { LOCAL_STATE_DIR: empty });
      expect(code).toBe(1);
      expect(stderr).toContain('No local stack is running');
      expect(stderr).toContain('npm start');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('npm run emit and npm run dlq', () => {
  it('emits "result completed" for a result, whose report the worker stores and announces', async () => {
    const { document, results } = clonedResults(demoDocument(), {
      templates: (result) => result.status === 'completed',
      count: 1,
      series: 'd1',
      autoExport: { enabled: true },
    });
    await seedDocument(document, DEMO_DOCUMENT_FILE, testStack().env);
    const id = results[0]?.interview_result_id as string;
    const { code, stdout, stderr } = await npm(['run', '-s', 'emit', '--', 'result-completed', id]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`for result ${id} of merchant ${results[0]?.merchant_id}`);
    expect(stdout).toContain('acknowledged after 1 receive');
    expect(stdout).toMatch(new RegExp(`Ready: .*"object_key":"reports/[^"]+/${id}/[0-9a-f]{64}\\.pdf"`));
    expect(stdout).toContain("The result's pdf_export_url");
  });

  it('refuses a result that is not in the table unless told its merchant', async () => {
    const unknown = randomUUID();
    const refused = await npm(['run', '-s', 'emit', '--', 'result-completed', unknown]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--merchant');
    const dropped = await npm([
      'run',
      '-s',
      'emit',
      '--',
      'result-completed',
      unknown,
      '--merchant',
      randomUUID(),
    ]);
    expect(dropped.code).toBe(0);
    expect(dropped.stdout).toContain('acknowledged after 1 receive');
    expect(dropped.stdout).toContain('No "ready" event');
  });

  it('lists the dead letters as JSON', async () => {
    const { code, stdout } = await npm(['run', '-s', 'dlq']);
    expect(code).toBe(0);
    expect(Array.isArray(JSON.parse(stdout))).toBe(true);
  });
});

/** Every process below `pid` (children, grandchildren…), from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The parent pid is the second field after the parenthesised command name.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Waits up to `timeoutMs` for the processes to end; returns those still alive. */
async function whenAllDead(pids: number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isProcessAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return pids.filter(isProcessAlive);
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`No match for ${pattern} within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before printing ${pattern}:\n${output}`));
    });
  });
}

describe('the Quick start command (npm start)', () => {
  it('starts with demo data, prints a working curl, and Ctrl-C leaves no process behind', async () => {
    const stateDirectory = mkdtempSync(join(testStack().stateDirectory, 'npm-start-'));
    // Its own process group, so that SIGINT reaches every process of it, as Ctrl-C in a terminal does.
    const child = spawn('npm', ['start'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '0', LOCAL_STATE_DIR: stateDirectory, POWERTOOLS_LOG_LEVEL: 'ERROR' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      await waitForOutput(child, /Ctrl-C stops everything/, 90_000);
      const url = stdout.match(/POST (http:\/\/127\.0\.0\.1:\d+)\/job-interview-pdf/)?.[1];
      const dynamoPort = stdout.match(/DynamoDB\s+http:\/\/127\.0\.0\.1:(\d+)/)?.[1];
      const token = stdout.match(/Authorization: Bearer ([\w.-]+)/)?.[1];
      const body = stdout.match(/-d '(\{.*\})'/)?.[1];
      expect(url && dynamoPort && token && body).toBeTruthy();
      expect(existsSync(join(stateDirectory, 'stack.json'))).toBe(true);

      // The printed curl works as printed.
      const response = await fetch(`${url}/job-interview-pdf`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(200);
      expect(Object.keys((await response.json()) as object)).toEqual(['json_export']);

      // The printed emit command works as printed: a demo result gets its report, announced.
      const emit = stdout.match(/npm run emit -- result-completed ([0-9a-f-]{36})/)?.[1];
      expect(emit).toBeDefined();
      const emitted = await npm(['run', '-s', 'emit', '--', 'result-completed', emit as string], {
        LOCAL_STATE_DIR: stateDirectory,
      });
      expect(emitted.code, emitted.stderr).toBe(0);
      expect(emitted.stdout).toContain('Ready: ');

      const tree = descendants(child.pid ?? 0);
      expect(tree.length).toBeGreaterThan(0);
      process.kill(-(child.pid ?? 0), 'SIGINT');
      const { code } = await exited;
      expect(code).toBe(0);
      expect(stdout).toContain('nothing is left running');

      // Nothing of it is left: no process of the tree, no DynamoDB Local on its port, no s3rver
      // directory of its pids, no stack.json.
      expect(await whenAllDead(tree, 5000)).toEqual([]);
      const { stdout: java } = await run('pgrep', ['-f', `DynamoDBLocal.jar.*-port ${dynamoPort}`]).catch(
        () => ({
          stdout: '',
        }),
      );
      expect(java.trim()).toBe('');
      const leftovers = readdirSync(tmpdir()).filter((name) =>
        tree.some((pid) => name.startsWith(`s3rver-local-${pid}-`)),
      );
      expect(leftovers).toEqual([]);
      expect(existsSync(join(stateDirectory, 'stack.json'))).toBe(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid ?? 0), 'SIGKILL');
      rmSync(stateDirectory, { recursive: true, force: true });
    }
  });
});
