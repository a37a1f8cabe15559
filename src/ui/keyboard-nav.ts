// Arrow-key travel on the map: from a station to the connected station whose line leaves in
// the direction that best matches the arrow. Pure: works on the layout's Geometry only.
import type { Geometry, Point } from '../layout/geometry.ts';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export const isArrowKey = (key: string): key is ArrowKey =>
  key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';

/** Unit vectors in screen space (y grows downwards). */
const ARROW: Record<ArrowKey, Point> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export interface Departure {
  /** The station at the other end of the track. */
  readonly to: string;
  readonly lineId: string;
  /** Unit vector of the first drawn segment leaving the station towards `to`. */
  readonly heading: Point;
  /** Unit vector straight from the station to `to`. */
  readonly straight: Point;
  readonly distance: number;
}

const unit = (from: Point, to: Point): Point | null => {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.hypot(dx, dy);
  return d < 1e-6 ? null : { x: dx / d, y: dy / d };
};

/** The first point of `points` after index `i`, stepping by `step`, that is not at `points[i]`. */
function firstHeading(points: readonly Point[], i: number, step: 1 | -1): Point | null {
  const here = points[i];
  if (!here) return null;
  for (let j = i + step; j >= 0 && j < points.length; j += step) {
    const p = points[j];
    const u = p && unit(here, p);
    if (u) return u;
  }
  return null;
}

/** Every track leaving each station: consecutive stops of every drawn path of every line. */
export function departures(geometry: Geometry): Map<string, Departure[]> {
  const at = new Map(geometry.stations.map((s) => [s.id, s]));
  const out = new Map<string, Departure[]>();
  const add = (from: string, d: Departure) => {
    const list = out.get(from);
    if (list) list.push(d);
    else out.set(from, [d]);
  };
  for (const line of geometry.lines) {
    for (const path of line.paths) {
      for (let i = 0; i + 1 < path.stations.length; i++) {
        const a = path.stations[i];
        const b = path.stations[i + 1];
        const sa = a === undefined ? undefined : at.get(a);
        const sb = b === undefined ? undefined : at.get(b);
        if (!a || !b || !sa || !sb || a === b) continue;
        const straight = unit(sa, sb);
        if (!straight) continue;
        const distance = Math.hypot(sb.x - sa.x, sb.y - sa.y);
        const pa = path.stationPoints[i] ?? -1;
        const pb = path.stationPoints[i + 1] ?? -1;
        add(a, {
          to: b,
          lineId: line.id,
          heading: firstHeading(path.points, pa, 1) ?? straight,
          straight,
          distance,
        });
        add(b, {
          to: a,
          lineId: line.id,
          heading: firstHeading(path.points, pb, -1) ?? { x: -straight.x, y: -straight.y },
          straight: { x: -straight.x, y: -straight.y },
          distance,
        });
      }
    }
  }
  return out;
}

/** Below this score an arrow does not move (the nearest track leaves at more than ~70°). */
const THRESHOLD = 0.3;

/** How well a departure matches an arrow: mostly the drawn heading, a little the straight way. */
export const matchScore = (d: Departure, arrow: Point): number =>
  0.7 * (d.heading.x * arrow.x + d.heading.y * arrow.y) +
  0.3 * (d.straight.x * arrow.x + d.straight.y * arrow.y);

/**
 * The connected station the arrow leads to from `from`, or null when no track leaves in
 * roughly that direction. Ties go to the nearer station, then to the smaller id.
 */
export function neighbourInDirection(
  table: ReadonlyMap<string, readonly Departure[]>,
  from: string,
  key: ArrowKey,
): string | null {
  const arrow = ARROW[key];
  let best: { id: string; score: number; distance: number } | null = null;
  for (const d of table.get(from) ?? []) {
    const score = matchScore(d, arrow);
    if (score < THRESHOLD) continue;
    const better =
      !best ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 &&
        (d.distance < best.distance || (d.distance === best.distance && d.to < best.id)));
    if (better) best = { id: d.to, score, distance: d.distance };
  }
  return best?.id ?? null;
}
