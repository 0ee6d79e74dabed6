import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  describeSchemaError,
  describeSchemaProblem,
  fieldFromPointer,
  fieldPath,
  jsonPath,
  type SchemaErrorOptions,
  type SchemaProblem,
  segmentsOfPointer,
  settingPath,
} from '../../../shared/contract/schema-error.ts';

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

describe('path styles', () => {
  const segments = ['results', 2, 'turns', 0, 'score'];
  it('writes the API field, a JSON path and a setting path from the same segments', () => {
    expect(fieldPath(segments)).toBe('results[2].turns[0].score');
    expect(jsonPath(segments)).toBe('$.results[2].turns[0].score');
    expect(settingPath(['api', 'corsAllowedOrigins', 0])).toBe('api.corsAllowedOrigins.0');
  });

  it('names the whole document as each reader calls it, and quotes names a JSON path cannot write bare', () => {
    expect([fieldPath([]), jsonPath([]), settingPath([])]).toEqual(['body', '$', '(root)']);
    expect(jsonPath(['detail-type'])).toBe('$["detail-type"]');
    expect(segmentsOfPointer('/a~1b/3/c~0d')).toEqual(['a/b', 3, 'c~d']);
  });
});

const seedWords: SchemaErrorOptions = { path: jsonPath, words: 'schema' };
const settingWords: SchemaErrorOptions = {
  path: settingPath,
  words: 'schema',
  missing: 'is missing',
  propertyNoun: 'setting',
  showValue: true,
};

describe('describeSchemaProblem words a problem for its readers', () => {
  const cases: Array<[string, Partial<ErrorObject>, SchemaErrorOptions, SchemaProblem]> = [
    [
      'a type, in the schema’s own name, for someone editing a document',
      { instancePath: '/merchants/0/credits_balance_tenths', params: { type: 'integer' } },
      seedWords,
      { path: '$.merchants[0].credits_balance_tenths', problem: 'must be integer' },
    ],
    [
      'enum values as JSON for that reader',
      { instancePath: '/l', keyword: 'enum', params: { allowedValues: ['en', 'de'] } },
      seedWords,
      { path: '$.l', problem: 'must be one of: "en", "de"' },
    ],
    [
      'enum values bare for an API client',
      { instancePath: '/l', keyword: 'enum', params: { allowedValues: ['en', 'de'] } },
      {},
      { path: 'l', problem: 'must be one of: en, de' },
    ],
    [
      'an unknown property, with the allowed ones when the schema is on the error',
      {
        instancePath: '/candidates/0',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'nickname' },
        parentSchema: { properties: { candidate_id: {}, name: {} } },
      },
      seedWords,
      { path: '$.candidates[0].nickname', problem: 'is not a known field (allowed: candidate_id, name)' },
    ],
    [
      'a pattern, by the description of its schema',
      {
        instancePath: '/id',
        keyword: 'pattern',
        params: { pattern: '^[a-z]+$' },
        parentSchema: { description: 'Lower-case letters.' },
      },
      seedWords,
      { path: '$.id', problem: 'must be lower-case letters (pattern ^[a-z]+$)' },
    ],
    [
      'a UUID, with an example',
      { instancePath: '/id', keyword: 'format', params: { format: 'uuid' } },
      {},
      { path: 'id', problem: 'must be a UUID such as 93c98d21-e04d-4a84-9afa-ed154cf73636' },
    ],
    [
      'a missing setting, as an operator reads it',
      { instancePath: '/auth', keyword: 'required', params: { missingProperty: 'issuerUrl' } },
      settingWords,
      { path: 'auth.issuerUrl', problem: 'is missing' },
    ],
    [
      'a setting out of range, with the value given',
      {
        instancePath: '/functions/pdfRenderer/memoryMb',
        keyword: 'minimum',
        message: 'must be >= 1024',
        data: 64,
      },
      settingWords,
      { path: 'functions.pdfRenderer.memoryMb', problem: 'must be >= 1024; got 64' },
    ],
  ];

  it.each(cases)('%s', (_label, error, options, expected) => {
    expect(describeSchemaProblem(ajvError(error), options)).toEqual(expected);
  });
});
