/**
 * Turns the body of `POST /job-interview-pdf` into a `ReportRequest`, or refuses it with a
 * `ValidationError` naming the offending field (`export_features_result.analytics`,
 * `interview_result_ids[3]`, `body`). The contract's own rules run in the generated ajv validator;
 * the rules the contract states only in prose are checked here after it.
 */
import {
  DEFAULT_EXPORT_FEATURES,
  type ExportFeatures,
  type ExportType,
  type ReportRequest,
  type ReportTemplate,
} from '../domain/options.ts';
import { ValidationError } from '../errors.ts';
import { validateJobInterviewPdfRequest } from './generated/request-validator.js';
import type { JobInterviewPdfRequest } from './generated/types.ts';
import { describeSchemaError } from './schema-error.ts';

/**
 * A combined report covers at most this many results: the project's limit (issue 2), which bounds the
 * reads and the rendering one request can cause.
 */
export const MAX_RESULT_IDS = 50;

const DEFAULT_TEMPLATE: ReportTemplate = 'classic';

/** The contract's `export_type` values, in its order (a unit test keeps this in step with the schema). */
export const EXPORT_TYPES = ['pdf', 'html', 'json'] as const satisfies readonly ExportType[];

const REQUIRED_HINTS = { export_type: `one of ${EXPORT_TYPES.join(', ')}` };

const FEATURE_NAMES = Object.keys(DEFAULT_EXPORT_FEATURES) as (keyof ExportFeatures)[];

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ids the body names, in its order, and whether it asked for a combined report. */
function requestedIds(body: JobInterviewPdfRequest): { ids: string[]; combined: boolean } {
  const single = body.interview_result_id;
  const many = body.interview_result_ids;
  if (single !== undefined && many !== undefined) {
    throw new ValidationError(
      'Give either interview_result_id (one result) or interview_result_ids (a combined report), not both',
      'interview_result_ids',
    );
  }
  if (single !== undefined) return { ids: [single.toLowerCase()], combined: false };
  if (many === undefined) {
    throw new ValidationError(
      'interview_result_id is required (or interview_result_ids for a combined report)',
      'interview_result_id',
    );
  }
  if (many.length < 1 || many.length > MAX_RESULT_IDS) {
    throw new ValidationError(
      `interview_result_ids must contain 1 to ${MAX_RESULT_IDS} ids, got ${many.length}`,
      'interview_result_ids',
    );
  }
  // UUIDs are case-insensitive (RFC 9562 §4): compare, and pass on, their lowercase form.
  const ids = many.map((id) => id.toLowerCase());
  const firstIndexOf = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = firstIndexOf.get(id);
    if (first !== undefined) {
      throw new ValidationError(
        `interview_result_ids[${index}] repeats interview_result_ids[${first}]; each id may appear once`,
        `interview_result_ids[${index}]`,
      );
    }
    firstIndexOf.set(id, index);
  });
  return { ids, combined: true };
}

function resolveFeatures(given: JobInterviewPdfRequest['export_features_result']): ExportFeatures {
  const features = { ...DEFAULT_EXPORT_FEATURES };
  for (const name of FEATURE_NAMES) {
    const value = given?.[name];
    if (typeof value === 'boolean') features[name] = value;
  }
  return features;
}

/**
 * Validates a parsed request body and resolves it: defaults for every toggle, the template (top level
 * wins over `export_features_result.template`, then `classic`), lowercase ids in the caller's order.
 * Extra properties are allowed, as the contract allows them.
 *
 * Throws `ValidationError` (422) whose `field` names the offender.
 *
 * @example
 * parseReportRequest({ export_type: 'json', interview_result_ids: [a, b] });
 * // { export_type: 'json', interview_result_ids: [a, b], combined: true, template: 'classic', ... }
 */
export function parseReportRequest(body: unknown): ReportRequest {
  if (!isJsonObject(body)) throw new ValidationError('The request body must be a JSON object', 'body');
  if (!validateJobInterviewPdfRequest(body)) {
    const { message, field } = describeSchemaError(
      validateJobInterviewPdfRequest.errors?.[0],
      REQUIRED_HINTS,
    );
    throw new ValidationError(message, field);
  }
  const { ids, combined } = requestedIds(body);
  if (body.store_file === true && body.export_type !== 'pdf') {
    throw new ValidationError(
      `store_file is only allowed with export_type pdf, not ${body.export_type}`,
      'store_file',
    );
  }
  const options = body.export_features_result;
  return {
    export_type: body.export_type,
    interview_result_ids: ids,
    combined,
    features: resolveFeatures(options),
    template: body.template ?? options?.template ?? DEFAULT_TEMPLATE,
    language: options?.mojito_language_code ?? null,
    store_file: body.store_file === true,
  };
}
