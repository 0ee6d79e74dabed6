import type { RubricVerdict } from '../../../domain/records.ts';
import { CheckIcon, CrossIcon, DashIcon } from './icons.tsx';
import type { Label } from './labels.ts';

/** A rubric verdict as an icon and a word (colour is never the only signal). */
export function VerdictBadge({ verdict, l }: { verdict: RubricVerdict; l: Label }) {
  return (
    <span class={`verdict verdict-${verdict}`}>
      {verdict === 'confirmed' ? <CheckIcon /> : verdict === 'rejected' ? <CrossIcon /> : <DashIcon />}
      <span class="verdict-label">{l(`rubric.verdict.${verdict}`)}</span>
    </span>
  );
}
