/**
 * The overall score as a ring: the large number a recruiter looks at first.
 *
 * The arc is a circle with `pathLength="100"`, so the dash length is the score itself; it starts at
 * twelve o'clock and runs clockwise, or counter-clockwise in right-to-left reports (the reading
 * direction). The number is SVG text; `<title>`/`<desc>` state it for assistive technology.
 */
import { formatNumber } from '../format.ts';
import type { RenderContext } from '../render-context.ts';
import { bandOfPercent, clampPercent, MISSING } from './scale.ts';

export function ScoreRing({
  value,
  ctx,
  title,
  description,
  notAvailable,
  size = 132,
}: {
  value: number | null;
  ctx: RenderContext;
  title: string;
  description: string;
  notAvailable: string;
  size?: number;
}) {
  const id = `${ctx.idPrefix}overall-ring`;
  const band = value === null ? null : bandOfPercent(value);
  const dash = value === null ? 0 : clampPercent(value);
  // Clockwise from 12 o'clock; mirrored about the vertical axis for RTL.
  const arcTransform = ctx.rtl ? 'translate(60 60) scale(-1 1) rotate(-90)' : 'translate(60 60) rotate(-90)';
  return (
    <svg
      class="score-ring"
      direction="ltr"
      viewBox="0 0 120 120"
      width={size}
      height={size}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <circle cx="60" cy="60" r="52" fill="none" stroke="#e9ecf2" stroke-width="11" />
      {dash > 0 && (
        <circle
          r="52"
          fill="none"
          stroke={band?.solid ?? MISSING.solid}
          stroke-width="11"
          stroke-linecap="round"
          pathLength={100}
          stroke-dasharray={`${dash} 100`}
          transform={arcTransform}
        />
      )}
      <text
        class="score-ring-value"
        x="60"
        y="61"
        text-anchor="middle"
        dominant-baseline="middle"
        font-size={value === null ? 14 : 38}
        font-weight="700"
        fill={band?.ink ?? MISSING.ink}
      >
        {value === null ? notAvailable : formatNumber(ctx.lang, value)}
      </text>
    </svg>
  );
}
