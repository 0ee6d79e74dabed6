import type { LanguageCode } from '../../../domain/records.ts';
import { formatLabel, type LabelArgs, type LabelKey } from '../../i18n/index.ts';

/** Labels of one language; placeholders are type-checked against the English source text. */
export type Label = <K extends LabelKey>(key: K, ...args: LabelArgs<K>) => string;

/** The label function of one language, so sections write `l('rubric.title')`. */
export function labelsFor(lang: LanguageCode): Label {
  return (key, ...args) => formatLabel(lang, key, ...args);
}
