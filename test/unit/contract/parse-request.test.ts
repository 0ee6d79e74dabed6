import { describe, expect, it } from 'vitest';
import { MAX_RESULT_IDS, parseReportRequest } from '../../../shared/contract/parse-request.ts';
import { DEFAULT_EXPORT_FEATURES, type ExportFeatures } from '../../../shared/domain/options.ts';
import { LANGUAGE_CODES } from '../../../shared/domain/records.ts';
import { ValidationError } from '../../../shared/errors.ts';

const ID_A = '93c98d21-e04d-4a84-9afa-ed154cf73636';
const ID_B = '0b7f0c52-63a4-4f0c-9d43-7a2f3b8e1d10';

/** A distinct, valid, lowercase UUID per index. */
function uuidNumber(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** The refusal a body gets: its `name` (field) and message. */
function refusalOf(body: unknown): { name: string; error: string } {
  try {
    parseReportRequest(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const refusal = error as ValidationError;
    return { name: refusal.field, error: refusal.message };
  }
  throw new Error(`expected ${JSON.stringify(body)} to be refused`);
}

describe('parseReportRequest: accepted bodies', () => {
  it('resolves a minimal single-result body to the contract defaults', () => {
    expect(parseReportRequest({ interview_result_id: ID_A, export_type: 'json' })).toEqual({
      export_type: 'json',
      interview_result_ids: [ID_A],
      combined: false,
      features: { ...DEFAULT_EXPORT_FEATURES },
      template: 'classic',
      language: null,
      store_file: false,
    });
  });

  it('keeps the order of interview_result_ids and marks the report combined, even for one id', () => {
    expect(parseReportRequest({ interview_result_ids: [ID_B, ID_A], export_type: 'html' })).toMatchObject({
      interview_result_ids: [ID_B, ID_A],
      combined: true,
    });
    expect(parseReportRequest({ interview_result_ids: [ID_A], export_type: 'json' }).combined).toBe(true);
  });

  it('accepts exactly 50 ids', () => {
    const ids = Array.from({ length: MAX_RESULT_IDS }, (_, i) => uuidNumber(i));
    expect(
      parseReportRequest({ interview_result_ids: ids, export_type: 'json' }).interview_result_ids,
    ).toEqual(ids);
  });

  it('accepts uppercase UUIDs and passes them on lowercase', () => {
    const request = parseReportRequest({ interview_result_id: ID_A.toUpperCase(), export_type: 'json' });
    expect(request.interview_result_ids).toEqual([ID_A]);
  });

  it.each(Object.keys(DEFAULT_EXPORT_FEATURES) as (keyof ExportFeatures)[])(
    'takes %s from export_features_result and leaves the other toggles at their defaults',
    (toggle) => {
      const flipped = !DEFAULT_EXPORT_FEATURES[toggle];
      const request = parseReportRequest({
        interview_result_id: ID_A,
        export_type: 'json',
        export_features_result: { [toggle]: flipped },
      });
      expect(request.features).toEqual({ ...DEFAULT_EXPORT_FEATURES, [toggle]: flipped });
    },
  );

  it('has the defaults the contract states', () => {
    expect(DEFAULT_EXPORT_FEATURES).toEqual({
      contact_details: true,
      ai_recruiter_assessment: true,
      ai_scoring_rubric: false,
      analytics: true,
      transcript: true,
      files: true,
      answer_recording: false,
      session_recording: false,
      group_by_question: false,
    });
  });

  it('takes mojito_language_code from export_features_result, for every one of the 34 languages', () => {
    for (const code of LANGUAGE_CODES) {
      const request = parseReportRequest({
        interview_result_id: ID_A,
        export_type: 'json',
        export_features_result: { mojito_language_code: code },
      });
      expect(request.language).toBe(code);
    }
  });

  it('lets a top-level template win over export_features_result.template', () => {
    const body = {
      interview_result_id: ID_A,
      export_type: 'pdf',
      template: 'one_pager',
      export_features_result: { template: 'modern' },
    };
    expect(parseReportRequest(body).template).toBe('one_pager');
  });

  it('uses export_features_result.template when there is no top-level template', () => {
    const body = {
      interview_result_id: ID_A,
      export_type: 'pdf',
      export_features_result: { template: 'modern' },
    };
    expect(parseReportRequest(body).template).toBe('modern');
  });

  it('accepts store_file with pdf, and store_file: false with any type', () => {
    expect(
      parseReportRequest({ interview_result_id: ID_A, export_type: 'pdf', store_file: true }).store_file,
    ).toBe(true);
    expect(
      parseReportRequest({ interview_result_id: ID_A, export_type: 'json', store_file: false }).store_file,
    ).toBe(false);
  });

  it('allows extra properties, as the contract does', () => {
    const body = {
      interview_result_id: ID_A,
      export_type: 'json',
      client_reference: { anything: [1, 2, 3] },
      export_features_result: { future_toggle: true },
    };
    expect(parseReportRequest(body).features).toEqual({ ...DEFAULT_EXPORT_FEATURES });
  });
});

describe('parseReportRequest: refusals name the field', () => {
  it.each([
    ['null', null],
    ['an array', [{ interview_result_id: ID_A, export_type: 'json' }]],
    ['a string', '{"export_type":"json"}'],
    ['a number', 42],
    ['a boolean', true],
    ['undefined', undefined],
  ])('refuses a body that is %s, naming body', (_label, body) => {
    expect(refusalOf(body)).toEqual({ name: 'body', error: 'The request body must be a JSON object' });
  });

  it('refuses a missing export_type, naming it and its valid values', () => {
    expect(refusalOf({ interview_result_id: ID_A })).toEqual({
      name: 'export_type',
      error: 'export_type is required: one of pdf, html, json',
    });
  });

  it.each(['PDF', 'docx', '', 'json '])('refuses export_type %j, listing the valid values', (exportType) => {
    expect(refusalOf({ interview_result_id: ID_A, export_type: exportType })).toEqual({
      name: 'export_type',
      error: 'export_type must be one of: pdf, html, json',
    });
  });

  it('refuses an export_type that is not a string', () => {
    expect(refusalOf({ interview_result_id: ID_A, export_type: 1 })).toEqual({
      name: 'export_type',
      error: 'export_type must be a string',
    });
  });

  it('refuses a body with neither id field, naming interview_result_id', () => {
    expect(refusalOf({ export_type: 'json' })).toEqual({
      name: 'interview_result_id',
      error: 'interview_result_id is required (or interview_result_ids for a combined report)',
    });
  });

  it('refuses a body with both id fields, naming interview_result_ids', () => {
    expect(
      refusalOf({ interview_result_id: ID_A, interview_result_ids: [ID_B], export_type: 'json' }),
    ).toEqual({
      name: 'interview_result_ids',
      error:
        'Give either interview_result_id (one result) or interview_result_ids (a combined report), not both',
    });
  });

  it.each([
    ['a urn: prefix', `urn:uuid:${ID_A}`],
    ['braces', `{${ID_A}}`],
    ['no dashes', ID_A.replaceAll('-', '')],
    ['a trailing space', `${ID_A} `],
    ['a non-hex digit', ID_A.replace('9', 'g')],
    ['one digit short', ID_A.slice(1)],
    ['an empty string', ''],
  ])('refuses an interview_result_id with %s', (_label, id) => {
    expect(refusalOf({ interview_result_id: id, export_type: 'json' })).toEqual({
      name: 'interview_result_id',
      error: 'interview_result_id must be a UUID such as 93c98d21-e04d-4a84-9afa-ed154cf73636',
    });
  });

  it('refuses an interview_result_id that is not a string', () => {
    expect(refusalOf({ interview_result_id: 7, export_type: 'json' })).toEqual({
      name: 'interview_result_id',
      error: 'interview_result_id must be a string',
    });
  });

  it('names the position of a malformed id in interview_result_ids', () => {
    const ids = [ID_A, ID_B, uuidNumber(2), 'not-a-uuid', uuidNumber(4)];
    expect(refusalOf({ interview_result_ids: ids, export_type: 'json' })).toEqual({
      name: 'interview_result_ids[3]',
      error: 'interview_result_ids[3] must be a UUID such as 93c98d21-e04d-4a84-9afa-ed154cf73636',
    });
  });

  it('names the position of an id that is not a string', () => {
    expect(refusalOf({ interview_result_ids: [ID_A, null], export_type: 'json' })).toEqual({
      name: 'interview_result_ids[1]',
      error: 'interview_result_ids[1] must be a string',
    });
  });

  it('refuses interview_result_ids that is not an array', () => {
    expect(refusalOf({ interview_result_ids: ID_A, export_type: 'json' })).toEqual({
      name: 'interview_result_ids',
      error: 'interview_result_ids must be an array',
    });
  });

  it('refuses an empty interview_result_ids', () => {
    expect(refusalOf({ interview_result_ids: [], export_type: 'json' })).toEqual({
      name: 'interview_result_ids',
      error: 'interview_result_ids must contain 1 to 50 ids, got 0',
    });
  });

  it('refuses 51 ids', () => {
    const ids = Array.from({ length: MAX_RESULT_IDS + 1 }, (_, i) => uuidNumber(i));
    expect(refusalOf({ interview_result_ids: ids, export_type: 'json' })).toEqual({
      name: 'interview_result_ids',
      error: 'interview_result_ids must contain 1 to 50 ids, got 51',
    });
  });

  it('names the position of a repeated id and the position it repeats', () => {
    const ids = [ID_A, ID_B, uuidNumber(2), ID_B];
    expect(refusalOf({ interview_result_ids: ids, export_type: 'json' })).toEqual({
      name: 'interview_result_ids[3]',
      error: 'interview_result_ids[3] repeats interview_result_ids[1]; each id may appear once',
    });
  });

  it('treats the same id in another letter case as a repeat', () => {
    expect(refusalOf({ interview_result_ids: [ID_A, ID_A.toUpperCase()], export_type: 'json' }).name).toBe(
      'interview_result_ids[1]',
    );
  });

  it.each(['json', 'html'])('refuses store_file: true with export_type %s', (exportType) => {
    expect(refusalOf({ interview_result_id: ID_A, export_type: exportType, store_file: true })).toEqual({
      name: 'store_file',
      error: `store_file is only allowed with export_type pdf, not ${exportType}`,
    });
  });

  it('refuses a store_file that is not a boolean', () => {
    expect(refusalOf({ interview_result_id: ID_A, export_type: 'pdf', store_file: 'yes' })).toEqual({
      name: 'store_file',
      error: 'store_file must be a boolean (true or false)',
    });
  });

  it('refuses an unknown top-level template, listing the templates', () => {
    expect(refusalOf({ interview_result_id: ID_A, export_type: 'pdf', template: 'fancy' })).toEqual({
      name: 'template',
      error: 'template must be one of: classic, modern, one_pager',
    });
  });

  it('refuses an unknown export_features_result.template even when the top-level one is valid', () => {
    const body = {
      interview_result_id: ID_A,
      export_type: 'pdf',
      template: 'modern',
      export_features_result: { template: 'fancy' },
    };
    expect(refusalOf(body)).toEqual({
      name: 'export_features_result.template',
      error: 'export_features_result.template must be one of: classic, modern, one_pager',
    });
  });

  it('refuses an export_features_result that is not an object', () => {
    for (const value of [null, [], 'all', true]) {
      expect(
        refusalOf({ interview_result_id: ID_A, export_type: 'json', export_features_result: value }),
      ).toEqual({
        name: 'export_features_result',
        error: 'export_features_result must be a JSON object',
      });
    }
  });

  it.each(Object.keys(DEFAULT_EXPORT_FEATURES))(
    'refuses a non-boolean export_features_result.%s',
    (toggle) => {
      for (const value of ['true', 1, null, {}]) {
        const body = {
          interview_result_id: ID_A,
          export_type: 'json',
          export_features_result: { [toggle]: value },
        };
        expect(refusalOf(body)).toEqual({
          name: `export_features_result.${toggle}`,
          error: `export_features_result.${toggle} must be a boolean (true or false)`,
        });
      }
    },
  );

  it('refuses an unknown mojito_language_code, listing the 34 languages', () => {
    const body = {
      interview_result_id: ID_A,
      export_type: 'json',
      export_features_result: { mojito_language_code: 'xx' },
    };
    expect(refusalOf(body)).toEqual({
      name: 'export_features_result.mojito_language_code',
      error: `export_features_result.mojito_language_code must be one of: ${LANGUAGE_CODES.join(', ')}`,
    });
  });
});
