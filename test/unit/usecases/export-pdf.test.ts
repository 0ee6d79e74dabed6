import { describe, expect, test } from 'vitest';
import { buildReportData } from '../../../shared/domain/build-report-data.ts';
import { objectKeysToSign, type SignedUrl } from '../../../shared/domain/objects-to-sign.ts';
import {
  exportPdf,
  type PdfExportInput,
  preparePdfExport,
  runPdfExport,
} from '../../../shared/usecases/export-pdf.ts';
import type {
  PdfExportRecord,
  PdfExportWrite,
  PdfObjectStore,
  PdfRenderClient,
  PdfRenderRequest,
} from '../../../shared/usecases/ports.ts';
import { FakeSigner } from '../../support/fakes.ts';
import { ALL_ON, bundleOf, MERCHANT_ACME, RESULT_FULL_EN, requestFor } from '../../support/fixtures.ts';

/** A report as one request would build it: every object signed with this request's signature and expiry. */
function inputFor(
  requestNumber: number,
  overrides: Partial<PdfExportInput> = {},
): PdfExportInput & { htmlCalls: Array<ReadonlyMap<string, string>> } {
  const bundle = bundleOf(RESULT_FULL_EN);
  const request = requestFor([RESULT_FULL_EN], { export_type: 'pdf', features: { ...ALL_ON } });
  const links = new Map<string, SignedUrl>();
  const signedKeys = new Map<string, string>();
  for (const key of objectKeysToSign(bundle, request.features)) {
    const url = `https://files.example.test/${key}?X-Amz-Signature=req${requestNumber}`;
    links.set(key, { url, expires_at: new Date(Date.UTC(2026, 0, 1, requestNumber)).toISOString() });
    signedKeys.set(url, key);
  }
  const report = buildReportData(bundle, request, links, 'en');
  const htmlCalls: Array<ReadonlyMap<string, string>> = [];
  return {
    merchantId: MERCHANT_ACME,
    author: 'Acme',
    title: `Interview report – ${report.header.candidate_name}`,
    reports: [report],
    combined: false,
    template: 'classic',
    language: 'en',
    features: request.features,
    storeFile: false,
    signedKeys,
    templateVersion: 'test-1',
    htmlCalls,
    renderHtml(images) {
      htmlCalls.push(images);
      return `<!doctype html><html lang="en"><body>${[...images.values()].map((src) => `<img src="${src}">`).join('')}</body></html>`;
    },
    ...overrides,
  };
}

class FakeObjects implements PdfObjectStore {
  readonly reports = new Set<string>();
  readonly reads: string[] = [];
  async reportExists(key: string): Promise<boolean> {
    return this.reports.has(key);
  }
  async readFile(key: string): Promise<{ bytes: Uint8Array; contentType: string }> {
    this.reads.push(key);
    return { bytes: new TextEncoder().encode(`image ${key}`), contentType: 'image/png' };
  }
}

class FakeRenderer implements PdfRenderClient {
  readonly calls: PdfRenderRequest[] = [];
  constructor(private readonly objects: FakeObjects) {}
  async render(request: PdfRenderRequest) {
    this.calls.push(request);
    this.objects.reports.add(request.output_key);
    return { key: request.output_key, bytes: 1000, pages: 3 };
  }
}

function depsFor(records: Array<[string, string, PdfExportRecord]> = [], write: PdfExportWrite = 'recorded') {
  const objects = new FakeObjects();
  const pdf = new FakeRenderer(objects);
  const signer = new FakeSigner();
  const deps = {
    pdf,
    objects,
    signer,
    repository: {
      recordPdfExport: async (id: string, merchantId: string, record: PdfExportRecord) => {
        records.push([id, merchantId, record]);
        return write;
      },
    },
    pdfUrlTtlSeconds: 900,
    now: () => new Date('2026-03-01T10:00:00.000Z'),
  };
  return { deps, objects, pdf, signer };
}

describe('exportPdf', () => {
  test('renders once; a repeat request with new signatures and expiries re-signs the stored object', async () => {
    const { deps, pdf, signer } = depsFor();
    const first = await exportPdf(inputFor(1), deps);
    const second = await exportPdf(inputFor(2), deps);
    expect(pdf.calls).toHaveLength(1);
    expect(signer.calls.map((call) => call.key)).toEqual([
      pdf.calls[0]?.output_key,
      pdf.calls[0]?.output_key,
    ]);
    expect(pdf.calls[0]?.output_key).toMatch(new RegExp(`^exports/${MERCHANT_ACME}/[0-9a-f]{64}\\.pdf$`));
    expect(second).toEqual(first);
    expect(first.pdf_export_valid_until).toBe('2026-03-01T10:15:00.000Z');
  });

  test('a change of content, language or template is a new object', async () => {
    const { deps, pdf } = depsFor();
    await exportPdf(inputFor(1), deps);
    const changed = inputFor(1);
    const report = changed.reports[0];
    if (!report) throw new Error('fixture without report');
    report.scores.overall = (report.scores.overall ?? 0) + 1;
    await exportPdf(changed, deps);
    await exportPdf(inputFor(1, { language: 'de' }), deps);
    await exportPdf(inputFor(1, { template: 'one_pager' }), deps);
    expect(new Set(pdf.calls.map((call) => call.output_key)).size).toBe(4);
  });

  test('inlines the page images as data: URIs and names the download after candidate and position', async () => {
    const { deps, objects, pdf, signer } = depsFor();
    const input = inputFor(1);
    await exportPdf(input, deps);
    const report = input.reports[0];
    const pages = report?.files ?? [];
    expect(pages.length).toBeGreaterThan(0);
    const images = input.htmlCalls[0];
    for (const page of pages) expect(images?.get(page.page_signed)).toMatch(/^data:image\/png;base64,/);
    expect(objects.reads).toHaveLength(pages.length);
    expect(pdf.calls[0]?.html).not.toContain('https://files.example.test');
    expect(pdf.calls[0]?.metadata).toMatchObject({
      author: 'Acme',
      language: 'en',
      header_text: report?.header.candidate_name,
    });
    expect(signer.calls[0]?.options.downloadFileName).toBe(
      `${report?.header.candidate_name} - ${report?.header.position}.pdf`,
    );
  });

  test('store_file keeps the PDF under the result and records the URL on it, versioned by the export time', async () => {
    const records: Array<[string, string, PdfExportRecord]> = [];
    const { deps, pdf } = depsFor(records);
    const body = await exportPdf(inputFor(1, { storeFile: true }), deps);
    expect(pdf.calls[0]?.output_key).toMatch(
      new RegExp(`^reports/${MERCHANT_ACME}/${RESULT_FULL_EN}/[0-9a-f]{64}\\.pdf$`),
    );
    expect(records).toEqual([
      [RESULT_FULL_EN, MERCHANT_ACME, { ...body, pdf_export_version: '2026-03-01T10:00:00.000Z' }],
    ]);
  });

  test('a prepared export knows its key and hash before anything renders; running it says what it did', async () => {
    const records: Array<[string, string, PdfExportRecord]> = [];
    const { deps, pdf } = depsFor(records);
    const prepared = preparePdfExport(inputFor(1, { storeFile: true, version: '2026-02-27T08:00:00Z' }));
    expect(prepared.key).toBe(`reports/${MERCHANT_ACME}/${RESULT_FULL_EN}/${prepared.contentHash}.pdf`);
    expect(pdf.calls).toHaveLength(0);

    const first = await runPdfExport(prepared, deps);
    expect(first).toMatchObject({ key: prepared.key, contentHash: prepared.contentHash, superseded: [] });
    expect(first.renderMs).toEqual(expect.any(Number));
    expect(records[0]?.[2].pdf_export_version).toBe('2026-02-27T08:00:00Z');
    // The stored PDF is re-signed: no render, so no render time.
    const again = await runPdfExport(preparePdfExport(inputFor(2, { storeFile: true })), deps);
    expect(again.key).toBe(prepared.key);
    expect(again.renderMs).toBeNull();
    expect(pdf.calls).toHaveLength(1);
  });

  test('names the results that already hold a newer report', async () => {
    const { deps } = depsFor([], 'superseded');
    const result = await runPdfExport(preparePdfExport(inputFor(1, { storeFile: true })), deps);
    expect(result.superseded).toEqual([RESULT_FULL_EN]);
  });
});
