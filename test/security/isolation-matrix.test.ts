/**
 * Tenancy as a matrix: for every demo user (every merchant, every role), every result of every other
 * merchant, alone and mixed into a combined report among the user's own, in json, html and pdf. Each
 * answer must be byte for byte the answer to an id that never existed at the same position, and no
 * body may carry any of the other merchant's content. (The worker's events get the same matrix in the
 * event tests: another merchant's result is dropped.)
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SeedDocument } from '../../infra/local/seed-loader.ts';
import { demoDocument, postReport, tokenFor } from '../support/stack-client.ts';

type Document = Partial<SeedDocument>;
const EXPORT_TYPES = ['json', 'html', 'pdf'] as const;

/** Text of a result that only its merchant may ever see: candidate name, email, answers. */
function privateMarks(document: Document, resultId: string): string[] {
  const result = document.results?.find((r) => r.interview_result_id === resultId);
  const candidate = document.candidates?.find((c) => c.candidate_id === result?.candidate_id);
  const answers = (result?.turns ?? [])
    .map((turn) => turn.answer)
    .filter((answer): answer is string => typeof answer === 'string' && answer.length > 20)
    .map((answer) => answer.slice(0, 20));
  return [resultId, candidate?.name, candidate?.email, ...answers].filter(
    (mark): mark is string => typeof mark === 'string' && mark !== '',
  );
}

const document = demoDocument();
const users = document.memberships ?? [];
const resultsOf = (merchantId: string) =>
  (document.results ?? []).filter((r) => r.merchant_id === merchantId).map((r) => r.interview_result_id);

describe.each(users.map((user) => [`${user.role} of ${user.merchant_id.slice(-4)}`, user] as const))(
  "%s asking for other merchants' results",
  (_, user) => {
    const own = resultsOf(user.merchant_id);
    const foreign = (document.results ?? []).filter((r) => r.merchant_id !== user.merchant_id);

    it.each(EXPORT_TYPES)(
      '%s: alone and mixed, the never-existed answer, byte for byte',
      async (exportType) => {
        const token = await tokenFor(user.user_id);
        const [first, second] = own;
        if (!first || !second) throw new Error(`merchant ${user.merchant_id} needs two demo results`);
        for (const target of foreign) {
          const marks = privateMarks(document, target.interview_result_id);
          const pairs: Array<[Record<string, unknown>, Record<string, unknown>]> = [
            [
              { interview_result_id: target.interview_result_id, export_type: exportType },
              { interview_result_id: randomUUID(), export_type: exportType },
            ],
            [
              { interview_result_ids: [first, target.interview_result_id, second], export_type: exportType },
              { interview_result_ids: [first, randomUUID(), second], export_type: exportType },
            ],
            [
              {
                interview_result_ids: [target.interview_result_id.toUpperCase(), first],
                export_type: exportType,
              },
              { interview_result_ids: [randomUUID(), first], export_type: exportType },
            ],
          ];
          for (const [asked, neverExisted] of pairs) {
            const [answer, reference] = await Promise.all([
              postReport(asked, { token }),
              postReport(neverExisted, { token }),
            ]);
            expect(answer.status).toBe(422);
            expect({ body: answer.text, type: answer.headers.get('content-type') }).toEqual({
              body: reference.text,
              type: reference.headers.get('content-type'),
            });
            for (const mark of marks) expect(answer.text).not.toContain(mark);
          }
        }
      },
    );
  },
);
