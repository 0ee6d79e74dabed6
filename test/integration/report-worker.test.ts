/**
 * The event-driven way in, end to end on the local stack: "interview result completed" messages go
 * through the local stand-in of the worker's queue (SQS-shaped records, redelivery of batch item
 * failures, the dead-letter list after the dev stage's maxReceiveCount) into the real report-worker
 * behind the local Lambda Invoke API, which renders with the real renderer (Chromium), stores in
 * s3rver, writes onto the result in DynamoDB Local with Powertools idempotency there too, and
 * publishes to the local bus.
 *
 * What is counted, and how: PDFs rendered = the renderer's invocations whose output key names the
 * result (the invoke server's log); "ready" events = the bus's list; writes = the result item after:
 * its `pdf_export_valid_until` equals the one ready event's only if no later write happened (every
 * write stamps a new expiry, and redeliveries come a second or more apart).
 *
 * Each test seeds results of its own (cloned from the demo data), so nothing here touches what other
 * test files read, and the renderer fault is scoped to one result's PDFs.
 */
import { randomUUID } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { completedEvent } from '../../infra/local/completed-event.ts';
import { DEMO_DOCUMENT_FILE } from '../../infra/local/demo-document.ts';
import {
  busEvents,
  deadLetters,
  invocations,
  redriveDeadLetters,
  sendToQueue,
  switchFault,
} from '../../infra/local/local-control-client.ts';
import type { SeedDocument } from '../../infra/local/seed-loader.ts';
import { seedDocument } from '../../infra/local/stack.ts';
import { loadStageConfig } from '../../infra/stages/load-stage-config.ts';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { DynamoReportRepository } from '../../shared/adapters/aws/dynamo-report-repository.ts';
import { loadConfig } from '../../shared/config.ts';
import type { PdfExportAutoConfig } from '../../shared/domain/records.ts';
import {
  INTERVIEW_RESULT_REPORT_READY,
  type InterviewResultReportReadyDetail,
} from '../../shared/events/interview-result-report-ready.ts';
import { clonedResults } from '../support/cloned-results.ts';
import { pdfInfo, pdfLanguage, pdfLines, pdfText } from '../support/pdf-tools.ts';
import { demoDocument, postReport, testStack, tokenFor } from '../support/stack-client.ts';

const { maxReceiveCount } = loadStageConfig('dev').events;
const AUTO: PdfExportAutoConfig = {
  enabled: true,
  template: 'modern',
  export_features_result: { ai_scoring_rubric: true, transcript: false },
};
const [MERCHANT, OTHER_MERCHANT] = (demoDocument().merchants ?? []).map(
  (merchant) => merchant.merchant_id,
) as [string, string];

let series = 0;
const config = () => loadConfig(testStack().env);
const clients = () => createAwsClients(config());

/** Seeds `count` completed results of MERCHANT of their own, each with an interview of its own. */
async function seedResults(count: number, autoExport: PdfExportAutoConfig | null = AUTO, language?: string) {
  series += 1;
  const { document, results } = clonedResults(demoDocument(), {
    templates: (result) =>
      result.merchant_id === MERCHANT &&
      result.status === 'completed' &&
      (language === undefined || result.mojito_language_code === language),
    count,
    // 'e' + the series: no other data set uses ids starting with e.
    series: `e${series.toString(16)}`,
    autoExport,
  });
  await seedDocument(document as SeedDocument, DEMO_DOCUMENT_FILE, testStack().env);
  return results.map((result) => result.interview_result_id);
}

const bodyFor = (resultId: string, merchantId = MERCHANT) =>
  JSON.stringify(completedEvent({ interview_result_id: resultId, merchant_id: merchantId }));

async function storedResult(resultId: string) {
  const repository = new DynamoReportRepository(clients().ddb, config().tableName, { consistentRead: true });
  return (await repository.loadResultBundles([resultId])).get(resultId)?.result;
}

async function readyEventsOf(resultId: string): Promise<InterviewResultReportReadyDetail[]> {
  return (await busEvents(testStack().eventsUrl))
    .filter((event) => event['detail-type'] === INTERVIEW_RESULT_REPORT_READY.detailType)
    .map((event) => event.detail as InterviewResultReportReadyDetail)
    .filter((detail) => detail.interview_result_id === resultId);
}

async function rendersOf(resultId: string) {
  return (await invocations(testStack().lambdaUrl)).filter(
    (invocation) => invocation.function === 'pdf-renderer' && invocation.label?.includes(`/${resultId}/`),
  );
}

async function storedPdf(key: string): Promise<Uint8Array> {
  const object = await clients().s3.send(new GetObjectCommand({ Bucket: config().reportsBucket, Key: key }));
  return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
}

/** One render, one ready event carrying the stored key, and the result holding that event's report. */
async function expectOneReport(resultId: string): Promise<InterviewResultReportReadyDetail> {
  const ready = await readyEventsOf(resultId);
  expect(ready).toHaveLength(1);
  expect(await rendersOf(resultId)).toHaveLength(1);
  const detail = ready[0] as InterviewResultReportReadyDetail;
  const result = await storedResult(resultId);
  expect(result?.pdf_export_valid_until).toBe(detail.pdf_export_valid_until);
  expect(result?.pdf_export_version).toBe(detail.version);
  expect(decodeURIComponent(new URL(result?.pdf_export_url as string).pathname)).toContain(detail.object_key);
  return detail;
}

/** A fault scoped to one result's PDFs: the renderer fails for them only, while it is on. */
async function withRendererDown<T>(resultId: string, run: () => Promise<T>): Promise<T> {
  const fault = { function: 'pdf-renderer', contains: `/${resultId}/` };
  await switchFault(testStack().lambdaUrl, fault, true);
  try {
    return await run();
  } finally {
    await switchFault(testStack().lambdaUrl, fault, false);
  }
}

let ownerToken: string;
beforeAll(async () => {
  const owner = demoDocument().memberships?.find((membership) => membership.merchant_id === MERCHANT);
  ownerToken = await tokenFor(owner?.user_id);
});

describe('report-worker on the local stack', () => {
  it('gives a completed result its stored PDF, announces its key, and the API then returns that PDF', async () => {
    const [id] = (await seedResults(1)) as [string];
    const report = await sendToQueue(testStack().eventsUrl, [bodyFor(id)]);
    expect(report.messages).toEqual([expect.objectContaining({ outcome: 'acknowledged', receives: 1 })]);

    const detail = await expectOneReport(id);
    expect(detail).toMatchObject({ interview_result_id: id, merchant_id: MERCHANT });
    expect(detail.object_key).toBe(`reports/${MERCHANT}/${id}/${detail.content_hash}.pdf`);
    const pdf = await storedPdf(detail.object_key);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const stored = await fetch((await storedResult(id))?.pdf_export_url as string);
    expect(stored.status).toBe(200);

    // The same options through the API (what store_file does): the same object, re-signed, no render.
    const response = await postReport(
      {
        interview_result_id: id,
        export_type: 'pdf',
        store_file: true,
        template: AUTO.template,
        export_features_result: AUTO.export_features_result,
      },
      { token: ownerToken },
    );
    expect(response.status, response.text).toBe(200);
    const { pdf_export_url } = response.json<{ pdf_export_url: string }>();
    expect(decodeURIComponent(new URL(pdf_export_url).pathname)).toContain(detail.object_key);
    expect(await rendersOf(id)).toHaveLength(1);
  });

  it('answers the same event twice with one PDF, one write, one ready event', async () => {
    const [id] = (await seedResults(1)) as [string];
    const body = bodyFor(id);
    await sendToQueue(testStack().eventsUrl, [body]);
    const again = await sendToQueue(testStack().eventsUrl, [body]);
    expect(again.messages).toEqual([expect.objectContaining({ outcome: 'acknowledged', receives: 1 })]);
    await expectOneReport(id);
  });

  it('answers the same event ten times in one batch with one PDF, one write, one ready event', async () => {
    const [id] = (await seedResults(1)) as [string];
    const report = await sendToQueue(testStack().eventsUrl, Array(10).fill(bodyFor(id)), 10);
    // One delivery renders; the nine that found it in progress come back once and get its report.
    expect(report.messages.every((message) => message.outcome === 'acknowledged')).toBe(true);
    expect(report.messages.map((message) => message.receives).sort()).toEqual([1, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    await expectOneReport(id);
  });

  it.each([
    ['an unknown result', () => Promise.resolve([randomUUID()]), MERCHANT],
    ["another merchant's result", () => seedResults(1), OTHER_MERCHANT],
  ])('drops %s: acknowledged at once, nothing rendered, written or announced', async (_, ids, merchant) => {
    const [id] = (await ids()) as [string];
    const report = await sendToQueue(testStack().eventsUrl, [bodyFor(id, merchant)]);
    expect(report.messages).toEqual([expect.objectContaining({ outcome: 'acknowledged', receives: 1 })]);
    expect(await readyEventsOf(id)).toEqual([]);
    expect(await rendersOf(id)).toEqual([]);
    const result = await storedResult(id);
    expect(result?.pdf_export_url ?? null).toBeNull();
  });

  it('skips a result whose interview does not export automatically', async () => {
    const [id] = (await seedResults(1, { ...AUTO, enabled: false })) as [string];
    await sendToQueue(testStack().eventsUrl, [bodyFor(id)]);
    expect(await rendersOf(id)).toEqual([]);
    expect((await storedResult(id))?.pdf_export_url).toBeNull();
  });

  it('retries while the renderer is down, dead-letters after maxReceiveCount with the result untouched, and redrives', async () => {
    const [id] = (await seedResults(1)) as [string];
    const body = bodyFor(id);
    const report = await withRendererDown(id, () => sendToQueue(testStack().eventsUrl, [body]));
    expect(report.messages).toEqual([
      expect.objectContaining({ outcome: 'dead_lettered', receives: maxReceiveCount }),
    ]);
    const failed = await rendersOf(id);
    expect(failed).toHaveLength(maxReceiveCount);
    expect(failed.every((render) => render.error === 'LocalFaultError')).toBe(true);
    expect(await storedResult(id)).toMatchObject({
      pdf_export_url: null,
      pdf_export_valid_until: null,
      pdf_export_version: null,
    });
    expect(await readyEventsOf(id)).toEqual([]);
    const parked = (await deadLetters(testStack().eventsUrl)).filter((letter) => letter.body === body);
    expect(parked).toEqual([expect.objectContaining({ receive_count: maxReceiveCount })]);

    // The renderer is back: SQS's redrive to source sends it again, and it gets its report.
    const redriven = await redriveDeadLetters(testStack().eventsUrl);
    expect(redriven.messages).toContainEqual(
      expect.objectContaining({ outcome: 'acknowledged', receives: 1 }),
    );
    expect(await readyEventsOf(id)).toHaveLength(1);
    expect((await deadLetters(testStack().eventsUrl)).some((letter) => letter.body === body)).toBe(false);
  });

  it('stores 8 of a batch of 10 and reports exactly the 2 bad messages as failures', async () => {
    const ids = await seedResults(9);
    const down = ids[8] as string;
    const bodies = [...ids.slice(0, 4).map((id) => bodyFor(id)), '{"not": "an event"}', bodyFor(down)];
    bodies.push(...ids.slice(4, 8).map((id) => bodyFor(id)));
    const report = await withRendererDown(down, () => sendToQueue(testStack().eventsUrl, bodies, 10));
    expect(report.invocations).toBe(maxReceiveCount);
    const fates = report.messages.map((message) => `${message.outcome}:${message.receives}`);
    expect(fates).toEqual([
      ...Array(4).fill('acknowledged:1'),
      `dead_lettered:${maxReceiveCount}`,
      `dead_lettered:${maxReceiveCount}`,
      ...Array(4).fill('acknowledged:1'),
    ]);
    for (const id of ids.slice(0, 8)) await expectOneReport(id);
    expect((await storedResult(down))?.pdf_export_url).toBeNull();
  });

  it('prints a one-pager right to left when the interview’s auto-export asks for one_pager in ar', async () => {
    const [id] = (await seedResults(
      1,
      { enabled: true, template: 'one_pager', export_features_result: { mojito_language_code: 'ar' } },
      'ar',
    )) as [string];
    await sendToQueue(testStack().eventsUrl, [bodyFor(id)]);
    const pdf = await storedPdf((await expectOneReport(id)).object_key);
    expect(pdfInfo(pdf).Pages).toBe('1');
    expect(pdfLanguage(pdf)).toBe('ar');
    expect(pdfText(pdf)).toMatch(/\p{Script=Arabic}{3,}/u);
    // Right to left: lines end at the right edge of the text area, where left-to-right ones start at
    // its left edge (the page's margins are symmetric). Measured: 8 against 2 (an `en` one-pager of
    // the same data: 2 against 18).
    const lines = pdfLines(pdf);
    const left = Math.min(...lines.map((line) => line.xMin));
    const right = (lines[0]?.pageWidth ?? 0) - left;
    const endingRight = lines.filter((line) => Math.abs(line.xMax - right) < 2).length;
    const startingLeft = lines.filter((line) => Math.abs(line.xMin - left) < 2).length;
    expect(endingRight, JSON.stringify({ endingRight, startingLeft })).toBeGreaterThan(2 * startingLeft);
  });
});
