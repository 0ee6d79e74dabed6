import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  contractJsonSchema,
  generateContractFiles,
  toJsonSchemaNode,
} from '../../../shared/contract/generate.ts';
import { validateError } from '../../../shared/contract/generated/error-validator.js';
import { validateJobInterviewPdfRequest } from '../../../shared/contract/generated/request-validator.js';
import { validateJobInterviewPdfResponse } from '../../../shared/contract/generated/response-validator.js';
import { EXPORT_TYPES } from '../../../shared/contract/parse-request.ts';
import { STRICT_UUID_PATTERN } from '../../../shared/contract/uuid.ts';
import { DEFAULT_EXPORT_FEATURES, REPORT_TEMPLATES } from '../../../shared/domain/options.ts';
import { LANGUAGE_CODES } from '../../../shared/domain/records.ts';

const openApiUrl = new URL('../../../shared/contract/openapi.yaml', import.meta.url);
const schema = contractJsonSchema(parseYaml(await readFile(openApiUrl, 'utf8')));
type Defs = Record<string, { properties?: Record<string, { enum?: unknown[]; default?: unknown }> }>;
const defs = schema.$defs as Defs;

/** The same schema compiled at test time, the slow way the Lambda avoids: the reference for parity. */
function runtimeValidator(def: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  ajv.addKeyword('example');
  addFormatsModule.default(ajv);
  ajv.addFormat('uuid', STRICT_UUID_PATTERN);
  ajv.addSchema(schema);
  const validate = ajv.getSchema(`${String(schema.$id)}#/$defs/${def}`);
  if (!validate) throw new Error(`no schema ${def}`);
  return validate;
}

const uuid = fc.uuid().map((id) => id.toLowerCase());
const almostUuid = fc.oneof(
  uuid.map((id) => `urn:uuid:${id}`),
  uuid.map((id) => id.slice(1)),
  fc.string(),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });
const requestLike = fc.record(
  {
    interview_result_id: fc.oneof(uuid, almostUuid, anyJson),
    interview_result_ids: fc.oneof(fc.array(fc.oneof(uuid, almostUuid)), anyJson),
    export_type: fc.oneof(fc.constantFrom('pdf', 'html', 'json', 'PDF'), anyJson),
    template: fc.oneof(fc.constantFrom(...REPORT_TEMPLATES, 'fancy'), anyJson),
    store_file: fc.oneof(fc.boolean(), anyJson),
    export_features_result: fc.oneof(
      fc.dictionary(
        fc.constantFrom(...Object.keys(DEFAULT_EXPORT_FEATURES), 'template', 'mojito_language_code', 'extra'),
        fc.oneof(fc.boolean(), fc.constantFrom(...LANGUAGE_CODES, 'modern', 'xx'), anyJson),
      ),
      anyJson,
    ),
  },
  { requiredKeys: [] },
);

describe('OpenAPI to JSON Schema 2020-12', () => {
  it('turns nullable with a type into a null type, and a bare nullable into {}', () => {
    expect(toJsonSchemaNode({ type: 'number', nullable: true })).toEqual({ type: ['number', 'null'] });
    expect(toJsonSchemaNode({ additionalProperties: { nullable: true } })).toEqual({
      additionalProperties: {},
    });
    expect(toJsonSchemaNode({ type: 'string', enum: ['a'], nullable: true })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
    expect(toJsonSchemaNode({ type: 'string', nullable: false })).toEqual({ type: 'string' });
  });

  it('points component refs at $defs and leaves property names alone', () => {
    expect(
      toJsonSchemaNode({ properties: { nullable: { $ref: '#/components/schemas/X', nullable: true } } }),
    ).toEqual({ properties: { nullable: { $ref: '#/$defs/X' } } });
  });

  it('leaves no nullable keyword in the converted contract', () => {
    expect(JSON.stringify(schema)).not.toContain('"nullable"');
  });
});

describe('generated files', () => {
  it('are what the generator writes from the current openapi.yaml (npm run check:generated)', async () => {
    const files = await generateContractFiles();
    for (const [file, content] of files) {
      const committed = await readFile(new URL(`../../../${file}`, import.meta.url), 'utf8');
      expect(committed, file).toBe(content);
    }
  }, 30_000);

  it('are ESM without require()', async () => {
    for (const name of ['request-validator.js', 'response-validator.js', 'error-validator.js']) {
      const code = await readFile(
        new URL(`../../../shared/contract/generated/${name}`, import.meta.url),
        'utf8',
      );
      expect(code, name).not.toMatch(/\brequire\(/);
    }
  });
});

describe('the generated request validator', () => {
  const reference = runtimeValidator('JobInterviewPdfRequest');

  it('agrees with the schema compiled at run time, on thousands of generated bodies', () => {
    fc.assert(
      fc.property(fc.oneof(requestLike, anyJson), (body) => {
        const expected = reference(body);
        expect(validateJobInterviewPdfRequest(body)).toBe(expected);
        if (!expected) {
          expect(validateJobInterviewPdfRequest.errors?.[0]?.instancePath).toBe(
            reference.errors?.[0]?.instancePath,
          );
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts uuids of any version and either case, and refuses a urn: prefix', () => {
    const body = (id: string) => ({ export_type: 'json', interview_result_id: id });
    expect(validateJobInterviewPdfRequest(body('00000000-0000-0000-0000-000000000000'))).toBe(true);
    expect(validateJobInterviewPdfRequest(body('93C98D21-E04D-4A84-9AFA-ED154CF73636'))).toBe(true);
    expect(validateJobInterviewPdfRequest(body('urn:uuid:93c98d21-e04d-4a84-9afa-ed154cf73636'))).toBe(false);
  });
});

describe('the generated response and error validators', () => {
  const reference = runtimeValidator('JobInterviewPdfResponse');

  it('accept each of the three response shapes', () => {
    const shapes = [
      {
        pdf_export_url: 'https://reports.example/r.pdf?X-Amz-Signature=1',
        pdf_export_valid_until: '2026-09-01T12:00:00.000Z',
      },
      { html_export: '<!doctype html><html></html>' },
      {
        json_export: {
          results: [{ data: { header: null }, files: [{ type: 'resume', page: null, page_signed: null }] }],
          table: '<table></table>',
        },
      },
    ];
    for (const shape of shapes)
      expect(validateJobInterviewPdfResponse(shape), JSON.stringify(shape)).toBe(true);
  });

  it('refuse a PDF export whose URL is not a URI, and a file page that is missing', () => {
    expect(
      validateJobInterviewPdfResponse({ pdf_export_url: 'not a uri', pdf_export_valid_until: 'x' }),
    ).toBe(false);
    expect(
      validateJobInterviewPdfResponse({
        json_export: { results: [{ data: {}, files: [{ type: 'resume' }] }] },
      }),
    ).toBe(false);
  });

  it('agree with the schema compiled at run time', () => {
    const file = fc.record({
      type: fc.oneof(fc.string(), anyJson),
      page: fc.oneof(fc.integer(), fc.constant(null), anyJson),
      page_signed: fc.oneof(fc.webUrl(), fc.constant(null), anyJson),
    });
    const response = fc.oneof(
      fc.record({ pdf_export_url: fc.oneof(fc.webUrl(), fc.string()), pdf_export_valid_until: fc.string() }),
      fc.record({ html_export: fc.oneof(fc.string(), anyJson) }),
      fc.record({
        json_export: fc.record({ results: fc.array(fc.record({ data: anyJson, files: fc.array(file) })) }),
      }),
      anyJson,
    );
    fc.assert(
      fc.property(response, (body) => {
        expect(validateJobInterviewPdfResponse(body)).toBe(reference(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('check the error body: error required, name optional', () => {
    expect(validateError({ error: 'Interview result not found', name: 'interview_result_id' })).toBe(true);
    expect(validateError({ error: 'Unauthorized' })).toBe(true);
    expect(validateError({ name: 'body' })).toBe(false);
  });
});

describe('the contract and the domain constants agree', () => {
  it('on export types, templates, languages and toggle defaults', () => {
    const request = defs.JobInterviewPdfRequest?.properties ?? {};
    const features = defs.InterviewPdfExportFeatures?.properties ?? {};
    expect(request.export_type?.enum).toEqual([...EXPORT_TYPES]);
    expect((defs.ReportTemplate as { enum?: unknown[] }).enum).toEqual([...REPORT_TEMPLATES]);
    expect(features.mojito_language_code?.enum).toEqual([...LANGUAGE_CODES]);
    for (const [toggle, value] of Object.entries(DEFAULT_EXPORT_FEATURES)) {
      expect(features[toggle]?.default, toggle).toBe(value);
    }
  });
});
