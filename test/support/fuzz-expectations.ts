/**
 * What the body fuzz suites (test/unit/contract/fuzz.test.ts, test/security/body-fuzz.test.ts) expect
 * beyond "200 or 422": the exact answer to a valid body, and the twin of a body that names another
 * merchant's results, in which those ids are replaced by ids that never existed. A caller must not be
 * able to tell the two apart, so their answers must be the same bytes.
 */
import { expect } from 'vitest';

/** An answer as the suites read it: the status and the body exactly as it came. */
export interface FuzzAnswer {
  status: number;
  text: string;
  /** Whether the body named another merchant's result, and its twin was answered the same. */
  comparedWithTwin: boolean;
}

/**
 * The key Middy's parser refuses in this JSON text (`__proto__`, or `constructor` holding a
 * `prototype`), found the way it finds it: by a reviver, innermost keys first. fast-check's JSON
 * values do produce `__proto__` keys now and then.
 */
function forbiddenKeyOf(text: string): string | undefined {
  let found: string | undefined;
  JSON.parse(text, (key, value) => {
    const forbidden =
      key === '__proto__' ||
      (key === 'constructor' &&
        value !== null &&
        typeof value === 'object' &&
        Object.hasOwn(value, 'prototype'));
    if (forbidden) found ??= key;
    return value;
  });
  return found;
}

/** The one answer a valid body of own results gets: 200, unless a prototype key in it is refused first. */
function expectedForOwnResults(
  text: string,
): { status: 200 } | { status: 422; body: { error: string; name: string } } {
  const key = forbiddenKeyOf(text);
  if (key === undefined) return { status: 200 };
  return { status: 422, body: { error: `The request body must not contain the key "${key}"`, name: 'body' } };
}

/** The field the not-found answer names: the first id, in request order, that is not the caller's. */
function notFoundField(body: Record<string, unknown>, own: readonly string[]): string {
  const combined = body.interview_result_ids as string[] | undefined;
  if (combined === undefined) return 'interview_result_id';
  const mine = new Set(own.map((id) => id.toLowerCase()));
  return `interview_result_ids[${combined.findIndex((id) => !mine.has(id.toLowerCase()))}]`;
}

/** A valid UUID no fixture or demo record uses, one per foreign id (so repeats stay repeats). */
function neverExistingId(index: number): string {
  return `deadbeef-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

/**
 * The text with every occurrence of a foreign id (in any letter case, keeping its case) replaced by
 * an id that never existed; undefined when the text names none of them.
 *
 * @example twinWithNeverExistingIds('{"interview_result_id":"7C4D…"}', ['7c4d…']) // '{"interview_result_id":"DEADBEEF-…"}'
 */
export function twinWithNeverExistingIds(text: string, foreign: readonly string[]): string | undefined {
  let twin = text;
  foreign.forEach((id, index) => {
    const replacement = neverExistingId(index);
    twin = twin.replace(new RegExp(id, 'gi'), (match) =>
      match === match.toUpperCase() && match !== match.toLowerCase()
        ? replacement.toUpperCase()
        : replacement,
    );
  });
  return twin === text ? undefined : twin;
}

/**
 * Checks the answer to a valid body that names only the caller's own results.
 *
 * @example expectOwnResultsAnswer(raw, await expectContractAnswer(raw));
 */
export function expectOwnResultsAnswer(raw: string, answer: FuzzAnswer): void {
  const expected = expectedForOwnResults(raw);
  expect(answer.status, `${raw.slice(0, 300)}: ${answer.text.slice(0, 300)}`).toBe(expected.status);
  if (expected.status === 422) expect(JSON.parse(answer.text)).toEqual(expected.body);
}

/**
 * Checks the answer to a valid body that names another merchant's result: compared with its twin,
 * and the not-found answer naming the first id the caller does not own.
 *
 * @example expectForeignResultsAnswer(body, own, await expectContractAnswer(JSON.stringify(body)));
 */
export function expectForeignResultsAnswer(
  body: Record<string, unknown>,
  own: readonly string[],
  answer: FuzzAnswer,
): void {
  expect(answer.comparedWithTwin).toBe(true);
  if (forbiddenKeyOf(JSON.stringify(body)) !== undefined) return;
  expect(answer.status).toBe(422);
  expect(JSON.parse(answer.text)).toEqual({
    error: 'Interview result not found',
    name: notFoundField(body, own),
  });
}
