/**
 * A small stacked bar chart in SVG, with the same numbers as a table for screen readers and for
 * anyone who would rather read them. Colours come from the theme, so it reads in light and dark.
 */
import { useState } from 'preact/hooks';

export interface BarSeries {
  name: string;
  /** CSS class giving the series its colour (chart-series-1 ...). */
  className: string;
  values: readonly number[];
}

interface Props {
  id: string;
  title: string;
  categories: readonly string[];
  /** What the categories are ("Week", "Pass"): the table's first column header. */
  categoryLabel: string;
  series: readonly BarSeries[];
  unit: string;
  /** Stacked adds the series up in one bar; grouped sets them side by side. */
  layout?: 'stacked' | 'grouped';
  /** A dashed line at this value, e.g. a budget. */
  reference?: { value: number; label: string };
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { top: 12, right: 8, bottom: 36, left: 44 };

/** A round axis maximum above the data: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value) ?? value;
}

export function BarChart({
  id,
  title,
  categories,
  categoryLabel,
  series,
  unit,
  reference,
  layout = 'stacked',
}: Props) {
  const [asTable, setAsTable] = useState(false);
  const grouped = layout === 'grouped';
  const totals = categories.map((_, i) =>
    grouped
      ? Math.max(0, ...series.map((s) => s.values[i] ?? 0))
      : series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
  );
  const max = niceMax(Math.max(...totals, reference?.value ?? 0));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, categories.length);
  const barWidth = Math.max(2, slot * 0.7);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const labelEvery = Math.ceil(categories.length / 8);
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="chart-title">
        {title}{' '}
        <button
          type="button"
          class="link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? 'Show chart' : 'Show table'}
        </button>
      </figcaption>
      {asTable ? (
        <table class="chart-table">
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name} ({unit})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category, i) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {series.map((s) => (
                  <td key={s.name}>{s.values[i] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <svg
            class="chart-svg"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={`${title}: bar chart; the table view gives the numbers.`}
          >
            {[0, max / 2, max].map((tick) => (
              <g key={tick}>
                <line
                  class="chart-grid"
                  x1={PAD.left}
                  x2={WIDTH - PAD.right}
                  y1={y(tick)}
                  y2={y(tick)}
                />
                <text class="chart-label" x={PAD.left - 6} y={y(tick) + 4} text-anchor="end">
                  {Number.isInteger(tick) ? tick : tick.toFixed(1)}
                </text>
              </g>
            ))}
            {categories.map((category, i) => {
              let base = 0;
              const x = PAD.left + i * slot + (slot - barWidth) / 2;
              return (
                <g key={category}>
                  {series.map((s, k) => {
                    const value = s.values[i] ?? 0;
                    if (grouped) base = 0;
                    const width = grouped ? barWidth / series.length : barWidth;
                    const left = grouped ? x + k * width : x;
                    const top = y(base + value);
                    const rect =
                      value > 0 ? (
                        <rect
                          key={s.name}
                          class={s.className}
                          x={left}
                          width={width}
                          y={top}
                          height={y(base) - top}
                        >
                          <title>{`${category}, ${s.name}: ${value} ${unit}`}</title>
                        </rect>
                      ) : null;
                    base += value;
                    return rect;
                  })}
                  {/* Counted from the newest, so the current week is always labelled. */}
                  {(categories.length - 1 - i) % labelEvery === 0 && (
                    <text
                      class="chart-label"
                      x={x + barWidth / 2}
                      y={HEIGHT - PAD.bottom + 14}
                      text-anchor="middle"
                    >
                      {category}
                    </text>
                  )}
                </g>
              );
            })}
            {reference && (
              <g>
                <line
                  class="chart-reference"
                  x1={PAD.left}
                  x2={WIDTH - PAD.right}
                  y1={y(reference.value)}
                  y2={y(reference.value)}
                />
                <text
                  class="chart-label"
                  x={WIDTH - PAD.right}
                  y={y(reference.value) - 4}
                  text-anchor="end"
                >
                  {reference.label}
                </text>
              </g>
            )}
          </svg>
          <ul class="chart-legend">
            {series.map((s) => (
              <li key={s.name}>
                <span class={`chart-swatch ${s.className}`} aria-hidden="true" /> {s.name}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
