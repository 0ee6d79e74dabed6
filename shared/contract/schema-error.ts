/**
 * Words for the first error of a generated ajv validator: the field it concerns, as the API names
 * fields (`export_features_result.analytics`, `interview_result_ids[3]`, `body` for the whole body),
 * and a sentence that names the field and what it must be.
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

/** Turns a JSON pointer (`/interview_result_ids/3`) into the API's field path (`interview_result_ids[3]`). */
export function fieldFromPointer(pointer: string, property?: string): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  if (property !== undefined) segments.push(property);
  let field = '';
  for (const raw of segments) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^(0|[1-9][0-9]*)$/.test(segment)) field += `[${segment}]`;
    else field += field === '' ? segment : `.${segment}`;
  }
  return field === '' ? 'body' : field;
}

function typeName(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_NAMES[String(t)] ?? String(t)).join(' or ');
}

/**
 * The field and message for one ajv error. `requiredHints` adds what a missing field must be
 * (ajv's `required` error does not carry the missing property's schema).
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
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const field = fieldFromPointer(error.instancePath, String(params.missingProperty));
    const hint = requiredHints[field];
    return { field, message: hint === undefined ? `${field} is required` : `${field} is required: ${hint}` };
  }
  const field = fieldFromPointer(error.instancePath);
  switch (error.keyword) {
    case 'type':
      return { field, message: `${field} must be ${typeName(params.type)}` };
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return { field, message: `${field} must be one of: ${allowed.join(', ')}` };
    }
    case 'format':
      if (params.format === 'uuid') {
        return { field, message: `${field} must be a UUID such as ${EXAMPLE_UUID}` };
      }
      return { field, message: `${field} must be a valid ${String(params.format)}` };
    default:
      return { field, message: `${field} ${error.message ?? 'is invalid'}` };
  }
}
