// What a label candidate covers: line segments as drawn (offset polyline, stroke width
// included) and station markers; and whether it sits nearer another station than its own,
// so that a reader could not tell whose name it is.
import type { Candidates } from './label-candidates.ts';
import type { Rect } from '../geom/box.ts';
import type { MarkerAxis } from './label-geometry.ts';
import {
  connection,
  markerAxis,
  markerRectDistance,
  segmentDistance,
  segmentHitsRect,
} from './label-geometry.ts';
import type { LineGeometry, StationGeometry } from '../geometry.ts';

/** A line segment or a station marker (a dot is a segment of length 0), with its radius. */
export interface Obstacle extends Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly r: number;
  /** The station whose marker this is, or -1 for a line segment. */
  readonly station: number;
}

/** What covering something costs; preferences stay well below `line`. */
export const COST = {
  line: 40,
  station: 100,
  label: 200,
  /**
   * The label lies nearer another station than its own: whose name is it? Below a line's
   * cost (a clean label beside two stations still reads), well above any preference.
   */
  ambiguous: 20,
  /** Per pixel by which the other station is nearer (up to `ambiguousMax` in all). */
  ambiguousPerPx: 1,
  ambiguousMax: 28,
  /** A line runs between the label and its station: the label reads as the far side's. */
  separated: 20,
  /**
   * Most that doubt over whose label it is (ambiguous, separated) may cost: with any
   * preference still below a line's cost, so that a clean label always beats one over a line.
   */
  doubtMax: 28,
} as const;

/** Line segments as drawn (radius: half the stroke plus a margin) and station markers. */
export function obstacleList(
  stations: readonly StationGeometry[],
  lines: readonly LineGeometry[],
  lineRadius: number,
  margin: number,
): Obstacle[] {
  const out: Obstacle[] = [];
  const add = (
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    r: number,
    station: number,
  ): void => {
    out.push({
      x1,
      y1,
      x2,
      y2,
      r,
      station,
      minX: Math.min(x1, x2) - r,
      minY: Math.min(y1, y2) - r,
      maxX: Math.max(x1, x2) + r,
      maxY: Math.max(y1, y2) + r,
    });
  };
  stations.forEach((s, i) => {
    const a = markerAxis(s);
    add(a.x1, a.y1, a.x2, a.y2, a.r + margin, i);
  });
  const seen = new Set<string>();
  for (const line of lines) {
    for (const path of line.paths) {
      for (let i = 0; i + 1 < path.points.length; i++) {
        const p = path.points[i];
        const q = path.points[i + 1];
        if (!p || !q) continue;
        // A branch's shared trunk is drawn once; count it once.
        const [a, b] = p.x < q.x || (p.x === q.x && p.y <= q.y) ? [p, q] : [q, p];
        const key = `${line.id}|${a.x},${a.y}|${b.x},${b.y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        add(p.x, p.y, q.x, q.y, lineRadius, -1);
      }
    }
  }
  return out;
}

/**
 * Sets what candidate k of station `self` covers (lines and markers in `near`, which holds
 * every obstacle within reach of the candidate) and what its nearness to other stations costs.
 */
export function measureCandidate(
  c: Candidates,
  k: number,
  near: readonly Obstacle[],
  self: number,
  axes: readonly MarkerAxis[],
): void {
  const x0 = c.x[k] as number;
  const y0 = c.y[k] as number;
  const x1 = x0 + (c.w[k] as number);
  const y1 = y0 + (c.h[k] as number);
  const own = markerRectDistance(axes[self] as MarkerAxis, x0, y0, x1, y1);
  let cost = 0;
  let nearest = Infinity;
  for (const o of near) {
    if (o.maxX <= x0 || o.minX >= x1 || o.maxY <= y0 || o.minY >= y1) {
      if (o.station >= 0 && o.station !== self && o.minX - x1 < own && x0 - o.maxX < own) {
        if (o.minY - y1 < own && y0 - o.maxY < own)
          nearest = Math.min(
            nearest,
            markerRectDistance(axes[o.station] as MarkerAxis, x0, y0, x1, y1),
          );
      }
      continue;
    }
    // True distance (a stroke's round end, not its bounding square, near a box's corner).
    if (!segmentHitsRect(o.x1, o.y1, o.x2, o.y2, x0 - o.r, y0 - o.r, x1 + o.r, y1 + o.r)) continue;
    if (markerRectDistance(o, x0, y0, x1, y1) > 0) continue;
    cost += o.station < 0 ? COST.line : COST.station;
  }
  if (c.hasLeader(k)) {
    // The leader names the station: no doubt whose label it is, but it must cross nothing.
    // A leader to a label that still covers something only adds clutter: worth it clean only.
    const covered = cost + crossCost(c.leaderEnds(k), near, self);
    c.cover[k] = covered > 0 ? covered + COST.station : 0;
    c.ambiguity[k] = 0;
    return;
  }
  c.cover[k] = cost;
  // Between the label and its marker, nothing: else it looks like the far side's name.
  const gap = connection(axes[self] as MarkerAxis, x0, y0, x1, y1);
  const apart = gap && crossCost(gap, near, self) > 0 ? COST.separated : 0;
  c.ambiguity[k] = Math.min(COST.doubtMax, ambiguity(own, nearest) + apart);
}

/** What the segment `seg` crosses: lines, and markers other than station `self`'s. */
function crossCost(
  seg: readonly [number, number, number, number],
  near: readonly Obstacle[],
  self: number,
): number {
  const [x1, y1, x2, y2] = seg;
  const minX = Math.min(x1, x2);
  const maxX = Math.max(x1, x2);
  const minY = Math.min(y1, y2);
  const maxY = Math.max(y1, y2);
  let cost = 0;
  for (const o of near) {
    if (o.station === self) continue;
    if (o.maxX < minX || o.minX > maxX || o.maxY < minY || o.minY > maxY) continue;
    if (segmentDistance(x1, y1, x2, y2, o.x1, o.y1, o.x2, o.y2) >= o.r) continue;
    cost += o.station < 0 ? COST.line : COST.station;
  }
  return cost;
}

/** What it costs that another station lies `other` pixels from the label and its own `own`. */
export function ambiguity(own: number, other: number): number {
  const by = own - other;
  if (by <= 0.5) return 0;
  return Math.min(COST.ambiguousMax, COST.ambiguous + by * COST.ambiguousPerPx);
}
