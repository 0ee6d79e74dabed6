/**
 * The one concurrency limiter of the code base, on `p-limit`: run an async step over many values with
 * at most `limit` in flight, in order of the values, results in their order.
 */
import pLimit from 'p-limit';

/**
 * @example await mapLimited(chunks, 4, (chunk) => writeChunk(chunk));
 */
export function mapLimited<T, R>(
  values: readonly T[],
  limit: number,
  run: (value: T) => Promise<R>,
): Promise<R[]> {
  const limiter = pLimit(Math.max(1, limit));
  return Promise.all(values.map((value) => limiter(() => run(value))));
}
