/**
 * Risk flags as warnings, the most severe first (the platform's order among equals).
 */
import type { ReportRiskFlag } from '../../../domain/report-model.ts';
import type { RenderContext } from '../render-context.ts';
import { Text } from '../user-text.tsx';
import { WarningIcon } from './icons.tsx';
import { labelsFor } from './labels.ts';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function bySeverity(flags: ReportRiskFlag[]): ReportRiskFlag[] {
  return [...flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function RiskFlags({ flags, ctx }: { flags: ReportRiskFlag[]; ctx: RenderContext }) {
  const l = labelsFor(ctx.lang);
  return (
    <section class="section risks" id={`${ctx.idPrefix}risks`} aria-labelledby={`${ctx.idPrefix}risks-title`}>
      <h2 id={`${ctx.idPrefix}risks-title`}>{l('risk.title')}</h2>
      <ul class="risk-list">
        {bySeverity(flags).map((flag) => (
          <li class={`risk risk-${flag.severity}`}>
            <span class="risk-severity">
              <WarningIcon />
              {l(`risk.severity.${flag.severity}`)}
            </span>
            <span class="risk-text">
              <Text value={flag.description} />
            </span>
            {flag.code && (
              <span class="risk-code">
                <Text value={flag.code} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
