/**
 * A secret fetched once per Lambda container and kept: the first invocation reads it, later ones reuse
 * it. A failed read is not kept, so the next invocation tries again instead of failing forever.
 */

/**
 * Wraps a fetch so it runs at most once successfully.
 *
 * @example const jwtSecret = cacheSecret(() => readSecretString(client, name)); await jwtSecret();
 */
export function cacheSecret<T>(fetch: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = fetch().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    }
    return pending;
  };
}
