/**
 * Horizontal bars for 0–100 scores: one row per score, label and number as HTML text, the bar as SVG.
 *
 * Labels stay HTML because their length varies tenfold across 34 languages (SVG text cannot wrap or
 * measure itself); the numbers are therefore real text for screen readers and text extraction. The bar
 * grows from the inline start: its x is mirrored for right-to-left reports.
 */
import { formatNumber } from '../format.ts';
import type { RenderContext } from '../render-context.ts';
import { bandOfPercent, clampPercent, MISSING } from './scale.ts';

export interface ScoreBarItem {
  key: string;
  label: string;
  /** 0–100, or null when the platform has no value. */
  value: number | null;
}

export function ScoreBars({
  items,
  ctx,
  caption,
  notAvailable,
  compact = false,
}: {
  items: ScoreBarItem[];
  ctx: RenderContext;
  caption: string;
  notAvailable: string;
  compact?: boolean;
}) {
  return (
    <figure class={compact ? 'chart score-bars compact' : 'chart score-bars'}>
      <figcaption class="chart-caption">{caption}</figcaption>
      <dl class="bar-list">
        {items.map((item) => {
          const value = item.value;
          const band = value === null ? null : bandOfPercent(value);
          const width = value === null ? 0 : clampPercent(value);
          const x = ctx.rtl ? 100 - width : 0;
          return (
            <div class={`bar-row bar-${item.key}`}>
              <dt class="bar-label">{item.label}</dt>
              <dd class="bar-cell">
                <svg class="bar" width="100%" height="12" aria-hidden="true" focusable="false">
                  <rect class="bar-track" x="0" y="0" width="100%" height="12" rx="6" fill="#e9ecf2" />
                  {value !== null && width > 0 && (
                    <rect x={`${x}%`} y="0" width={`${width}%`} height="12" rx="6" fill={band?.solid} />
                  )}
                </svg>
                <span class="bar-value" style={band ? { color: band.ink } : { color: MISSING.ink }}>
                  {value === null ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span class="visually-hidden">{notAvailable}</span>
                    </>
                  ) : (
                    formatNumber(ctx.lang, value)
                  )}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}
