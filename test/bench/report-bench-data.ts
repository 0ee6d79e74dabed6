/**
 * Benchmark data: the demo document's results of one merchant, cloned under new ids until there are
 * enough for a 50-result combined report (test/support/cloned-results.ts).
 */
import type { SeedDocument } from '../../infra/local/seed-loader.ts';
import { clonedResults } from '../support/cloned-results.ts';

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
  const { document, results } = clonedResults(demo, {
    templates: (result) => result.merchant_id === merchantId,
    count,
    series: '8',
  });
  return { document, merchantId, userId, resultIds: results.map((r) => r.interview_result_id) };
}
