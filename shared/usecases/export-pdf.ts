/**
 * `export_type: "pdf"`: the report as a PDF in the reports bucket, answered with a presigned GET URL
 * and its expiry (`{ pdf_export_url, pdf_export_valid_until }`).
 *
 * Addressed by content (docs/design.md, "PDFs addressed by content"): the object key is a hash of
 * everything that decides the bytes: the report models with every signed URL replaced by the S3 key
 * it signs (URLs and their expiry change on every request, the objects do not), the options, the
 * language, the template and the renderer's and template's versions. A repeat request with unchanged data finds the object with
 * one HeadObject and re-signs it; Chromium is not started.
 *
 * Page images (resume, cover letter) are fetched here and inlined as `data:` URIs, because the
 * renderer fetches nothing (docs/design.md, "The renderer treats content as hostile").
 */
import { createHash } from 'node:crypto';
import type { ExportFeatures, ReportTemplate } from '../domain/options.ts';
import type { ReportData } from '../domain/report-model.ts';
import type { PdfObjectStore, PdfRenderClient, ReportRepository, UrlSigner } from './ports.ts';

/** Bump when the renderer's output for the same HTML changes (fonts, page box, header, metadata). */
export const PDF_RENDERER_VERSION = 'pdf-renderer/1';

export interface PdfExportDeps {
  pdf: PdfRenderClient;
  objects: PdfObjectStore;
  signer: UrlSigner;
  repository: Pick<ReportRepository, 'recordPdfExport'>;
  /** Lifetime of the PDF's presigned URL (stage config). */
  pdfUrlTtlSeconds: number;
  now: () => Date;
}

export interface PdfExportInput {
  merchantId: string;
  /** The PDF's Author: the merchant's name. */
  author: string;
  /** The PDF's Title (the HTML document's title). */
  title: string;
  /** Running header on every page: the candidate's name, bidi-isolated (a combined report: the title). */
  headerText?: string;
  /** A combined report: the header of each result's pages, in order (candidate names, bidi-isolated). */
  sectionHeaders?: string[];
  reports: ReportData[];
  combined: boolean;
  template: ReportTemplate;
  /** BCP 47 language of the document (`<html lang>`, PDF `/Lang`). */
  language: string;
  features: ExportFeatures;
  storeFile: boolean;
  /**
   * With `storeFile`: the report's version recorded on the result (`pdf_export_version`); default the
   * time of the export. The worker passes the "completed" event's time.
   */
  version?: string;
  /** Every signed URL in `reports` → the files-bucket key it signs. */
  signedKeys: ReadonlyMap<string, string>;
  /** Version of the HTML templates; part of the content hash. */
  templateVersion: string;
  /** Localized footer, `{page}` / `{pages}` placeholders. */
  pageLabel?: string;
  /** Builds the HTML document, given signed page-image URL → `data:` URI. */
  renderHtml(inlineImages: ReadonlyMap<string, string>): string;
}

export interface PdfExportBody {
  pdf_export_url: string;
  pdf_export_valid_until: string;
}

/** JSON with sorted object keys: the same value always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The models with signed URLs replaced by `s3:<key>` and expiry timestamps of signed links dropped. */
function unsigned(value: unknown, signedKeys: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const key = signedKeys.get(value);
    return key === undefined ? value : `s3:${key}`;
  }
  if (Array.isArray(value)) return value.map((item) => unsigned(item, signedKeys));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'expires_at')
        .map(([key, item]) => [key, unsigned(item, signedKeys)]),
    );
  }
  return value;
}

/**
 * The content hash of a PDF export (hex SHA-256).
 *
 * @example const hash = pdfContentHash(input); // '3f1c…'
 */
export function pdfContentHash(
  input: Omit<PdfExportInput, 'renderHtml' | 'storeFile' | 'merchantId' | 'version'>,
): string {
  const decisive = {
    renderer: PDF_RENDERER_VERSION,
    template_version: input.templateVersion,
    template: input.template,
    language: input.language,
    combined: input.combined,
    features: input.features,
    title: input.title,
    author: input.author,
    page_label: input.pageLabel ?? null,
    reports: unsigned(input.reports, input.signedKeys),
  };
  return createHash('sha256').update(canonicalJson(decisive)).digest('hex');
}

/**
 * Where the PDF lives: `reports/<merchant>/<result>/<hash>.pdf` when kept as the result's report
 * (`combined` for a combined report), else `exports/<merchant>/<hash>.pdf` (emptied by a lifecycle rule).
 *
 * @example pdfObjectKey({ merchantId: 'm', storeFile: false, combined: false, reports }, 'ab12') // 'exports/m/ab12.pdf'
 */
export function pdfObjectKey(
  input: Pick<PdfExportInput, 'merchantId' | 'storeFile' | 'combined' | 'reports'>,
  hash: string,
): string {
  if (!input.storeFile) return `exports/${input.merchantId}/${hash}.pdf`;
  const owner = input.combined ? 'combined' : (input.reports[0]?.interview_result_id ?? 'combined');
  return `reports/${input.merchantId}/${owner}/${hash}.pdf`;
}

/** "<candidate> - <position>.pdf" (or the title of a combined report), without path or control characters. */
export function pdfDownloadName(input: Pick<PdfExportInput, 'reports' | 'combined' | 'title'>): string {
  const first = input.reports[0];
  const base =
    !input.combined && first
      ? [first.header.candidate_name, first.header.position].filter((part) => part.trim() !== '').join(' - ')
      : input.title;
  const clean = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips from a file name.
    .replace(/[\u0000-\u001f\u007f\u2068\u2069/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${clean.slice(0, 150) || 'report'}.pdf`;
}

async function inlineImages(input: PdfExportInput, objects: PdfObjectStore): Promise<Map<string, string>> {
  const pages = input.reports.flatMap((report) => report.files ?? []);
  const entries = await Promise.all(
    pages.map(async (page): Promise<[string, string] | undefined> => {
      const key = input.signedKeys.get(page.page_signed);
      if (key === undefined) return undefined;
      const { bytes, contentType } = await objects.readFile(key);
      return [page.page_signed, `data:${contentType};base64,${Buffer.from(bytes).toString('base64')}`];
    }),
  );
  return new Map(entries.filter((entry): entry is [string, string] => entry !== undefined));
}

/** An export whose key is known and nothing is rendered or written yet. */
export interface PreparedPdfExport {
  input: PdfExportInput;
  contentHash: string;
  key: string;
}

/** What an export did, for the callers that look past the answer (the worker: its event and metrics). */
export interface PdfExportResult {
  body: PdfExportBody;
  key: string;
  contentHash: string;
  /** Milliseconds the renderer took; null when the stored PDF was found and re-signed. */
  renderMs: number | null;
  /** With `storeFile`: the results that hold a newer report, where nothing was written. */
  superseded: string[];
}

/**
 * The content hash and object key of an export, before anything is rendered: what the worker keys its
 * idempotency on.
 *
 * @example const { key, contentHash } = preparePdfExport(input);
 */
export function preparePdfExport(input: PdfExportInput): PreparedPdfExport {
  const contentHash = pdfContentHash(input);
  return { input, contentHash, key: pdfObjectKey(input, contentHash) };
}

/**
 * Produces (or finds) the PDF and answers with its presigned URL.
 *
 * @example
 * const body = await exportPdf(input, { pdf, objects, signer, repository, pdfUrlTtlSeconds: 3600, now: () => new Date() });
 * // { pdf_export_url: 'https://…', pdf_export_valid_until: '2026-01-01T12:00:00.000Z' }
 */
export async function exportPdf(input: PdfExportInput, deps: PdfExportDeps): Promise<PdfExportBody> {
  return (await runPdfExport(preparePdfExport(input), deps)).body;
}

/**
 * {@link exportPdf} for a prepared export, answering what it did as well.
 *
 * @example const { body, renderMs } = await runPdfExport(preparePdfExport(input), deps);
 */
export async function runPdfExport(
  prepared: PreparedPdfExport,
  deps: PdfExportDeps,
): Promise<PdfExportResult> {
  const { input, key } = prepared;
  let renderMs: number | null = null;
  if (!(await deps.objects.reportExists(key))) {
    const html = input.renderHtml(await inlineImages(input, deps.objects));
    const first = input.reports[0];
    const started = performance.now();
    await deps.pdf.render({
      html,
      output_key: key,
      metadata: {
        title: input.title,
        author: input.author,
        language: input.language,
        header_text:
          input.headerText ?? (!input.combined && first ? first.header.candidate_name : input.title),
        ...(input.sectionHeaders?.length ? { section_headers: input.sectionHeaders } : {}),
        ...(input.pageLabel ? { footer_labels: { page_x_of_y: input.pageLabel } } : {}),
      },
    });
    renderMs = Math.round(performance.now() - started);
  }
  const url = await deps.signer.sign('reports', key, {
    expiresInSeconds: deps.pdfUrlTtlSeconds,
    downloadFileName: pdfDownloadName(input),
  });
  const now = deps.now();
  const body: PdfExportBody = {
    pdf_export_url: url,
    pdf_export_valid_until: new Date(now.getTime() + deps.pdfUrlTtlSeconds * 1000).toISOString(),
  };
  const superseded: string[] = [];
  if (input.storeFile) {
    const record = { ...body, pdf_export_version: input.version ?? now.toISOString() };
    await Promise.all(
      input.reports.map(async ({ interview_result_id: id }) => {
        const write = await deps.repository.recordPdfExport(id, input.merchantId, record);
        if (write === 'superseded') superseded.push(id);
      }),
    );
  }
  return { body, key, contentHash: prepared.contentHash, renderMs, superseded };
}
