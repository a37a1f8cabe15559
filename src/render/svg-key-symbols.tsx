// The coverage symbols of the key, drawn exactly as StationLayer draws a covered, partly
// covered and uncovered station dot (a unit test renders both and compares them).
import type { StationState } from '../coverage/coverage.ts';
import { Marker } from './marker.tsx';
import type { Theme } from './theme.ts';

interface Props {
  readonly state: StationState;
  readonly x: number;
  readonly y: number;
  /** The station dot's radius. */
  readonly r: number;
  readonly theme: Theme;
}

export function CoverageSymbol({ state, x, y, r, theme }: Props) {
  const p = { x, y };
  if (state === 'covered') {
    return (
      <Marker
        a={p}
        b={p}
        r={r + 1}
        fill={theme.covered}
        stroke={theme.stationStroke}
        strokeWidth={2}
      />
    );
  }
  if (state === 'partial') {
    return (
      <g>
        <Marker
          a={p}
          b={p}
          r={r + 1}
          fill={theme.stationFill}
          stroke={theme.partial}
          strokeWidth={3}
        />
        <Marker
          a={p}
          b={p}
          r={r * 0.45}
          fill={theme.partial}
          stroke={theme.partial}
          strokeWidth={0}
        />
      </g>
    );
  }
  const k = r * 0.55;
  return (
    <g>
      <Marker
        a={p}
        b={p}
        r={r + 7}
        fill="none"
        stroke={theme.uncovered}
        strokeWidth={2.5}
        dash="4 3"
      />
      <Marker
        a={p}
        b={p}
        r={r + 1}
        fill={theme.stationFill}
        stroke={theme.uncovered}
        strokeWidth={3}
      />
      <path
        d={`M${x - k} ${y - k}L${x + k} ${y + k}M${x - k} ${y + k}L${x + k} ${y - k}`}
        stroke={theme.uncovered}
        strokeWidth={2.5}
        strokeLinecap="round"
      />
    </g>
  );
}

/** The badge StationLayer puts on a station claimed by several solutions. */
export function OverlapSymbol({
  x,
  y,
  theme,
  count,
}: {
  x: number;
  y: number;
  theme: Theme;
  count: number;
}) {
  return (
    <g>
      <circle cx={x} cy={y} r={6.5} fill={theme.text} />
      <text
        x={x}
        y={y + 3.2}
        fill={theme.background}
        fontFamily={theme.fontFamily}
        fontSize={9}
        fontWeight={700}
        textAnchor="middle"
      >
        {count}
      </text>
    </g>
  );
}
