import type { en, LabelKey } from './catalogs/en.ts';

/** One language's labels: exactly the keys of the English source catalog, translated. */
export type Catalog = Record<LabelKey, string>;

/**
 * Values a catalog deliberately leaves identical to English (a brand, a loanword the language really
 * uses), each with a one-line reason. The completeness test fails on any other value equal to English,
 * and on an entry here whose value is no longer identical (a stale reason).
 */
export type IdenticalToEnglish = Partial<Record<LabelKey, string>>;

/** The placeholder names (`{n}`, `{date}`, …) in a label's English text, as a union of string literals. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** The placeholders of label `K`. */
export type LabelPlaceholder<K extends LabelKey> = PlaceholdersOf<(typeof en)[K]>;

/** Values for the placeholders of label `K`; numbers are formatted for the report language. */
export type LabelParams<K extends LabelKey> = Record<LabelPlaceholder<K>, string | number>;

/** The trailing arguments of `formatLabel`: nothing for a label without placeholders, else its params. */
export type LabelArgs<K extends LabelKey> = [LabelPlaceholder<K>] extends [never]
  ? []
  : [params: LabelParams<K>];
