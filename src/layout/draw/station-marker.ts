// Where an interchange's capsule lies. It runs across the station's busiest bundle, through
// the points where the lines are drawn at the station; where two lines swap places or part
// right at the station, their crossing falls a few pixels off that axis. The capsule may
// slide along the track by a little (the spread of the drawn points allows) so that such a
// crossing lies under the marker, which is where a reader expects lines to change places.
import type { Point } from '../geometry.ts';
import type { Vec } from './offset.ts';

/** A piece of a drawn line near a station. */
export interface Piece {
  readonly line: number;
  readonly a: Point;
  readonly b: Point;
}

export interface CapsuleFit {
  readonly a: Point;
  readonly b: Point;
}

/** Where two pieces cross (strictly inside both, not at a shared end), if they do. */
export function crossingPoint(p: Piece, q: Piece): Point | null {
  const rx = p.b.x - p.a.x;
  const ry = p.b.y - p.a.y;
  const vx = q.b.x - q.a.x;
  const vy = q.b.y - q.a.y;
  const den = rx * vy - ry * vx;
  const lr = Math.hypot(rx, ry);
  const lv = Math.hypot(vx, vy);
  if (lr < 1e-9 || lv < 1e-9 || Math.abs(den) < 1e-9 * lr * lv) return null;
  const wx = q.a.x - p.a.x;
  const wy = q.a.y - p.a.y;
  const t = (wx * vy - wy * vx) / den;
  const u = (wx * ry - wy * rx) / den;
  const et = 1e-4 / lr;
  const eu = 1e-4 / lv;
  if (t < -et || t > 1 + et || u < -eu || u > 1 + eu) return null;
  return { x: p.a.x + t * rx, y: p.a.y + t * ry };
}

/** The crossings of different lines' pieces within `reach` of the station. */
export function crossingsNear(s: Point, pieces: readonly Piece[], reach: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    for (let j = i + 1; j < pieces.length; j++) {
      const q = pieces[j] as Piece;
      if (p.line === q.line) continue;
      const x = crossingPoint(p, q);
      if (x && Math.hypot(x.x - s.x, x.y - s.y) <= reach) out.push(x);
    }
  }
  return out;
}

/**
 * The capsule for station `s`: across the first of `axes` (the busiest bundle's), or across
 * another octilinear axis if that one covers more of the `crossings`. On its axis the
 * capsule covers every drawn station point (its line keeps within `tolerance` of each, or
 * of the farthest one if that is more) and as many crossings as it can, each within
 * `radius` of its line. Returns null when there is no drawn point.
 */
export function fitCapsule(
  s: Point,
  axes: readonly Vec[],
  drawn: readonly Point[],
  crossings: readonly Point[],
  radius: number,
  tolerance: number,
): CapsuleFit | null {
  if (drawn.length === 0) return null;
  let best: { fit: CapsuleFit; covered: number } | null = null;
  // With nothing to cover, the first axis is the one.
  for (const axis of crossings.length > 0 ? axes : axes.slice(0, 1)) {
    const f = fitAcross(s, axis, drawn, crossings, radius, tolerance);
    if (!best || f.covered > best.covered) best = f;
  }
  return best?.fit ?? null;
}

function fitAcross(
  s: Point,
  axis: Vec,
  drawn: readonly Point[],
  crossings: readonly Point[],
  radius: number,
  tolerance: number,
): { fit: CapsuleFit; covered: number } {
  const n = { x: -axis.y, y: axis.x }; // square to the capsule
  const along = (p: Point): number => (p.x - s.x) * n.x + (p.y - s.y) * n.y;
  const across = (p: Point): number => (p.x - s.x) * axis.x + (p.y - s.y) * axis.y;
  const slack = Math.max(tolerance, ...drawn.map((p) => Math.abs(along(p))));
  let lo = -Infinity;
  let hi = Infinity;
  for (const p of drawn) {
    lo = Math.max(lo, along(p) - slack);
    hi = Math.min(hi, along(p) + slack);
  }
  // The capsule's line: where it covers the most crossings, then nearest the station's centre.
  const candidates = [0, ...crossings.flatMap((x) => [along(x) - radius, along(x) + radius])];
  let c = Math.min(hi, Math.max(lo, 0));
  let covered = crossings.filter((x) => Math.abs(along(x) - c) <= radius);
  for (const t of candidates) {
    const ct = Math.min(hi, Math.max(lo, t));
    const cov = crossings.filter((x) => Math.abs(along(x) - ct) <= radius);
    if (
      cov.length > covered.length ||
      (cov.length === covered.length && Math.abs(ct) < Math.abs(c))
    ) {
      c = ct;
      covered = cov;
    }
  }
  let from = Infinity;
  let to = -Infinity;
  for (const p of drawn) {
    from = Math.min(from, across(p));
    to = Math.max(to, across(p));
  }
  for (const x of covered) {
    // Reach each crossing with the capsule's round end if it lies beyond the points.
    const d = Math.abs(along(x) - c);
    const cap = Math.sqrt(Math.max(0, radius * radius - d * d)) * 0.9;
    from = Math.min(from, across(x) + cap);
    to = Math.max(to, across(x) - cap);
  }
  const at = (t: number): Point => ({
    x: s.x + n.x * c + axis.x * t,
    y: s.y + n.y * c + axis.y * t,
  });
  return { fit: { a: at(from), b: at(to) }, covered: covered.length };
}
