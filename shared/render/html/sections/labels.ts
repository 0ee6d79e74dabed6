import type { LanguageCode } from '../../../domain/records.ts';
import { type LabelKey, t } from '../locale.ts';

export type Label = (key: LabelKey, params?: Record<string, string | number>) => string;

/** The label function of one language, so sections write `l('rubric.title')`. */
export function labelsFor(lang: LanguageCode): Label {
  return (key, params) => t(lang, key, params);
}
