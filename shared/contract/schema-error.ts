/**
 * The one translator from an ajv error to words: the path of the field it concerns and a sentence of
 * what the field must be. Every caller of ajv uses it (the API's request parser, the worker's event
 * parser, the repository's item check, the seed loader, the stage settings); they differ only where
 * their readers do, and say so through `SchemaErrorOptions`:
 *
 * - the path style: the API's `export_features_result.analytics` / `interview_result_ids[3]` (`body`
 *   for the whole), a seed document's JSON path `$.results[2].turns[0].score`, a setting's
 *   `api.corsAllowedOrigins.0`;
 * - the words: `plain` for an API client (`must be a boolean (true or false)`, `one of: pdf, html`),
 *   `schema` for someone editing a document against its JSON Schema (`must be integer`,
 *   `one of: "en", "de"`, the schema's own description of a pattern);
 * - small wordings a reader is used to (`is missing` for a setting, the noun for an unknown property,
 *   the value that was given).
 */
import type { ErrorObject } from 'ajv';

/** An example of a valid id, for messages (the contract's own example). */
const EXAMPLE_UUID = '93c98d21-e04d-4a84-9afa-ed154cf73636';

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  boolean: 'a boolean (true or false)',
  object: 'a JSON object',
  array: 'an array',
  number: 'a number',
  integer: 'an integer',
  null: 'null',
};

/** One step of a path: a property name or an array index. */
export type PathSegment = string | number;

/** Writes a path for people from its segments. */
export type PathWriter = (segments: readonly PathSegment[]) => string;

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * The segments of a JSON pointer (RFC 6901), array indexes as numbers.
 *
 * @example segmentsOfPointer('/interview_result_ids/3') // ['interview_result_ids', 3]
 */
export function segmentsOfPointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (ARRAY_INDEX.test(segment) ? Number(segment) : segment));
}

/**
 * The API's field names (docs/api.md, "Refusals"): dots into objects, brackets for array positions,
 * `body` for the body as a whole.
 *
 * @example fieldPath(['interview_result_ids', 3]) // 'interview_result_ids[3]'
 */
export const fieldPath: PathWriter = (segments) => {
  let field = '';
  for (const segment of segments) {
    if (typeof segment === 'number') field += `[${segment}]`;
    else field += field === '' ? segment : `.${segment}`;
  }
  return field === '' ? 'body' : field;
};

/**
 * A JSONPath for people: `$.results[2].turns[0].score`; names that are not identifiers are quoted.
 *
 * @example jsonPath(['results', 2, 'turns', 0, 'score']) // '$.results[2].turns[0].score'
 */
export const jsonPath: PathWriter = (segments) => {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
};

/**
 * A setting's dotted path, array positions included (`api.corsAllowedOrigins.0`); `(root)` for the whole.
 *
 * @example settingPath(['functions', 'reportApi', 'timeoutSeconds']) // 'functions.reportApi.timeoutSeconds'
 */
export const settingPath: PathWriter = (segments) => (segments.length > 0 ? segments.join('.') : '(root)');

/** Turns a JSON pointer (`/interview_result_ids/3`) into the API's field path (`interview_result_ids[3]`). */
export function fieldFromPointer(pointer: string, property?: string): string {
  const segments = segmentsOfPointer(pointer);
  return fieldPath(property === undefined ? segments : [...segments, property]);
}

/** Where the callers of the translator genuinely differ (see the module comment). */
export interface SchemaErrorOptions {
  /** How the path is written; the API's `fieldPath` by default. */
  path?: PathWriter;
  /** `plain` (default) for API clients, `schema` for people editing a document against its schema. */
  words?: 'plain' | 'schema';
  /** What a missing field must be, by its written path (ajv's `required` error carries no schema). */
  requiredHints?: Readonly<Record<string, string>>;
  /** How a missing property is said to be absent; `is required` by default. */
  missing?: string;
  /** What an unknown property is called (`is not a known field`); `field` by default. */
  propertyNoun?: string;
  /** End a problem with a value with `; got <value>`. Needs ajv's `verbose`, which puts it on the error. */
  showValue?: boolean;
}

/** What the translator makes of one error: where, and what is wrong there (without the path). */
export interface SchemaProblem {
  path: string;
  problem: string;
}

/** What the schema that failed says about itself; ajv's `verbose` option puts it on the error. */
interface ParentSchema {
  properties?: Record<string, unknown>;
  description?: string;
  minProperties?: number;
  maxProperties?: number;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function typeName(type: unknown, words: 'plain' | 'schema'): string {
  const types = Array.isArray(type) ? type : [type];
  return types
    .map((t) => (words === 'plain' ? (TYPE_NAMES[String(t)] ?? String(t)) : String(t)))
    .join(' or ');
}

function valueList(values: unknown, words: 'plain' | 'schema'): string {
  const list = Array.isArray(values) ? values : [];
  return list.map((value) => (words === 'plain' ? String(value) : JSON.stringify(value))).join(', ');
}

/** The problem with a value (every keyword but `required` and `additionalProperties`). */
function valueProblem(error: ErrorObject, words: 'plain' | 'schema'): string {
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as ParentSchema;
  // A described schema says best what its value must be (the seed schema describes its patterns).
  const described = parent.description?.replace(/\.$/, '');
  switch (error.keyword) {
    case 'type':
      return `must be ${typeName(params.type, words)}`;
    case 'enum':
      return `must be one of: ${valueList(params.allowedValues, words)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'format':
      if (described) return `must be ${lowerFirst(described)}`;
      if (params.format === 'uuid') return `must be a UUID such as ${EXAMPLE_UUID}`;
      return `must be a valid ${String(params.format)}`;
    case 'pattern':
      if (described) return `must be ${lowerFirst(described)} (pattern ${String(params.pattern)})`;
      return error.message ?? `must match the pattern ${String(params.pattern)}`;
    case 'minProperties':
    case 'maxProperties':
      if (parent.minProperties === 1 && parent.maxProperties === 1 && parent.properties) {
        return `must have exactly one of: ${Object.keys(parent.properties).join(', ')}`;
      }
      return error.message ?? 'has the wrong number of properties';
    default:
      return error.message ?? 'is invalid';
  }
}

/**
 * The path and problem of one ajv error, worded for the caller's readers.
 *
 * @example
 * describeSchemaProblem({ instancePath: '/results/2/turns/0/score', keyword: 'maximum',
 *   params: { limit: 5 }, message: 'must be <= 5', schemaPath: '' }, { path: jsonPath, words: 'schema' });
 * // { path: '$.results[2].turns[0].score', problem: 'must be <= 5' }
 */
export function describeSchemaProblem(error: ErrorObject, options: SchemaErrorOptions = {}): SchemaProblem {
  const writePath = options.path ?? fieldPath;
  const segments = segmentsOfPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const path = writePath([...segments, String(params.missingProperty)]);
    const missing = options.missing ?? 'is required';
    const hint = options.requiredHints?.[path];
    return { path, problem: hint === undefined ? missing : `${missing}: ${hint}` };
  }
  if (error.keyword === 'additionalProperties') {
    const known = Object.keys((error.parentSchema as ParentSchema | undefined)?.properties ?? {});
    const allowed = known.length > 0 ? ` (allowed: ${known.join(', ')})` : '';
    return {
      path: writePath([...segments, String(params.additionalProperty)]),
      problem: `is not a known ${options.propertyNoun ?? 'field'}${allowed}`,
    };
  }
  const got = options.showValue ? `; got ${JSON.stringify(error.data)}` : '';
  return { path: writePath(segments), problem: `${valueProblem(error, options.words ?? 'plain')}${got}` };
}

/**
 * The API's field and message for the first error of a generated validator (docs/api.md lists them).
 * `requiredHints` adds what a missing field must be.
 *
 * @example
 * describeSchemaError({ instancePath: '/export_type', keyword: 'enum',
 *   params: { allowedValues: ['pdf', 'html', 'json'] }, schemaPath: '', message: '' });
 * // { field: 'export_type', message: 'export_type must be one of: pdf, html, json' }
 */
export function describeSchemaError(
  error: ErrorObject | undefined,
  requiredHints: Readonly<Record<string, string>> = {},
): { field: string; message: string } {
  if (error === undefined) return { field: 'body', message: 'The request body does not match the contract' };
  const { path, problem } = describeSchemaProblem(error, { requiredHints });
  return { field: path, message: `${path} ${problem}` };
}
