/**
 * fast-check arbitraries for `POST /job-interview-pdf` bodies, shared by the handler-level fuzz suite
 * (test/unit/contract/fuzz.test.ts) and the gateway-level one (test/security/body-fuzz.test.ts):
 * valid bodies of every kind, valid bodies with one field wrong or missing, request-shaped bodies with
 * anything anywhere, text mutations of valid bodies, any JSON, non-JSON strings and extremes.
 */
import fc from 'fast-check';
import { DEFAULT_EXPORT_FEATURES, REPORT_TEMPLATES } from '../../shared/domain/options.ts';
import { LANGUAGE_CODES } from '../../shared/domain/records.ts';

/** The keys of export_features_result the contract names, and one it does not. */
const FEATURE_KEYS = [
  ...Object.keys(DEFAULT_EXPORT_FEATURES),
  'template',
  'mojito_language_code',
  'unknown_toggle',
];

/** A value nested `depth` levels deep, alternating arrays and objects. */
function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { v: value };
  return value;
}

export interface BodyArbitraryIds {
  /** Results of the caller's merchant: valid bodies naming them get a 200. */
  own: readonly string[];
  /** Results that exist but belong to another merchant. */
  foreign: readonly string[];
}

export interface BodyArbitraries {
  /** Valid bodies naming only the caller's own results: each must be answered 200. */
  validRequest: fc.Arbitrary<Record<string, unknown>>;
  /** Valid bodies naming at least one result of another merchant (in either letter case). */
  foreignRequest: fc.Arbitrary<Record<string, unknown>>;
  oneFieldWrong: fc.Arbitrary<Record<string, unknown>>;
  requestLike: fc.Arbitrary<Record<string, unknown>>;
  mutatedText: fc.Arbitrary<string>;
  anyJson: fc.Arbitrary<unknown>;
  weirdString: fc.Arbitrary<string>;
}

/**
 * The arbitraries, with ids a caller may see and ids it may not.
 *
 * @example const { validRequest } = requestBodyArbitraries({ own: [RESULT_FULL_EN], foreign: [RESULT_OTHER_MERCHANT] });
 */
export function requestBodyArbitraries(ids: BodyArbitraryIds): BodyArbitraries {
  const ownIds = [...ids.own];
  // Ids the caller's merchant owns (200s), ids of another merchant, and random ones (not found).
  const knownId = fc.constantFrom(...ownIds, ...ids.foreign);
  const anyUuid = fc.oneof(
    knownId,
    fc.uuid(),
    fc.uuid().map((id) => id.toUpperCase()),
  );
  const weirdString = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', ' ', 'null', 'true', '0', '\u0000', '\ud800', '💥'.repeat(50), 'x'.repeat(10_000)),
  );
  const hugeNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, -0, 1e308),
    fc.bigInt().map((n) => Number(n)),
  );
  /** Any JSON value, some deeply nested. */
  const anyJson = fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((depth) => nest(depth)) },
    { weight: 1, arbitrary: hugeNumber },
    { weight: 1, arbitrary: weirdString },
  );

  /** A field: usually valid, sometimes any JSON at all (a wrong type at every field, in turn). */
  function validOrNot<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
    return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anyJson });
  }

  /** A valid value for each key of export_features_result (the unknown key takes anything). */
  function validFeatureValue(key: string): fc.Arbitrary<unknown> {
    if (key === 'template') return fc.constantFrom(...REPORT_TEMPLATES);
    if (key === 'mojito_language_code') return fc.constantFrom(...LANGUAGE_CODES);
    if (key === 'unknown_toggle') return anyJson;
    return fc.boolean();
  }

  const validFeatures = fc.record(
    Object.fromEntries(FEATURE_KEYS.map((key) => [key, validFeatureValue(key)])),
    {
      requiredKeys: [],
    },
  );

  /** Valid bodies of every kind: single or combined, each export type, any toggles, template and store_file. */
  const validRequest = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...ownIds).map((id) => ({ interview_result_id: id })),
        fc.uniqueArray(fc.constantFrom(...ownIds), { minLength: 1, maxLength: 4 }).map((ids) => ({
          interview_result_ids: ids,
        })),
      ),
      fc.record(
        {
          export_type: fc.constantFrom('json', 'json', 'json', 'html', 'pdf'),
          export_features_result: validFeatures,
          template: fc.constantFrom(...REPORT_TEMPLATES),
          store_file: fc.constant(false),
          extra: anyJson,
        },
        { requiredKeys: ['export_type'] },
      ),
    )
    .map(([ids, rest]) => ({ ...ids, ...rest }) as Record<string, unknown>);

  /** A valid body whose single id, or one more id of its combined list, is another merchant's. */
  const foreignRequest = fc
    .tuple(validRequest, fc.constantFrom(...ids.foreign), fc.boolean(), fc.nat())
    .map(([body, foreignId, upperCase, at]) => {
      const foreign = upperCase ? foreignId.toUpperCase() : foreignId;
      const combined = body.interview_result_ids as string[] | undefined;
      if (combined === undefined) return { ...body, interview_result_id: foreign };
      const position = at % (combined.length + 1);
      return {
        ...body,
        interview_result_ids: [...combined.slice(0, position), foreign, ...combined.slice(position)],
      };
    });

  /** A valid body with exactly one field, top level or a toggle, replaced by any JSON value or removed. */
  const oneFieldWrong = fc
    .tuple(
      validRequest,
      fc.constantFrom(
        'interview_result_id',
        'interview_result_ids',
        'export_type',
        'export_features_result',
        'template',
        'store_file',
        ...FEATURE_KEYS.map((key) => `export_features_result.${key}`),
      ),
      fc.option(anyJson, { nil: undefined, freq: 8 }),
    )
    .map(([body, field, value]) => {
      const [top, inner] = field.split('.') as [string, string | undefined];
      let target = body;
      if (inner !== undefined) {
        target = { ...(body[top] as object) };
        body[top] = target;
      }
      const key = inner ?? top;
      if (value === undefined) delete target[key];
      else target[key] = value;
      return body;
    });

  /** Request-shaped bodies: each field present or not, valid or not, independently. */
  const requestLike = fc.record(
    {
      interview_result_id: validOrNot(anyUuid),
      interview_result_ids: validOrNot(
        fc.oneof(
          fc.uniqueArray(knownId, { minLength: 1, maxLength: 5 }),
          fc.array(anyUuid, { maxLength: 60 }),
          fc.array(fc.oneof(anyUuid, weirdString), { maxLength: 8 }),
        ),
      ),
      export_type: validOrNot(fc.constantFrom('json', 'json', 'json', 'html', 'pdf', 'JSON')),
      export_features_result: validOrNot(
        fc.dictionary(
          fc.constantFrom(...FEATURE_KEYS),
          validOrNot(fc.oneof(fc.boolean(), fc.constantFrom(...REPORT_TEMPLATES, ...LANGUAGE_CODES))),
        ),
      ),
      template: validOrNot(fc.constantFrom(...REPORT_TEMPLATES, 'fancy')),
      store_file: validOrNot(fc.boolean()),
      extra: anyJson,
    },
    { requiredKeys: [] },
  );

  /** Mutations of a body's text: cut, insert, replace, duplicate keys, splice in odd JSON. */
  const mutatedText = fc
    .tuple(
      validRequest.map((body) => JSON.stringify(body)),
      fc.constantFrom('truncate', 'delete', 'insert', 'replace', 'duplicate-key', 'splice-value', 'wrap'),
      fc.nat(),
      fc.nat(),
      fc.oneof(
        weirdString,
        fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'NaN', '1e999', '-', 'nul'),
      ),
    )
    .map(([text, mutation, a, b, insert]) => {
      const at = a % (text.length + 1);
      const length = b % 20;
      switch (mutation) {
        case 'truncate':
          return text.slice(0, at);
        case 'delete':
          return text.slice(0, at) + text.slice(at + length);
        case 'insert':
          return text.slice(0, at) + insert + text.slice(at);
        case 'replace':
          return text.slice(0, at) + insert + text.slice(at + length);
        case 'duplicate-key':
          return text.replace('{', `{"export_type":${JSON.stringify(insert)},`);
        case 'splice-value':
          return text.replace(
            /"export_type":"json"/,
            `"export_type":${insert.length === 0 ? '1e999' : insert}`,
          );
        default:
          return `[${text}]`;
      }
    });

  return { validRequest, foreignRequest, oneFieldWrong, requestLike, mutatedText, anyJson, weirdString };
}
