/**
 * Validates report models against `shared/domain/report-data.schema.json` (the documented schema
 * integrators rely on), compiled once per test file with ajv's 2020-12 dialect and its formats.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import reportDataSchema from '../../shared/domain/report-data.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormatsModule.default(ajv);
const validate = ajv.compile(reportDataSchema);

/** The schema errors of a value as readable lines; empty when it is a valid `ReportData`. */
export function reportDataErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
