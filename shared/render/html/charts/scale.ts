/**
 * The colour scale of scores, shared by the charts and the overview table.
 *
 * Five bands rather than a continuous ramp: a band reads at a glance and survives greyscale printing
 * better (each step also differs in lightness). Hues run red → amber → green, the convention
 * recruiting dashboards use; colour is never the only carrier: every score is also printed as a number.
 */

export interface ScoreBand {
  /** 1 (weakest) … 5 (strongest). */
  band: 1 | 2 | 3 | 4 | 5;
  /** Bar / dot colour. */
  solid: string;
  /** Cell background. */
  tint: string;
  /** Text colour on the tint (contrast ≥ 4.5:1 on the tint, WCAG 2.1 AA). */
  ink: string;
}

const BANDS: readonly ScoreBand[] = [
  { band: 1, solid: '#c8414b', tint: '#fbe9ea', ink: '#8a1f28' },
  { band: 2, solid: '#e07b39', tint: '#fcefe3', ink: '#8a4313' },
  { band: 3, solid: '#d4a72c', tint: '#fbf4dc', ink: '#6e5408' },
  { band: 4, solid: '#5ba66b', tint: '#e6f3e8', ink: '#235c31' },
  { band: 5, solid: '#1f8a5b', tint: '#d6efe2', ink: '#0f5535' },
];

/** Lower bounds of the bands on the 0–100 scale. */
export const BAND_FLOORS = [0, 40, 55, 70, 85] as const;

/** Every band with its 0–100 range, weakest first (for legends). */
export function bandsWithRanges(): Array<{ band: ScoreBand; from: number; to: number }> {
  return BANDS.map((band, index) => ({
    band,
    from: BAND_FLOORS[index] ?? 0,
    to: index + 1 < BAND_FLOORS.length ? (BAND_FLOORS[index + 1] ?? 100) - 1 : 100,
  }));
}

/** The band of a 0–100 score: <40, <55, <70, <85, ≥85. */
export function bandOfPercent(value: number): ScoreBand {
  const index = value < 40 ? 0 : value < 55 ? 1 : value < 70 ? 2 : value < 85 ? 3 : 4;
  return BANDS[index] as ScoreBand;
}

/** The band of a 1–5 answer score (1 → weakest … 5 → strongest). */
export function bandOfFive(value: number): ScoreBand {
  const index = Math.min(4, Math.max(0, Math.round(value) - 1));
  return BANDS[index] as ScoreBand;
}

/** Neutral colours for missing values. */
export const MISSING = { solid: '#b8bec9', tint: '#f1f3f6', ink: '#4d5566' } as const;

/** Clamp to [0, 100] for drawing (the printed number stays the model's value). */
export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}
