import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { describeSchemaError, fieldFromPointer } from '../../../shared/contract/schema-error.ts';

function ajvError(values: Partial<ErrorObject>): ErrorObject {
  return { instancePath: '', schemaPath: '#', keyword: 'type', params: {}, ...values };
}

describe('fieldFromPointer', () => {
  it('names the body, nested fields with dots and array items with brackets', () => {
    expect(fieldFromPointer('')).toBe('body');
    expect(fieldFromPointer('/export_type')).toBe('export_type');
    expect(fieldFromPointer('/export_features_result/analytics')).toBe('export_features_result.analytics');
    expect(fieldFromPointer('/interview_result_ids/3')).toBe('interview_result_ids[3]');
    expect(fieldFromPointer('', 'export_type')).toBe('export_type');
    expect(fieldFromPointer('/export_features_result', 'template')).toBe('export_features_result.template');
  });

  it('unescapes JSON pointer escapes', () => {
    expect(fieldFromPointer('/a~1b/c~0d')).toBe('a/b.c~d');
  });
});

describe('describeSchemaError', () => {
  it('words a missing field with its hint', () => {
    const error = ajvError({ keyword: 'required', params: { missingProperty: 'export_type' } });
    expect(describeSchemaError(error, { export_type: 'one of pdf, html, json' })).toEqual({
      field: 'export_type',
      message: 'export_type is required: one of pdf, html, json',
    });
    expect(describeSchemaError(error)).toEqual({ field: 'export_type', message: 'export_type is required' });
  });

  it('words type, enum and format errors', () => {
    expect(
      describeSchemaError(ajvError({ instancePath: '/a', params: { type: ['number', 'null'] } })).message,
    ).toBe('a must be a number or null');
    expect(
      describeSchemaError(
        ajvError({ instancePath: '/t', keyword: 'enum', params: { allowedValues: ['x', 'y'] } }),
      ),
    ).toEqual({ field: 't', message: 't must be one of: x, y' });
    expect(
      describeSchemaError(ajvError({ instancePath: '/u', keyword: 'format', params: { format: 'uri' } }))
        .message,
    ).toBe('u must be a valid uri');
  });

  it('falls back to ajv’s own words for other keywords, and to the body without an error', () => {
    const error = ajvError({
      instancePath: '/ids',
      keyword: 'maxItems',
      message: 'must NOT have more than 50 items',
    });
    expect(describeSchemaError(error).message).toBe('ids must NOT have more than 50 items');
    expect(describeSchemaError(undefined).field).toBe('body');
  });
});
