import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { validateJobInterviewPdfResponse } from '../../../shared/contract/generated/response-validator.js';
import type { ReportRequest } from '../../../shared/domain/options.ts';
import { ResultNotFoundError, UnauthorizedError, ValidationError } from '../../../shared/errors.ts';
import {
  generateReport,
  PdfExportNotConfiguredError,
  type ReportDeps,
} from '../../../shared/usecases/generate-report.ts';
import { FakePdf, FakeRepository, FakeSigner } from '../../support/fakes.ts';
import {
  ALL_OFF,
  ALL_ON,
  allBundles,
  bundleOf,
  MEMBERSHIPS,
  MERCHANTS,
  RESULT_ALMOST_EMPTY,
  RESULT_AR,
  RESULT_FULL_EN,
  RESULT_JA,
  RESULT_OTHER_MERCHANT,
  RESULT_UNKNOWN,
  requestFor,
  USER_ACME_RECRUITER,
  USER_WITHOUT_MEMBERSHIP,
} from '../../support/fixtures.ts';
import { reportDataErrors } from '../../support/report-data-validator.ts';

const NOW = new Date('2026-03-10T08:00:00.000Z');
const TTL_SECONDS = 900;
const acme = { userId: USER_ACME_RECRUITER };

function setup(bundles = allBundles()) {
  const repository = new FakeRepository(MEMBERSHIPS, bundles, MERCHANTS);
  const signer = new FakeSigner();
  const deps: ReportDeps = { repository, signer, signedUrlTtlSeconds: TTL_SECONDS, now: () => NOW };
  return { repository, signer, deps };
}

/** Runs the use case and checks the body against the contract and every `data` against its schema. */
async function generate(request: ReportRequest, deps: ReportDeps, caller = acme) {
  const body = await generateAny(request, deps, caller);
  if (!('json_export' in body)) throw new Error('expected a JSON export');
  for (const result of body.json_export.results) expect(reportDataErrors(result.data)).toEqual([]);
  return body;
}

/** Any export type; the body is checked against the contract's response schema. */
async function generateAny(request: ReportRequest, deps: ReportDeps, caller = acme) {
  const body = await generateReport(caller, request, deps);
  expect(validateJobInterviewPdfResponse(body), JSON.stringify(validateJobInterviewPdfResponse.errors)).toBe(
    true,
  );
  return body;
}

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ValidationError))
    throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error;
}

/** What the client would see: the error mapper sends `{ error, name }`. */
const wireBody = (error: ValidationError) => JSON.stringify({ error: error.message, name: error.field });

describe('a single-result JSON export', () => {
  it('returns the report of the result with its files in the contract shape and no table', async () => {
    const { deps } = setup();
    const body = await generate(requestFor([RESULT_FULL_EN]), deps);
    expect(body.json_export.results).toHaveLength(1);
    expect(body.json_export).not.toHaveProperty('table');
    const [result] = body.json_export.results;
    expect(result?.data.header.candidate_name).toBe('Amelia Hart');
    expect(result?.files.map((file) => [file.type, file.page])).toEqual([
      ['resume', 1],
      ['resume', 2],
      ['cover_letter', 1],
    ]);
    expect(result?.files[0]?.page_signed).toBe(result?.data.files?.[0]?.page_signed);
  });

  it('answers files: [] when the files toggle is off', async () => {
    const { deps, signer } = setup();
    const body = await generate(
      requestFor([RESULT_FULL_EN], { features: { ...ALL_ON, files: false } }),
      deps,
    );
    expect(body.json_export.results[0]?.files).toEqual([]);
    expect(body.json_export.results[0]?.data).not.toHaveProperty('files');
    expect(signer.signedKeys().filter((key) => key.startsWith('files/'))).toEqual([]);
  });
});

describe('combined reports', () => {
  it('keep the order of the ids given, load them in one call, and add the overview table in that order', async () => {
    const { deps, repository } = setup();
    const ids = [RESULT_AR, RESULT_FULL_EN, RESULT_ALMOST_EMPTY, RESULT_JA];
    const body = await generate(requestFor(ids), deps);
    expect(body.json_export.results.map((result) => result.data.interview_result_id)).toEqual(ids);
    expect(repository.bundleLoads).toEqual([ids]);
    const rows = parseFragment(body.json_export.table ?? '')
      .childNodes.flatMap((node) => ('childNodes' in node ? node.childNodes : []))
      .filter((node) => node.nodeName === 'tbody')
      .flatMap((tbody) => ('childNodes' in tbody ? tbody.childNodes : []))
      .map((row) =>
        'attrs' in row ? row.attrs.find((attr) => attr.name === 'data-result-id')?.value : undefined,
      );
    expect(rows).toEqual(ids);
  });

  it('have a table even for one id given as interview_result_ids', async () => {
    const { deps } = setup();
    const body = await generate(requestFor([RESULT_JA], { combined: true }), deps);
    expect(body.json_export.table).toContain('佐藤 花子');
  });

  it('label the table in the shared report language, or English when the results differ', async () => {
    const { deps } = setup();
    const mixed = await generate(requestFor([RESULT_JA, RESULT_AR]), deps);
    expect(mixed.json_export.table).toMatch(/^<table[^>]* lang="en-GB"/);
    const shared = await generate(requestFor([RESULT_JA, RESULT_AR], { language: 'ja' }), deps);
    expect(shared.json_export.table).toMatch(/^<table[^>]* lang="ja-JP"/);
  });
});

describe('identity and tenancy', () => {
  it('refuses a caller who belongs to no merchant with 401, before loading anything', async () => {
    const { deps, repository } = setup();
    await expect(
      generateReport({ userId: USER_WITHOUT_MEMBERSHIP }, requestFor([RESULT_FULL_EN]), deps),
    ).rejects.toThrow(UnauthorizedError);
    expect(repository.bundleLoads).toEqual([]);
  });

  it("answers a missing result and another merchant's result with byte-identical errors naming the field", async () => {
    const { deps } = setup();
    const missing = await refusal(generate(requestFor([RESULT_FULL_EN, RESULT_JA, RESULT_UNKNOWN]), deps));
    const foreign = await refusal(
      generate(requestFor([RESULT_FULL_EN, RESULT_JA, RESULT_OTHER_MERCHANT]), deps),
    );
    expect(missing).toBeInstanceOf(ResultNotFoundError);
    expect(foreign).toBeInstanceOf(ResultNotFoundError);
    expect(missing.field).toBe('interview_result_ids[2]');
    expect(wireBody(foreign)).toBe(wireBody(missing));
    expect(wireBody(missing)).toBe('{"error":"Interview result not found","name":"interview_result_ids[2]"}');
  });

  it('names interview_result_id for a single result', async () => {
    const { deps } = setup();
    const foreign = await refusal(generate(requestFor([RESULT_OTHER_MERCHANT]), deps));
    expect(wireBody(foreign)).toBe('{"error":"Interview result not found","name":"interview_result_id"}');
  });

  it('names the first refused id when several are refused, and signs nothing', async () => {
    const { deps, signer } = setup();
    const error = await refusal(
      generate(requestFor([RESULT_FULL_EN, RESULT_UNKNOWN, RESULT_OTHER_MERCHANT]), deps),
    );
    expect(error.field).toBe('interview_result_ids[1]');
    expect(signer.calls).toEqual([]);
  });

  it('judges tenancy by the result itself, whatever its interview and candidate say', async () => {
    const foreignResult = bundleOf(RESULT_JA);
    foreignResult.result.merchant_id = bundleOf(RESULT_OTHER_MERCHANT).result.merchant_id;
    const { deps } = setup([foreignResult]);
    const error = await refusal(generate(requestFor([RESULT_JA]), deps));
    expect(wireBody(error)).toBe('{"error":"Interview result not found","name":"interview_result_id"}');
  });

  it("asks the repository for the caller's merchant only, and still refuses a foreign result a repository lets through", async () => {
    const { deps, repository } = setup();
    const scopes: Array<{ merchantId?: string } | undefined> = [];
    const unscoped: ReportDeps = {
      ...deps,
      repository: {
        getMembership: (userId) => repository.getMembership(userId),
        getMerchant: (merchantId) => repository.getMerchant(merchantId),
        recordPdfExport: (id, merchantId, record) => repository.recordPdfExport(id, merchantId, record),
        // A faulty adapter that ignores the scope it is given.
        loadResultBundles: (ids, scope) => {
          scopes.push(scope);
          return repository.loadResultBundles(ids);
        },
      },
    };
    const foreign = await refusal(generate(requestFor([RESULT_OTHER_MERCHANT]), unscoped));
    expect(wireBody(foreign)).toBe('{"error":"Interview result not found","name":"interview_result_id"}');
    const membership = MEMBERSHIPS.find((m) => m.user_id === USER_ACME_RECRUITER);
    expect(scopes).toEqual([{ merchantId: membership?.merchant_id }]);
  });

  it.each(['interview', 'candidate'] as const)(
    'treats a result whose %s belongs to another merchant as not found',
    async (part) => {
      const tampered = bundleOf(RESULT_JA);
      tampered[part].merchant_id = bundleOf(RESULT_OTHER_MERCHANT).result.merchant_id;
      const { deps } = setup([tampered]);
      const error = await refusal(generate(requestFor([RESULT_JA]), deps));
      expect(wireBody(error)).toBe('{"error":"Interview result not found","name":"interview_result_id"}');
    },
  );
});

describe('signing', () => {
  it('signs nothing when no linked section is on', async () => {
    const { deps, signer } = setup();
    await generate(
      requestFor([RESULT_FULL_EN, RESULT_AR], {
        features: { ...ALL_ON, files: false, answer_recording: false, session_recording: false },
      }),
      deps,
    );
    expect(signer.calls).toEqual([]);
  });

  it('signs only what the sections that are on show, each for the configured lifetime', async () => {
    const { deps, signer } = setup();
    await generate(requestFor([RESULT_FULL_EN], { features: { ...ALL_OFF, session_recording: true } }), deps);
    expect(signer.calls).toEqual([
      {
        bucket: 'files',
        key: 'recordings/93c98d21/session.webm',
        options: { expiresInSeconds: TTL_SECONDS },
      },
      {
        bucket: 'files',
        key: 'recordings/93c98d21/introduction.mp4',
        options: { expiresInSeconds: TTL_SECONDS },
      },
    ]);
  });

  it('signs the recorded answers only with answer_recording', async () => {
    const { deps, signer } = setup();
    await generate(requestFor([RESULT_FULL_EN], { features: { ...ALL_OFF, answer_recording: true } }), deps);
    expect(signer.signedKeys()).toEqual([
      'recordings/93c98d21/t-design.webm',
      'recordings/93c98d21/t-design-follow-up.webm',
      'recordings/93c98d21/t-incident.webm',
    ]);
  });

  it('states the expiry as now plus the lifetime on every link', async () => {
    const { deps } = setup();
    const body = await generate(requestFor([RESULT_FULL_EN], { features: ALL_ON }), deps);
    const data = body.json_export.results[0]?.data;
    const expiries = [
      ...(data?.files ?? []).map((page) => page.expires_at),
      ...(data?.answer_recordings ?? []).map((recording) => recording.recording.expires_at),
      data?.session_recording?.session?.expires_at,
      data?.session_recording?.video_introduction?.expires_at,
    ];
    expect(expiries).toHaveLength(8);
    expect(new Set(expiries)).toEqual(new Set(['2026-03-10T08:15:00.000Z']));
  });

  it('signs an object shared by two results once', async () => {
    const first = bundleOf(RESULT_FULL_EN);
    const second = bundleOf(RESULT_AR);
    second.files = first.files;
    const { deps, signer } = setup([first, second]);
    const body = await generate(
      requestFor([RESULT_FULL_EN, RESULT_AR], { features: { ...ALL_OFF, files: true } }),
      deps,
    );
    expect(signer.signedKeys()).toHaveLength(3);
    expect(body.json_export.results[1]?.files).toEqual(body.json_export.results[0]?.files);
  });
});

describe('report language', () => {
  it("is each result's own language when none is asked for", async () => {
    const { deps } = setup();
    const body = await generate(requestFor([RESULT_JA, RESULT_AR, RESULT_FULL_EN]), deps);
    expect(body.json_export.results.map((result) => result.data.report_language)).toEqual(['ja', 'ar', 'en']);
  });

  it('is the asked language for every result, the content left as it was (translation comes later)', async () => {
    const { deps } = setup();
    const body = await generate(requestFor([RESULT_JA, RESULT_AR], { language: 'de' }), deps);
    const [ja] = body.json_export.results;
    expect(body.json_export.results.map((result) => result.data.report_language)).toEqual(['de', 'de']);
    expect(ja?.data.header.interview_language).toBe('ja');
    expect(ja?.data.ai_recruiter_assessment?.summary).toBe('丁寧で具体的な回答。顧客対応の経験が豊富です。');
  });
});

describe('an HTML export', () => {
  it('is one whole document holding every requested result, in order, in the asked language', async () => {
    const { deps } = setup();
    const body = await generateAny(
      requestFor([RESULT_JA, RESULT_FULL_EN], { export_type: 'html', language: 'de' }),
      deps,
    );
    if (!('html_export' in body)) throw new Error('expected an HTML export');
    const html = body.html_export;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<html[^>]* lang="de/);
    const ja = html.indexOf(bundleOf(RESULT_JA).candidate.name);
    const en = html.indexOf(bundleOf(RESULT_FULL_EN).candidate.name);
    expect(ja).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(ja);
  });

  it('links the page images it shows with the URLs it signed, and signs nothing for sections that are off', async () => {
    const { deps, signer } = setup();
    const body = await generateAny(
      requestFor([RESULT_FULL_EN], { export_type: 'html', features: { ...ALL_OFF } }),
      deps,
    );
    expect(signer.calls).toEqual([]);
    if (!('html_export' in body)) throw new Error('expected an HTML export');
    expect(body.html_export).not.toContain('bucket.example.test');
  });
});

describe('a PDF export', () => {
  function pdfSetup() {
    const fake = new FakePdf();
    const context = setup();
    return { ...context, fake, deps: { ...context.deps, pdf: fake.ports() } };
  }

  it('renders once, answers a signed URL of the reports bucket and its expiry', async () => {
    const { deps, fake, signer } = pdfSetup();
    const body = await generateAny(requestFor([RESULT_FULL_EN], { export_type: 'pdf' }), deps);
    expect(fake.renders).toHaveLength(1);
    const [render] = fake.renders;
    expect(render?.output_key).toMatch(/^exports\/[^/]+\/[0-9a-f]{64}\.pdf$/);
    expect(render?.metadata.header_text).toContain('Amelia Hart');
    expect(render?.metadata.title).toContain('Amelia Hart');
    expect(render?.metadata.title).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // The renderer fetches nothing: page images arrive inlined.
    expect(render?.html).toContain('data:image/png;base64,');
    expect(render?.html).not.toContain('bucket.example.test');
    const pdfSign = signer.calls.find((call) => call.bucket === 'reports');
    expect(pdfSign?.key).toBe(render?.output_key);
    expect(pdfSign?.options.downloadFileName).toMatch(/^Amelia Hart - .+\.pdf$/);
    expect(body).toEqual({
      pdf_export_url: expect.stringContaining('reports.bucket.example.test'),
      pdf_export_valid_until: new Date(NOW.getTime() + TTL_SECONDS * 1000).toISOString(),
    });
  });

  it('re-signs the stored PDF for a repeat request without rendering again', async () => {
    const { deps, fake } = pdfSetup();
    const request = requestFor([RESULT_FULL_EN, RESULT_JA], { export_type: 'pdf' });
    const first = await generateAny(request, deps);
    const second = await generateAny(request, deps);
    expect(fake.renders).toHaveLength(1);
    // A combined report heads each candidate's pages with that candidate's name.
    expect(fake.renders[0]?.metadata.section_headers).toEqual([
      expect.stringContaining(bundleOf(RESULT_FULL_EN).candidate.name),
      expect.stringContaining(bundleOf(RESULT_JA).candidate.name),
    ]);
    expect(second).toEqual(first);
  });

  it("names the caller's merchant as the PDF's author, and falls back to the title without one", async () => {
    const { deps, fake } = pdfSetup();
    await generateAny(requestFor([RESULT_FULL_EN], { export_type: 'pdf' }), deps);
    expect(fake.renders[0]?.metadata.author).toBe('Acme Recruiting');

    const withoutMerchant = new FakePdf();
    await generateAny(requestFor([RESULT_FULL_EN], { export_type: 'pdf' }), {
      ...deps,
      repository: new FakeRepository(MEMBERSHIPS, allBundles()),
      pdf: withoutMerchant.ports(),
    });
    const render = withoutMerchant.renders[0];
    expect(render?.metadata.author).toBe(render?.metadata.title);
  });

  it('renders again when what decides the bytes changes (template, language)', async () => {
    const { deps, fake } = pdfSetup();
    await generateAny(requestFor([RESULT_FULL_EN], { export_type: 'pdf' }), deps);
    await generateAny(requestFor([RESULT_FULL_EN], { export_type: 'pdf', template: 'modern' }), deps);
    await generateAny(requestFor([RESULT_FULL_EN], { export_type: 'pdf', language: 'ja' }), deps);
    const keys = new Set(fake.renders.map((render) => render.output_key));
    expect(keys.size).toBe(3);
  });

  it('keeps a stored report under the result and records the URL on it (store_file)', async () => {
    const { deps, fake, repository } = pdfSetup();
    const body = await generateAny(
      requestFor([RESULT_FULL_EN], { export_type: 'pdf', store_file: true }),
      deps,
    );
    expect(fake.renders[0]?.output_key).toMatch(
      new RegExp(`^reports/[^/]+/${RESULT_FULL_EN}/[0-9a-f]{64}\\.pdf$`),
    );
    expect(repository.pdfExportsRecorded).toEqual([
      [RESULT_FULL_EN, { ...body, pdf_export_version: NOW.toISOString() }],
    ]);
  });

  it('is a 500-class fault, not a refusal, when the deployment has no renderer', async () => {
    const { deps } = setup();
    await expect(
      generateReport(acme, requestFor([RESULT_FULL_EN], { export_type: 'pdf' }), deps),
    ).rejects.toThrow(PdfExportNotConfiguredError);
  });
});
