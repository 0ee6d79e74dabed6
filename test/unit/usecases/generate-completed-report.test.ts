/**
 * The report-worker's use case over the fakes and the real Powertools idempotency (its storage in
 * memory): one report per content whatever the deliveries, nothing written or announced for an event
 * that cannot have one, nothing half-written when the renderer fails.
 */
import { describe, expect, it } from 'vitest';
import { completedEvent } from '../../../infra/local/completed-event.ts';
import { PowertoolsIdempotentSteps } from '../../../shared/adapters/aws/powertools-idempotent-steps.ts';
import type { PdfExportAutoConfig, ResultBundle } from '../../../shared/domain/records.ts';
import { StepInProgressError } from '../../../shared/errors.ts';
import { EventValidationError } from '../../../shared/events/interview-result-completed.ts';
import type { InterviewResultReportReadyDetail } from '../../../shared/events/interview-result-report-ready.ts';
import {
  type CompletedReportDeps,
  generateCompletedReport,
} from '../../../shared/usecases/generate-completed-report.ts';
import type { PdfRenderRequest, ReportReadyPublisher } from '../../../shared/usecases/ports.ts';
import { lambdaContext } from '../../support/api-gateway-event.ts';
import { FakePdf, FakeRepository, FakeSigner } from '../../support/fakes.ts';
import {
  allBundles,
  MEMBERSHIPS,
  MERCHANT_ACME,
  RESULT_AR,
  RESULT_FULL_EN,
  RESULT_OTHER_MERCHANT,
  RESULT_UNKNOWN,
} from '../../support/fixtures.ts';
import { InMemoryIdempotencyStore } from '../../support/in-memory-idempotency-store.ts';

const NOW = new Date('2026-11-28T12:00:05.000Z');
const COMPLETED_AT = new Date('2026-11-28T12:00:00.000Z');
const AUTO: PdfExportAutoConfig = {
  enabled: true,
  template: 'modern',
  export_features_result: { analytics: false },
};

class FakeReady implements ReportReadyPublisher {
  readonly published: InterviewResultReportReadyDetail[] = [];
  failNext = false;
  async publish(detail: InterviewResultReportReadyDetail): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('PutEvents: ServiceUnavailable');
    }
    this.published.push(detail);
  }
}

/** A renderer that can be made to fail, or to hold a render until released. */
class ControlledPdf extends FakePdf {
  failing = false;
  private held: { entered: () => void; release: Promise<void>; open: () => void } | undefined;

  /** Holds the next render; resolves once it is under way. */
  hold(): Promise<void> {
    return new Promise((entered) => {
      let open = () => {};
      const release = new Promise<void>((resolve) => {
        open = resolve;
      });
      this.held = { entered, release, open };
    });
  }

  release(): void {
    this.held?.open();
    this.held = undefined;
  }

  override async render(request: PdfRenderRequest) {
    if (this.held) {
      this.held.entered();
      await this.held.release;
    }
    if (this.failing) throw new Error('PdfRenderFailedError: renderer unavailable');
    return super.render(request);
  }
}

function world(config: PdfExportAutoConfig | null = AUTO, edit: (bundle: ResultBundle) => void = () => {}) {
  const bundles = allBundles();
  for (const bundle of bundles) {
    bundle.interview.pdf_export_auto_config = config;
    edit(bundle);
  }
  const repository = new FakeRepository(MEMBERSHIPS, bundles);
  const pdf = new ControlledPdf();
  const ready = new FakeReady();
  const store = new InMemoryIdempotencyStore();
  const steps = new PowertoolsIdempotentSteps(store, { expiresAfterSeconds: 3600 });
  steps.registerLambdaContext(lambdaContext());
  const deps: CompletedReportDeps = {
    report: {
      repository,
      signer: new FakeSigner(),
      signedUrlTtlSeconds: 3600,
      now: () => NOW,
      pdf: pdf.ports(),
    },
    ready,
    steps,
  };
  const body = (resultId = RESULT_FULL_EN, merchantId = MERCHANT_ACME) =>
    JSON.stringify(
      completedEvent({ interview_result_id: resultId, merchant_id: merchantId }, { time: COMPLETED_AT }),
    );
  return { deps, bundles, repository, pdf, ready, store, body };
}

describe('generateCompletedReport', () => {
  it('stores the PDF under the result, writes its URL with the event time as version, then announces it', async () => {
    const { deps, repository, pdf, ready, body } = world();
    const outcome = await generateCompletedReport(body(), deps);

    expect(pdf.renders).toHaveLength(1);
    const key = pdf.renders[0]?.output_key as string;
    expect(key).toMatch(new RegExp(`^reports/${MERCHANT_ACME}/${RESULT_FULL_EN}/[0-9a-f]{64}\\.pdf$`));
    expect(repository.pdfExportsRecorded).toEqual([
      [
        RESULT_FULL_EN,
        {
          pdf_export_url: expect.stringContaining(key),
          pdf_export_valid_until: '2026-11-28T13:00:05.000Z',
          pdf_export_version: COMPLETED_AT.toISOString(),
        },
      ],
    ]);
    const detail = {
      interview_result_id: RESULT_FULL_EN,
      merchant_id: MERCHANT_ACME,
      object_key: key,
      pdf_export_valid_until: '2026-11-28T13:00:05.000Z',
      content_hash: key.slice(-68, -4),
      version: COMPLETED_AT.toISOString(),
    };
    expect(ready.published).toEqual([detail]);
    expect(outcome).toMatchObject({ status: 'generated', repeat: false, detail });
    expect(outcome.status === 'generated' && outcome.render_ms).toEqual(expect.any(Number));
  });

  it('renders with the interview’s template and toggles, the contract’s defaults for the rest', async () => {
    const { deps, pdf, body } = world({ enabled: true, template: 'one_pager' });
    await generateCompletedReport(body(), deps);
    const defaults = world({ enabled: true });
    await generateCompletedReport(defaults.body(), defaults.deps);
    const withToggles = world(AUTO);
    await generateCompletedReport(withToggles.body(), withToggles.deps);
    const keys = [pdf, defaults.pdf, withToggles.pdf].map((p) => p.renders[0]?.output_key);
    expect(new Set(keys).size).toBe(3);
    expect(pdf.renders[0]?.html).toContain('class="template-one_pager"');
    expect(withToggles.pdf.renders[0]?.html).toContain('class="template-modern"');
  });

  it('answers redeliveries and duplicates (other event ids) with the first report: one PDF, one write, one event', async () => {
    const { deps, repository, pdf, ready, body } = world();
    const first = await generateCompletedReport(body(), deps);
    // Each body has its own event id: the key is the result and its content, not the delivery.
    const again = await generateCompletedReport(body(), deps);
    const duplicate = await generateCompletedReport(body(), deps);
    expect(pdf.renders).toHaveLength(1);
    expect(repository.pdfExportsRecorded).toHaveLength(1);
    expect(ready.published).toHaveLength(1);
    for (const repeat of [again, duplicate]) {
      expect(repeat).toMatchObject({ status: 'generated', repeat: true, render_ms: null });
      expect(repeat.status === 'generated' && repeat.detail).toEqual(
        first.status === 'generated' && first.detail,
      );
    }
  });

  it('defers a delivery that arrives while the first one renders, then answers it from the first', async () => {
    const { deps, pdf, ready, body } = world();
    const rendering = pdf.hold();
    const first = generateCompletedReport(body(), deps);
    await rendering;
    await expect(generateCompletedReport(body(), deps)).rejects.toBeInstanceOf(StepInProgressError);
    pdf.release();
    await first;
    expect(await generateCompletedReport(body(), deps)).toMatchObject({ status: 'generated', repeat: true });
    expect(pdf.renders).toHaveLength(1);
    expect(ready.published).toHaveLength(1);
  });

  it('makes a new report when the result changed since (a new content hash)', async () => {
    const { deps, repository, pdf, ready, body } = world();
    await generateCompletedReport(body(), deps);
    repository.editResult(RESULT_FULL_EN, (result) => {
      result.score = (result.score ?? 0) + 1;
    });
    await generateCompletedReport(body(), deps);
    expect(pdf.renders).toHaveLength(2);
    expect(new Set(ready.published.map((detail) => detail.content_hash)).size).toBe(2);
  });

  it.each([
    ['an unknown result', RESULT_UNKNOWN],
    ['a result of another merchant', RESULT_OTHER_MERCHANT],
  ])('drops %s: nothing rendered, written or announced', async (_, resultId) => {
    const { deps, repository, pdf, ready, body } = world();
    expect(await generateCompletedReport(body(resultId), deps)).toMatchObject({
      status: 'dropped',
      reason: 'result_not_found',
      interview_result_id: resultId,
    });
    expect(pdf.renders).toEqual([]);
    expect(repository.pdfExportsRecorded).toEqual([]);
    expect(ready.published).toEqual([]);
  });

  const noReport: Array<[string, PdfExportAutoConfig | null, (bundle: ResultBundle) => void, object]> = [
    ['skips a result whose interview has no auto-export config', null, () => {}, { status: 'skipped' }],
    [
      'skips a result whose interview has auto-export off',
      { ...AUTO, enabled: false },
      () => {},
      { status: 'skipped', reason: 'auto_export_off' },
    ],
    [
      'drops a result that is not completed',
      AUTO,
      (bundle) => {
        bundle.result.status = 'started';
      },
      { status: 'dropped', reason: 'result_not_completed' },
    ],
    [
      'drops a config the contract refuses, naming its field',
      { enabled: true, template: 'poster' as never },
      () => {},
      { status: 'dropped', reason: 'invalid_auto_config', field: 'pdf_export_auto_config.template' },
    ],
    [
      'leaves a newer report in place (superseded)',
      AUTO,
      (bundle) => {
        bundle.result.pdf_export_version = '2026-11-28T12:30:00.000Z';
      },
      { status: 'dropped', reason: 'superseded' },
    ],
  ];

  it.each(noReport)('%s: nothing rendered, written or announced', async (_, config, edit, expected) => {
    const { deps, repository, pdf, ready, body } = world(config, edit);
    expect(await generateCompletedReport(body(), deps)).toMatchObject(expected);
    expect(pdf.renders).toEqual([]);
    expect(repository.pdfExportsRecorded).toEqual([]);
    expect(ready.published).toEqual([]);
  });

  it('refuses the write when a newer report landed while this one rendered, and announces nothing', async () => {
    const { deps, repository, pdf, ready, body } = world();
    const rendering = pdf.hold();
    const outcome = generateCompletedReport(body(), deps);
    await rendering;
    repository.editResult(RESULT_FULL_EN, (result) => {
      result.pdf_export_version = '2026-11-28T12:30:00.000Z';
    });
    pdf.release();
    expect(await outcome).toMatchObject({ status: 'dropped', reason: 'superseded' });
    expect(repository.pdfExportsRecorded).toEqual([]);
    expect(ready.published).toEqual([]);
  });

  it('throws when the renderer fails, with nothing written or announced, and renders on the retry', async () => {
    const { deps, repository, pdf, ready, body } = world();
    pdf.failing = true;
    await expect(generateCompletedReport(body(), deps)).rejects.toThrow('renderer unavailable');
    expect(repository.pdfExportsRecorded).toEqual([]);
    expect(ready.published).toEqual([]);
    pdf.failing = false;
    expect(await generateCompletedReport(body(), deps)).toMatchObject({ status: 'generated', repeat: false });
    expect(ready.published).toHaveLength(1);
  });

  it('retries an announcement that failed without rendering again', async () => {
    const { deps, pdf, ready, body } = world();
    ready.failNext = true;
    await expect(generateCompletedReport(body(), deps)).rejects.toThrow('PutEvents');
    expect(await generateCompletedReport(body(), deps)).toMatchObject({ status: 'generated', repeat: false });
    expect(pdf.renders).toHaveLength(1);
    expect(ready.published).toHaveLength(1);
  });

  it('refuses a malformed event or time, so SQS retries it and parks it in the dead-letter queue', async () => {
    const { deps } = world();
    await expect(generateCompletedReport('{"source":"jobmojito.interviews"}', deps)).rejects.toBeInstanceOf(
      EventValidationError,
    );
    const event = {
      ...completedEvent({ interview_result_id: RESULT_AR, merchant_id: MERCHANT_ACME }),
      time: 'soon',
    };
    await expect(generateCompletedReport(JSON.stringify(event), deps)).rejects.toMatchObject({
      field: 'time',
    });
  });
});
