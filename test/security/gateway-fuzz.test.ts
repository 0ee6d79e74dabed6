/**
 * Bad input at scale through the local gateway, beyond bodies (test/security/body-fuzz.test.ts):
 * generated headers (Content-Type, Content-Encoding, huge and many headers), tokens, methods and paths,
 * and raw HTTP that no client library would send. Together with the body fuzz, more than 10,000 cases.
 *
 * The promises, whatever arrives: never a 5xx; never a stack trace, a file path, a package name or an
 * AWS service name in a body; a 200 only ever carries the caller's merchant's data; and afterwards the
 * stack answers an ordinary request as before.
 */
import { connect } from 'node:net';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateJobInterviewPdfResponse } from '../../shared/contract/generated/response-validator.js';
import { demoDocument, demoResults, REPORT_PATH, testStack, tokenFor } from '../support/stack-client.ts';

/** What a body must never reveal: how the service is built or where it runs. */
const LEAKS =
  /\bat [^\n]+:\d+:\d+|\/work\/|\/opt\/|\/tmp\/|node_modules|\.tsx?\b|@aws-sdk|@middy|powertools|dynamodb|\bs3\b|lambda|chromium|puppeteer|ECONN|Exception|Traceback/i;

let token: string;
let ownId: string;
let foreignMarks: string[] = [];
const statuses = new Map<number, number>();
let cases = 0;

beforeAll(async () => {
  const [first, ...rest] = demoResults();
  if (!first) throw new Error('The demo document has no result');
  token = await tokenFor(first.userId);
  ownId = first.id;
  const document = demoDocument();
  foreignMarks = rest
    .filter((result) => result.merchantId !== first.merchantId)
    .flatMap((result) => {
      const record = document.results?.find((r) => r.interview_result_id === result.id);
      const name = document.candidates?.find((c) => c.candidate_id === record?.candidate_id)?.name;
      return name ? [result.id, name] : [result.id];
    });
});

/** The checks every answer gets, whatever was sent. */
function expectSafeAnswer(status: number, text: string, sent: string): void {
  cases += 1;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  expect(status, `${status} for ${sent}: ${text.slice(0, 200)}`).toBeLessThan(500);
  expect(text, `a body revealing internals for ${sent}`).not.toMatch(LEAKS);
  if (status === 200) {
    expect(validateJobInterviewPdfResponse(JSON.parse(text))).toBe(true);
    for (const mark of foreignMarks) expect(text).not.toContain(mark);
  }
}

async function send(init: {
  method?: string;
  path?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}) {
  const response = await fetch(`${testStack().url}${init.path ?? REPORT_PATH}`, {
    method: init.method ?? 'POST',
    headers: init.headers,
    body: init.method === 'GET' || init.method === 'HEAD' ? undefined : (init.body as BodyInit | undefined),
  });
  return { status: response.status, text: await response.text() };
}

const validBody = () => JSON.stringify({ interview_result_id: ownId, export_type: 'json' });
/** Header values fetch can send: visible ASCII and spaces, no CR/LF. */
const headerValue = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,80}$/);
const headerName = fc.stringMatching(/^x-[a-z0-9-]{1,30}$/);

describe('the gateway and the handler under fuzzed input: never a 5xx, never internals in a body', () => {
  it('headers: Content-Type, Content-Encoding, Accept and arbitrary extra headers', async () => {
    const headers = fc.record({
      'content-type': fc.oneof(
        headerValue,
        fc.constantFrom(
          'application/json',
          'application/json; charset=latin1',
          'text/html',
          'application/xml',
        ),
      ),
      'content-encoding': fc.oneof(
        fc.constantFrom('gzip', 'br', 'deflate', 'identity', 'compress'),
        headerValue,
      ),
      accept: headerValue,
      extra: fc.dictionary(headerName, headerValue, { maxKeys: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(headers, fc.boolean(), async ({ extra, ...named }, validJson) => {
        const sent = { ...extra, ...named, authorization: `Bearer ${token}` };
        const { status, text } = await send({
          headers: sent,
          body: validJson ? validBody() : '\u0000\u00ff{',
        });
        expectSafeAnswer(status, text, JSON.stringify(named));
      }),
      { numRuns: 3000 },
    );
  });

  it('huge headers and very many headers', async () => {
    const size = fc.integer({ min: 4_000, max: 60_000 });
    await fc.assert(
      fc.asyncProperty(size, fc.integer({ min: 1, max: 300 }), async (bytes, count) => {
        const many = Object.fromEntries(Array.from({ length: count }, (_, i) => [`x-fuzz-${i}`, 'v']));
        const { status, text } = await send({
          headers: {
            ...many,
            'x-huge': 'a'.repeat(bytes),
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
          },
          body: validBody(),
        }).catch((error: Error) => ({ status: 0, text: error.message }));
        // Node's parser may close the connection on oversized headers: a refused request, not a 5xx.
        if (status === 0) return;
        expectSafeAnswer(status, text, `${bytes} B header, ${count} headers`);
      }),
      { numRuns: 200 },
    );
  });

  it('tokens: random, truncated, tampered, other schemes', async () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{0,120}$/);
    const forged = fc.oneof(
      fc.tuple(segment, segment, segment).map((parts) => `Bearer ${parts.join('.')}`),
      fc.integer({ min: 1, max: 400 }).map((cut) => `Bearer ${token.slice(0, cut)}`),
      fc.integer({ min: 0, max: 400 }).map((at) => {
        const i = at % token.length;
        return `Bearer ${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`;
      }),
      headerValue.map((value) => `Basic ${value}`),
      headerValue,
      fc.constant(`bearer ${'x'.repeat(9000)}`),
    );
    await fc.assert(
      fc.asyncProperty(forged, async (authorization) => {
        const { status, text } = await send({
          headers: { authorization, 'content-type': 'application/json' },
          body: validBody(),
        });
        // A token that survives tampering would have to be the real one, changed in a byte the signature does not cover.
        if (status !== 401) expect(authorization.slice(7)).toBe(token);
        expectSafeAnswer(status, text, authorization.slice(0, 60));
      }),
      { numRuns: 3000 },
    );
  });

  it('methods and paths other than POST /job-interview-pdf', async () => {
    const method = fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'POST');
    const path = fc.oneof(
      fc.stringMatching(/^\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]{0,60}$/),
      fc.constantFrom(
        '/job-interview-pdf/',
        '/JOB-INTERVIEW-PDF',
        '/job-interview-pdf/../etc/passwd',
        '/%2e%2e/',
      ),
    );
    await fc.assert(
      fc.asyncProperty(method, path, async (verb, target) => {
        if (verb === 'POST' && target === REPORT_PATH) return;
        const { status, text } = await send({
          method: verb,
          path: target,
          headers: { authorization: `Bearer ${token}` },
          body: validBody(),
        });
        expectSafeAnswer(status, text, `${verb} ${target}`);
      }),
      { numRuns: 600 },
    );
  });

  it('raw HTTP no client library would send', async () => {
    const { port } = new URL(testStack().url);
    const raw = (request: string) =>
      new Promise<{ status: number; text: string }>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1');
        let received = '';
        socket.setTimeout(5000, () => socket.destroy());
        socket.on('data', (chunk) => {
          received += chunk.toString('latin1');
        });
        socket.on('close', () => {
          const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0);
          resolve({ status, text: received.slice(received.indexOf('\r\n\r\n') + 4) });
        });
        socket.on('error', () => {});
        socket.end(request);
      });
    const requests = fc.oneof(
      // Content-Length that lies, in both directions.
      fc
        .integer({ min: 0, max: 100_000 })
        .map(
          (length) =>
            `POST ${REPORT_PATH} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n${validBody()}`,
        ),
      // Chunked encoding with garbage chunk sizes.
      fc
        .stringMatching(/^[0-9a-zA-Z;= ]{1,12}$/)
        .map(
          (size) =>
            `POST ${REPORT_PATH} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${size}\r\n${validBody()}\r\n0\r\n\r\n`,
        ),
      // Request lines and header lines that are not HTTP.
      fc
        .stringMatching(/^[\x20-\x7e]{1,80}$/)
        .map((line) => `${line}\r\nHost: x\r\nConnection: close\r\n\r\n`),
      fc
        .stringMatching(/^[\x20-\x7e]{1,80}$/)
        .map((line) => `POST ${REPORT_PATH} HTTP/1.1\r\n${line}\r\nConnection: close\r\n\r\n`),
    );
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const { status, text } = await raw(request);
        // No status: the server closed a request it could not parse, which is a refusal.
        if (status === 0) return;
        expectSafeAnswer(status, text, JSON.stringify(request.slice(0, 80)));
      }),
      { numRuns: 1500 },
    );
  });

  it('answers an ordinary request afterwards, having seen thousands of cases and no 5xx', async () => {
    const { status, text } = await send({
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: validBody(),
    });
    expectSafeAnswer(status, text, 'the ordinary request');
    expect(status).toBe(200);
    expect(cases).toBeGreaterThan(7000);
    expect([...statuses.keys()].every((code) => code < 500)).toBe(true);
  });
});
