/**
 * A UUID as the API accepts it: the canonical 8-4-4-4-12 hexadecimal form (RFC 9562 §4), any case,
 * nothing around it. Stricter than ajv-formats' `uuid`, which also takes a `urn:uuid:` prefix.
 * Version and variant bits are not checked: Postgres' `uuid` type (JobMojito's ids) does not check them.
 *
 * @example STRICT_UUID_PATTERN.test('93c98d21-e04d-4a84-9afa-ed154cf73636') // true
 */
export const STRICT_UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
