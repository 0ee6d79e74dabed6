/**
 * Benchmark data: the demo document's results of one merchant, cloned under new ids until there are
 * enough for a 50-result combined report. Each clone keeps its interview, candidate (and so its files),
 * recordings and full transcript, so a combined report costs what a real one would.
 */
import type { SeedDocument } from '../../infra/local/seed-loader.ts';

type SeedResult = SeedDocument['results'][number];

/** Replaces the first uuid group, keeping the rest: unique per clone, still a valid uuid. */
const cloneId = (id: string, clone: number): string => `8${String(clone).padStart(7, '0')}${id.slice(8)}`;

export interface BenchData {
  /** Seed document holding only the new results (interviews and candidates are the demo's). */
  document: SeedDocument;
  merchantId: string;
  userId: string;
  /** The ids of a 50-result combined report, all of one merchant. */
  resultIds: string[];
}

/**
 * @example const { document, resultIds } = benchData(readDemoDocument(), 50);
 */
export function benchData(
  demo: Partial<SeedDocument>,
  count: number,
  merchantId = demo.merchants?.[0]?.merchant_id as string,
): BenchData {
  const userId = demo.memberships?.find((m) => m.merchant_id === merchantId)?.user_id as string;
  const templates = (demo.results ?? []).filter(
    (r) => r.merchant_id === merchantId && (r.turns?.length ?? 0) > 0,
  );
  const results: SeedResult[] = Array.from({ length: count }, (_, index) => {
    const source = structuredClone(templates[index % templates.length] as SeedResult);
    const turns = (source.turns ?? []).map((turn) => ({
      ...turn,
      id: cloneId(turn.id, index),
      parent_turn_id: turn.parent_turn_id ? cloneId(turn.parent_turn_id, index) : null,
    }));
    const keyStatement = source.key_statement
      ? {
          ...source.key_statement,
          result_question_id: source.key_statement.result_question_id
            ? cloneId(source.key_statement.result_question_id, index)
            : null,
        }
      : null;
    return {
      ...source,
      interview_result_id: cloneId(source.interview_result_id, index),
      turns,
      key_statement: keyStatement,
    } as SeedResult;
  });
  return {
    document: { results } as unknown as SeedDocument,
    merchantId,
    userId,
    resultIds: results.map((r) => r.interview_result_id),
  };
}
