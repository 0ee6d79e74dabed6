/**
 * What report-api (and report-worker) send the pdf-renderer Lambda through the Invoke API, and what
 * it answers. snake_case, like every payload of the service.
 *
 * The renderer only writes under the report prefixes and only reads staged HTML from its own prefix,
 * so a caller that gets the payload wrong cannot make it overwrite candidate files or read them.
 */

export interface PdfFooterLabels {
  /** `{page}` and `{pages}` placeholders, e.g. `Page {page} of {pages}`, `{page} / {pages} ページ`. */
  page_x_of_y?: string;
}

export interface PdfRenderMetadata {
  /** PDF Title (also what a viewer shows in its title bar). */
  title: string;
  /** PDF Author: the merchant (company) the report is for. */
  author: string;
  /** BCP 47 tag of the report's labels, written as the PDF's `/Lang`. */
  language: string;
  /** Running header on every page: the candidate name (or the report name for a combined report). */
  header_text?: string;
  /**
   * A combined report's running header per result: the i-th entry heads the pages of the element
   * placed on the named page `sectionPageName(i)` of shared/render/print-protocol.ts (the i-th candidate's part); `header_text` heads the
   * rest (the overview).
   */
  section_headers?: string[];
  footer_labels?: PdfFooterLabels;
}

/** The most sections a document may name: a combined report holds at most 50 results. */
export const MAX_SECTION_HEADERS = 50;

export interface PdfRenderEvent {
  /** The whole HTML document, when the payload stays under the synchronous invoke limit. */
  html?: string;
  /** Otherwise the key of the staged HTML in the reports bucket, under `HTML_STAGING_PREFIX`. */
  html_s3_key?: string;
  /** Where the PDF goes in the reports bucket; must start with one of `REPORT_KEY_PREFIXES`. */
  output_key: string;
  metadata: PdfRenderMetadata;
}

export interface PdfRenderResult {
  key: string;
  bytes: number;
  pages: number;
}

/** `reports/` keeps a result's stored report; `exports/` holds short-lived exports (lifecycle rule). */
export const REPORT_KEY_PREFIXES = ['reports/', 'exports/'] as const;
/** Staged HTML of payloads too large to invoke with; the renderer deletes it after reading. */
export const HTML_STAGING_PREFIX = 'render-input/';
/**
 * Lambda's synchronous invoke payload limit is 6 MB (Lambda quotas: "Invocation payload (request
 * and response) 6 MB each for synchronous"). Payloads above this size (serialized JSON, bytes) go
 * through S3; the margin leaves room for the metadata and JSON escaping differences.
 */
export const MAX_INLINE_PAYLOAD_BYTES = 5 * 1024 * 1024;

/**
 * An invocation payload the renderer refuses; `field` names the offender. The renderer's own error,
 * not the API's `ValidationError`: a bad payload is a fault of the caller's code (report-api or
 * report-worker), which the caller answers as a 500, never as the client's 422.
 */
export class PdfRenderRequestError extends Error {
  override readonly name = 'PdfRenderRequestError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const MAX_KEY_LENGTH = 1024;
const MAX_TEXT_LENGTH = 2000;
const SAFE_KEY = /^[A-Za-z0-9!_.*'()/=+-]+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, field: string, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || (required && value.trim() === '')) {
    throw new PdfRenderRequestError(`${field} must be a non-empty string`, field);
  }
  if (value.length > MAX_TEXT_LENGTH)
    throw new PdfRenderRequestError(`${field} is longer than ${MAX_TEXT_LENGTH}`, field);
  return value;
}

/** A key under one of the prefixes, without empty, `.` or `..` segments. */
function checkKey(key: unknown, field: string, prefixes: readonly string[], suffix?: string): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH || !SAFE_KEY.test(key)) {
    throw new PdfRenderRequestError(`${field} must be an S3 key of letters, digits and !_.*'()/=+-`, field);
  }
  if (!prefixes.some((prefix) => key.startsWith(prefix))) {
    throw new PdfRenderRequestError(`${field} must start with ${prefixes.join(' or ')}`, field);
  }
  if (key.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new PdfRenderRequestError(`${field} must not hold empty, "." or ".." segments`, field);
  }
  if (suffix && !key.endsWith(suffix))
    throw new PdfRenderRequestError(`${field} must end with ${suffix}`, field);
  return key;
}

/**
 * Checks an invocation payload; every refusal names the offending field.
 *
 * @example
 * parsePdfRenderEvent({ html: '<!doctype html>…', output_key: 'exports/m/x.pdf',
 *   metadata: { title: 'Report', author: 'Acme', language: 'en' } });
 */
export function parsePdfRenderEvent(event: unknown): PdfRenderEvent {
  if (!isRecord(event)) throw new PdfRenderRequestError('The payload must be a JSON object', 'event');
  const { html, html_s3_key, output_key, metadata } = event;
  if ((html === undefined) === (html_s3_key === undefined)) {
    throw new PdfRenderRequestError('Exactly one of html and html_s3_key must be given', 'html');
  }
  if (html !== undefined && (typeof html !== 'string' || html.length === 0)) {
    throw new PdfRenderRequestError('html must be a non-empty string', 'html');
  }
  const parsed: PdfRenderEvent = {
    output_key: checkKey(output_key, 'output_key', REPORT_KEY_PREFIXES, '.pdf'),
    metadata: parseMetadata(metadata),
  };
  if (typeof html === 'string') parsed.html = html;
  else parsed.html_s3_key = checkKey(html_s3_key, 'html_s3_key', [HTML_STAGING_PREFIX]);
  return parsed;
}

function parseMetadata(metadata: unknown): PdfRenderMetadata {
  if (!isRecord(metadata)) throw new PdfRenderRequestError('metadata must be an object', 'metadata');
  const parsed: PdfRenderMetadata = {
    title: text(metadata.title, 'metadata.title', true) as string,
    author: text(metadata.author, 'metadata.author', true) as string,
    language: text(metadata.language, 'metadata.language', true) as string,
  };
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(parsed.language)) {
    throw new PdfRenderRequestError(
      'metadata.language must be a BCP 47 language tag such as en or pt-BR',
      'metadata.language',
    );
  }
  const header = text(metadata.header_text, 'metadata.header_text', false);
  if (header !== undefined) parsed.header_text = header;
  if (metadata.section_headers !== undefined) {
    const sections = metadata.section_headers;
    if (!Array.isArray(sections) || sections.length > MAX_SECTION_HEADERS) {
      throw new PdfRenderRequestError(
        `metadata.section_headers must be an array of at most ${MAX_SECTION_HEADERS} strings`,
        'metadata.section_headers',
      );
    }
    parsed.section_headers = sections.map(
      (entry, index) => text(entry, `metadata.section_headers[${index}]`, true) as string,
    );
  }
  if (metadata.footer_labels !== undefined) {
    if (!isRecord(metadata.footer_labels)) {
      throw new PdfRenderRequestError('metadata.footer_labels must be an object', 'metadata.footer_labels');
    }
    const label = text(metadata.footer_labels.page_x_of_y, 'metadata.footer_labels.page_x_of_y', false);
    parsed.footer_labels = label === undefined ? {} : { page_x_of_y: label };
  }
  return parsed;
}
