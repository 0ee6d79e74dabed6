/**
 * The generate-report use case behind `POST /job-interview-pdf`: who is asking, which results they
 * may see, the report model of each, and the body of the chosen export type.
 */
import { buildReportData, contractFiles } from '../domain/build-report-data.ts';
import { objectKeysToSign, type SignedLinks, type SignedUrl } from '../domain/objects-to-sign.ts';
import { fieldOfResultId, type ReportRequest } from '../domain/options.ts';
import { overviewLanguage } from '../domain/overview-rows.ts';
import type { LanguageCode, MembershipRecord, ResultBundle } from '../domain/records.ts';
import type { ContractFilePage, ReportData } from '../domain/report-model.ts';
import { ResultNotFoundError, UnauthorizedError, ValidationError } from '../errors.ts';
import { renderOverviewTable } from '../render/html/overview-table.tsx';
import { pdfPrintChromeFor } from '../render/html/pdf-print-chrome.ts';
import { HTML_TEMPLATE_VERSION, renderReportHtml } from '../render/html/render-report-html.tsx';
import {
  type PdfExportBody,
  type PdfExportResult,
  type PreparedPdfExport,
  preparePdfExport,
  runPdfExport,
} from './export-pdf.ts';
import type { PdfObjectStore, PdfRenderClient, ReportRepository, UrlSigner } from './ports.ts';

export interface ReportDeps {
  repository: ReportRepository;
  signer: UrlSigner;
  /** Lifetime of every presigned URL in the report (`SIGNED_URL_TTL_SECONDS`). */
  signedUrlTtlSeconds: number;
  now: () => Date;
  /** The PDF side: the renderer Lambda's client and the objects it reads and writes. */
  pdf?: PdfExportPorts;
}

export interface PdfExportPorts {
  client: PdfRenderClient;
  objects: PdfObjectStore;
}

/** Raised when a PDF is asked of a deployment built without the renderer: a wiring fault, a 500. */
export class PdfExportNotConfiguredError extends Error {
  override readonly name = 'PdfExportNotConfiguredError';
  constructor() {
    super('PDF export requested but no PDF renderer is configured');
  }
}

/** The identity the gateway verified: the token's `sub`. */
export interface Caller {
  userId: string;
}

/** `JobInterviewPdfJsonExport` of the contract, with `data` typed as the report model. */
export interface JsonExportBody {
  json_export: {
    results: Array<{ data: ReportData; files: ContractFilePage[] }>;
    /** The overview table as HTML; only for combined reports (`interview_result_ids`). */
    table?: string;
  };
}

/** `JobInterviewPdfHtmlExport`: the whole report as one HTML document. */
export interface HtmlExportBody {
  html_export: string;
}

export type ReportBody = JsonExportBody | HtmlExportBody | PdfExportBody;

/** One result, checked and ready to build, with the language its report is in. */
interface PreparedResult {
  bundle: ResultBundle;
  reportLanguage: LanguageCode;
}

function preparedResults(bundles: readonly ResultBundle[], request: ReportRequest): PreparedResult[] {
  return bundles.map((bundle) => ({
    bundle,
    reportLanguage: request.language ?? bundle.result.mojito_language_code,
  }));
}

async function membershipOf(caller: Caller, deps: ReportDeps): Promise<MembershipRecord> {
  const membership = await deps.repository.getMembership(caller.userId);
  if (membership === null) throw new UnauthorizedError();
  return membership;
}

/**
 * Loads the requested results in one repository call and keeps the caller's order (exported for the
 * worker, which reads the interview's auto-export settings off the bundle before it builds a request). A result that
 * does not exist and one of another merchant throw the very same error (docs/design.md, "Errors"), so the
 * answer says nothing about ids the caller may not see. The interview and candidate are checked as
 * well: a bundle that mixes tenants is treated as not there rather than shown.
 */
export async function loadOwnResults(
  request: Pick<ReportRequest, 'interview_result_ids' | 'combined'>,
  merchantId: string,
  deps: Pick<ReportDeps, 'repository'>,
): Promise<ResultBundle[]> {
  const bundles = await deps.repository.loadResultBundles(request.interview_result_ids, { merchantId });
  return request.interview_result_ids.map((id, index) => {
    const bundle = bundles.get(id);
    if (
      bundle === undefined ||
      bundle.result.merchant_id !== merchantId ||
      bundle.interview.merchant_id !== merchantId ||
      bundle.candidate.merchant_id !== merchantId
    ) {
      throw new ResultNotFoundError(fieldOfResultId(request, index));
    }
    return bundle;
  });
}

/**
 * The content of a result in its report language. Seam for machine translation: when the report
 * language differs from the result's own, a later issue translates the content here (Amazon
 * Translate) and debits 0.1 credit per result (docs/design.md, "Credits"). Until then the content
 * stays in the interview's language while `report_language` (the labels) follows the request.
 */
async function contentInReportLanguage(prepared: PreparedResult): Promise<ResultBundle> {
  return prepared.bundle;
}

/**
 * Signs every object the reports link to, each distinct key once, all with one expiry: `now` plus
 * the configured lifetime.
 */
async function signObjects(bundles: readonly ResultBundle[], request: ReportRequest, deps: ReportDeps) {
  const keys = new Set<string>();
  for (const bundle of bundles) {
    for (const key of objectKeysToSign(bundle, request.features)) keys.add(key);
  }
  const expiresAt = new Date(deps.now().getTime() + deps.signedUrlTtlSeconds * 1000).toISOString();
  const entries = await Promise.all(
    [...keys].map(async (key): Promise<[string, SignedUrl]> => {
      const url = await deps.signer.sign('files', key, { expiresInSeconds: deps.signedUrlTtlSeconds });
      return [key, { url, expires_at: expiresAt }];
    }),
  );
  return new Map(entries) satisfies SignedLinks;
}

/** The report model of every result, in request order, and the signed links they hold. */
async function buildReports(prepared: readonly PreparedResult[], request: ReportRequest, deps: ReportDeps) {
  const bundles = await Promise.all(prepared.map(contentInReportLanguage));
  const links = await signObjects(bundles, request, deps);
  const reports = bundles.map((bundle, index) =>
    buildReportData(bundle, request, links, (prepared[index] as PreparedResult).reportLanguage),
  );
  return { reports, links };
}

async function jsonExport(
  prepared: readonly PreparedResult[],
  request: ReportRequest,
  deps: ReportDeps,
): Promise<JsonExportBody> {
  const { reports } = await buildReports(prepared, request, deps);
  const body: JsonExportBody = {
    json_export: { results: reports.map((data) => ({ data, files: contractFiles(data) })) },
  };
  if (request.combined) body.json_export.table = renderOverviewTable(reports, overviewLanguage(reports));
  return body;
}

async function htmlExport(
  prepared: readonly PreparedResult[],
  request: ReportRequest,
  deps: ReportDeps,
): Promise<HtmlExportBody> {
  const { reports } = await buildReports(prepared, request, deps);
  return {
    html_export: renderReportHtml({
      reports,
      combined: request.combined,
      template: request.template,
      ...(request.language ? { language: request.language } : {}),
    }),
  };
}

/**
 * The PDF's Title and Author show in the viewer's own window, file lists and properties, outside the
 * document's bidi handling: bidi controls there (the HTML title's isolates, or an override in a
 * name) are dropped.
 */
function withoutBidiControls(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** A PDF report up to its content hash; `run` renders it unless stored, signs it and records it. */
export interface PreparedPdfReport {
  export: PreparedPdfExport;
  run(): Promise<PdfExportResult>;
}

/**
 * The PDF path of {@link generateMerchantReport} for results loaded and checked by
 * {@link loadOwnResults}, stopped before anything is rendered or written, so the worker can key its
 * idempotency on the content hash. `version` is recorded on the result with `store_file`.
 *
 * @example
 * const pdf = await prepareMerchantPdf(bundles, request, merchantId, deps, { version: event.time });
 * const { body, key } = await pdf.run();
 */
export async function prepareMerchantPdf(
  bundles: readonly ResultBundle[],
  request: ReportRequest,
  merchantId: string,
  deps: ReportDeps,
  options: { version?: string } = {},
): Promise<PreparedPdfReport> {
  const pdf = deps.pdf;
  if (pdf === undefined) throw new PdfExportNotConfiguredError();
  const [{ reports, links }, merchant] = await Promise.all([
    buildReports(preparedResults(bundles, request), request, deps),
    deps.repository.getMerchant(merchantId),
  ]);
  const language = request.language ?? overviewLanguage(reports);
  const chrome = pdfPrintChromeFor(reports, request.combined, language);
  // exportPdf hashes the models with every signed URL replaced by the key it signs.
  const signedKeys = new Map([...links].map(([key, link]) => [link.url, key]));
  const renderHtml = (inlineImages: ReadonlyMap<string, string>) =>
    renderReportHtml({
      reports,
      combined: request.combined,
      template: request.template,
      language,
      inlineImages,
    });
  const prepared = preparePdfExport({
    merchantId,
    author: withoutBidiControls(merchant?.name ?? chrome.title),
    title: withoutBidiControls(chrome.title),
    headerText: chrome.headerText,
    sectionHeaders: chrome.sectionHeaders,
    reports,
    combined: request.combined,
    template: request.template,
    language: chrome.language,
    features: request.features,
    storeFile: request.store_file,
    ...(options.version ? { version: options.version } : {}),
    signedKeys,
    templateVersion: HTML_TEMPLATE_VERSION,
    pageLabel: chrome.pageLabel,
    renderHtml,
  });
  return {
    export: prepared,
    run: () =>
      runPdfExport(prepared, {
        pdf: pdf.client,
        objects: pdf.objects,
        signer: deps.signer,
        repository: deps.repository,
        pdfUrlTtlSeconds: deps.signedUrlTtlSeconds,
        now: deps.now,
      }),
  };
}

/**
 * Generates the report body for a validated request on behalf of a verified caller: the caller's
 * merchant (membership), then {@link generateMerchantReport}.
 *
 * Throws `UnauthorizedError` (401) when the caller belongs to no merchant and `ResultNotFoundError`
 * (422, naming `interview_result_id` or `interview_result_ids[i]`) for the first requested result
 * that is missing or not the caller's merchant's.
 *
 * @example
 * const body = await generateReport({ userId: claims.sub }, parseReportRequest(event.body), deps);
 * body.json_export.results[0].data.header.candidate_name;
 */
export async function generateReport(
  caller: Caller,
  request: ReportRequest,
  deps: ReportDeps,
): Promise<ReportBody> {
  const membership = await membershipOf(caller, deps);
  return generateMerchantReport(membership.merchant_id, request, deps);
}

/**
 * The report of one merchant's results: load them scoped to the merchant, build each model, and
 * answer with the chosen export. Every way in (the API for a verified caller, the worker for an
 * event's merchant) goes through here, so they share one pipeline.
 *
 * Throws `ResultNotFoundError` for the first result that is missing or another merchant's.
 *
 * @example
 * await generateMerchantReport(event.detail.merchant_id, { ...request, export_type: 'pdf', store_file: true }, deps);
 */
export async function generateMerchantReport(
  merchantId: string,
  request: ReportRequest,
  deps: ReportDeps,
): Promise<ReportBody> {
  const bundles = await loadOwnResults(request, merchantId, deps);
  const prepared = preparedResults(bundles, request);
  switch (request.export_type) {
    case 'json':
      return jsonExport(prepared, request, deps);
    case 'html':
      return htmlExport(prepared, request, deps);
    case 'pdf':
      return (await (await prepareMerchantPdf(bundles, request, merchantId, deps)).run()).body;
    default: {
      const unknown: never = request.export_type;
      throw new ValidationError(`export_type "${String(unknown)}" is not supported`, 'export_type');
    }
  }
}
