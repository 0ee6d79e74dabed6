/**
 * The request mix of the load run: per merchant, a list of requests in the proportions the product
 * sees (70 % JSON, 20 % HTML, 10 % PDF), single and combined reports of 2 to 50 results, some asking
 * for another report language (translated where the result's own language differs). Deterministic
 * for a seed, so two runs send the same requests.
 */
import type { LanguageCode } from '../../shared/domain/records.ts';

export type ExportKind = 'json' | 'html' | 'pdf';

export interface MixResult {
  id: string;
  language: LanguageCode;
}

export interface MixRequest {
  kind: ExportKind;
  /** The ids the body names (one for a single report). */
  resultIds: string[];
  body: Record<string, unknown>;
  translated: boolean;
}

/** The share of each export type in one cycle of ten requests. */
const CYCLE: readonly ExportKind[] = [
  'json',
  'json',
  'html',
  'json',
  'json',
  'pdf',
  'json',
  'html',
  'json',
  'json',
];
/** Languages a translated request asks for: ones the local translator covers for real and by marker. */
const TARGET_LANGUAGES: readonly LanguageCode[] = ['en', 'es', 'de'];

/** A small seeded generator (mulberry32): the same seed, the same mix. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` requests over one merchant's results.
 *
 * @example requestMix(results, 100, 1).filter((r) => r.kind === 'json').length // 70
 */
export function requestMix(results: readonly MixResult[], count: number, seed: number): MixRequest[] {
  if (results.length === 0) throw new Error('requestMix needs at least one result');
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const requests: MixRequest[] = [];
  for (let index = 0; index < count; index++) {
    const kind = CYCLE[index % CYCLE.length] as ExportKind;
    // PDFs of large combined reports are minutes of Chromium on two cores: keep PDFs to 1–5 results.
    const most = Math.min(kind === 'pdf' ? 5 : 50, results.length);
    const combined = most >= 2 && next() < 0.4;
    const size = combined ? 2 + Math.floor(next() * (most - 1)) : 1;
    const start = Math.floor(next() * results.length);
    const chosen = Array.from({ length: size }, (_, i) => results[(start + i) % results.length] as MixResult);
    const translate = next() < 0.2;
    const language = translate ? pick(TARGET_LANGUAGES) : undefined;
    const body: Record<string, unknown> = combined
      ? { interview_result_ids: chosen.map((r) => r.id), export_type: kind }
      : { interview_result_id: chosen[0]?.id, export_type: kind };
    if (language) body.export_features_result = { mojito_language_code: language };
    requests.push({
      kind,
      resultIds: chosen.map((r) => r.id),
      body,
      translated: language !== undefined && chosen.some((r) => r.language !== language),
    });
  }
  return requests;
}
