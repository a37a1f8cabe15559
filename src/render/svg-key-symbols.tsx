// Coverage symbols: StationLayer draws stations with CoverageMark, and the key (legend,
// exported key) draws its symbols with the same component, so they cannot drift apart.
import type { StationState } from '../coverage/coverage.ts';
import type { Point } from '../layout/geometry.ts';
import { Marker } from './marker.tsx';
import { halfStadiumPath, stadiumPath } from './stadium.ts';
import type { Theme } from './theme.ts';

interface MarkProps {
  readonly state: StationState;
  /** The marker's ends: the same point for a dot, the two ends of an interchange capsule. */
  readonly a: Point;
  readonly b: Point;
  /** The station marker's radius. */
  readonly r: number;
  readonly theme: Theme;
}

/** Width of the background-coloured band round every coverage mark. */
export const KEYLINE_HALO = 2.5;

/**
 * The two-tone keyline round a mark: a band of the background (light on a light theme) outside
 * the mark's outline (dark on a light theme). Any line colour has at least 4.5:1 against one
 * of the two, so the mark stands off every line, in every palette and theme.
 */
function Halo({ a, b, r, theme }: { a: Point; b: Point; r: number; theme: Theme }) {
  return (
    <Marker
      a={a}
      b={b}
      r={r + KEYLINE_HALO}
      fill={theme.background}
      stroke={theme.background}
      strokeWidth={0}
      data-keyline="halo"
    />
  );
}

/**
 * A station drawn by its coverage, told apart by shape first: full is a filled marker,
 * partial a half-filled marker, uncovered a hollow marker with a cross inside a dashed warning
 * ring. Each sits in a two-tone keyline (a dark outline in a light band, or the reverse on
 * the dark theme), so that it reads over a line of any colour.
 */
export function CoverageMark({ state, a, b, r, theme }: MarkProps) {
  if (state === 'covered') {
    return (
      <g data-mark="covered">
        <Halo a={a} b={b} r={r + 1} theme={theme} />
        <Marker
          a={a}
          b={b}
          r={r + 1}
          fill={theme.covered}
          stroke={theme.stationStroke}
          strokeWidth={2}
          data-keyline="outline"
        />
      </g>
    );
  }
  if (state === 'partial') {
    return (
      <g data-mark="partial">
        <Halo a={a} b={b} r={r + 1} theme={theme} />
        <Marker
          a={a}
          b={b}
          r={r + 1}
          fill={theme.stationFill}
          stroke={theme.stationStroke}
          strokeWidth={2}
          data-keyline="outline"
        />
        <path d={halfStadiumPath(a, b, r - 0.5)} fill={theme.partial} />
      </g>
    );
  }
  const cx = (a.x + b.x) / 2;
  const cy = (a.y + b.y) / 2;
  const k = r * 0.55;
  const dot = a.x === b.x && a.y === b.y;
  return (
    <g data-mark="uncovered">
      {dot ? (
        <>
          <Marker
            a={a}
            b={b}
            r={r + 7 + KEYLINE_HALO / 2}
            fill="none"
            stroke={theme.background}
            strokeWidth={2.5 + KEYLINE_HALO}
            data-keyline="halo"
          />
          <Marker
            a={a}
            b={b}
            r={r + 7}
            fill="none"
            stroke={theme.uncovered}
            strokeWidth={2.5}
            dash="4 3"
          />
        </>
      ) : (
        // An interchange: a dashed ring round the capsule (a thick dashed line would fill it).
        <>
          <path
            d={stadiumPath(a, b, r + 7 - 1.25)}
            fill="none"
            stroke={theme.background}
            strokeWidth={2.5 + KEYLINE_HALO}
            data-keyline="halo"
          />
          <path
            d={stadiumPath(a, b, r + 7 - 1.25)}
            fill="none"
            stroke={theme.uncovered}
            strokeWidth={2.5}
            strokeDasharray="4 3"
          />
        </>
      )}
      <Marker
        a={a}
        b={b}
        r={r + 1}
        fill={theme.stationFill}
        stroke={theme.uncovered}
        strokeWidth={3}
        data-keyline="outline"
      />
      <path
        d={`M${cx - k} ${cy - k}L${cx + k} ${cy + k}M${cx - k} ${cy + k}L${cx + k} ${cy - k}`}
        stroke={theme.uncovered}
        strokeWidth={2.5}
        strokeLinecap="round"
      />
    </g>
  );
}

/** The key's symbol for a coverage state: a station dot at (x, y) of radius r. */
export function CoverageSymbol({
  state,
  x,
  y,
  r,
  theme,
}: {
  state: StationState;
  x: number;
  y: number;
  r: number;
  theme: Theme;
}) {
  const p = { x, y };
  return <CoverageMark state={state} a={p} b={p} r={r} theme={theme} />;
}

/** The badge on a station claimed by several solutions (on the map and in the keys). */
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
