// Segments: how two of them meet, and how far a point is from one. Coordinates are passed
// as plain numbers, so that the hot loops (label placer, hill climb) allocate nothing.
import type { Point } from '../geometry.ts';
import { orient } from './point.ts';

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number) {
  return (
    Math.min(ax, bx) <= px &&
    px <= Math.max(ax, bx) &&
    Math.min(ay, by) <= py &&
    py <= Math.max(ay, by)
  );
}

/**
 * How badly two segments with no common endpoint meet: 0 apart, 1 crossing,
 * 2 touching or overlapping (one runs into or along the other).
 */
export function segmentClash(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): number {
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return 0;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return 0;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return 1;
  if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return 2;
  if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return 2;
  if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return 2;
  if (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return 2;
  return 0;
}

/** Do segments ab and cd cross at a point inside both (not at an end)? */
export function segmentsCross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  return segmentClash(ax, ay, bx, by, cx, cy, dx, dy) === 1;
}

/** Where along ab (0 at a, 1 at b) the point of the segment nearest p lies. */
export function nearestOnSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
}

/** Squared distance from point p to the segment ab. */
export function pointSegmentDistance2(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const t = nearestOnSegment(px, py, ax, ay, bx, by);
  const ex = ax + t * (bx - ax) - px;
  const ey = ay + t * (by - ay) - py;
  return ex * ex + ey * ey;
}

/** Distance from point p to the segment ab. */
export function pointSegmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const t = nearestOnSegment(px, py, ax, ay, bx, by);
  return Math.hypot(ax + t * (bx - ax) - px, ay + t * (by - ay) - py);
}

/** Distance from point p to the segment ab, for callers holding points. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  return pointSegmentDistance(p.x, p.y, a.x, a.y, b.x, b.y);
}
