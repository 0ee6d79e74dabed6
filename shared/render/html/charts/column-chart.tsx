/**
 * A column chart for short categorical axes (question 1…n, answer 1…n), drawn as one SVG.
 *
 * Geometry is computed for left-to-right and mirrored for right-to-left reports (the first column
 * sits at the inline start, the value axis at the inline start side); the SVG itself is pinned to
 * `direction="ltr"` so text anchors mean what the geometry says. Every value is printed above its
 * column and listed in `<desc>`.
 */
import type { ComponentChildren } from 'preact';

export interface Column {
  /** Axis label under the column (a number, short). */
  label: string;
  /** Value in axis units, or null (drawn as an empty dashed slot). */
  value: number | null;
  /** Printed above the column. */
  valueText: string;
  fill: string;
  /** Sentence for `<desc>`, e.g. "Question 2: 4 out of 5". */
  description: string;
}

export interface ColumnChartProps {
  id: string;
  title: string;
  columns: Column[];
  /** Value axis range and the gridlines to draw (with their labels). */
  min: number;
  max: number;
  ticks: Array<{ value: number; label: string }>;
  rtl: boolean;
  /** A shaded horizontal band (e.g. the comfortable speaking pace). */
  band?: { from: number; to: number; fill: string };
  height?: number;
  /** Extra SVG drawn last (e.g. a legend), in chart coordinates. */
  children?: ComponentChildren;
}

const WIDTH = 680;
const AXIS = 34;
const TOP = 22;
const BOTTOM = 24;

export function ColumnChart(props: ColumnChartProps) {
  const { id, title, columns, min, max, ticks, rtl, band } = props;
  const height = props.height ?? 190;
  const plotWidth = WIDTH - AXIS - 8;
  const plotHeight = height - TOP - BOTTOM;
  const slot = plotWidth / Math.max(columns.length, 1);
  const columnWidth = Math.min(46, slot * 0.62);
  const yOf = (value: number) =>
    TOP + plotHeight - ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * plotHeight;
  // x in LTR terms, mirrored for RTL (a box of width w at x goes to WIDTH - x - w).
  const xOf = (x: number, w = 0) => (rtl ? WIDTH - x - w : x);
  const axisLabelX = rtl ? WIDTH - AXIS + 6 : AXIS - 6;
  const axisAnchor = rtl ? 'start' : 'end';

  return (
    <svg
      class="column-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      direction="ltr"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{columns.map((column) => column.description).join('; ')}</desc>
      {band && (
        <rect
          class="chart-band"
          x={xOf(AXIS, plotWidth)}
          y={yOf(band.to)}
          width={plotWidth}
          height={yOf(band.from) - yOf(band.to)}
          fill={band.fill}
        />
      )}
      {ticks.map((tick) => (
        <g class="chart-tick">
          <line
            x1={xOf(AXIS)}
            x2={xOf(AXIS + plotWidth)}
            y1={yOf(tick.value)}
            y2={yOf(tick.value)}
            stroke="#dfe3ea"
            stroke-width="1"
          />
          <text
            x={axisLabelX}
            y={yOf(tick.value)}
            text-anchor={axisAnchor}
            dominant-baseline="middle"
            font-size="11"
            fill="#6b7385"
          >
            {tick.label}
          </text>
        </g>
      ))}
      {columns.map((column, index) => {
        const centre = AXIS + slot * index + slot / 2;
        const x = xOf(centre - columnWidth / 2, columnWidth);
        const cx = xOf(centre);
        const base = yOf(min);
        return (
          <g class="chart-column">
            {column.value === null ? (
              <rect
                x={x}
                y={base - 18}
                width={columnWidth}
                height={18}
                rx="3"
                fill="none"
                stroke="#b8bec9"
                stroke-dasharray="3 3"
              />
            ) : (
              <rect
                x={x}
                y={yOf(column.value)}
                width={columnWidth}
                height={Math.max(2, base - yOf(column.value))}
                rx="3"
                fill={column.fill}
              />
            )}
            <text
              x={cx}
              y={(column.value === null ? base - 18 : yOf(column.value)) - 6}
              text-anchor="middle"
              font-size="12"
              font-weight="700"
              fill="#2b3240"
            >
              {column.valueText}
            </text>
            <text x={cx} y={height - 7} text-anchor="middle" font-size="11" fill="#4d5566">
              {column.label}
            </text>
          </g>
        );
      })}
      {props.children}
    </svg>
  );
}
