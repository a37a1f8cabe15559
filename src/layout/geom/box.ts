// Axis-aligned boxes in two shapes: `Box` (x, y, width, height: the layout's output) and
// `Rect` (min and max corners: what rbush indexes and the hot loops compare). One union,
// one overlap test and one intersection, written once on Rect; Box goes through `rectOf`.
import type { Box, Point } from '../geometry.ts';

export interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function rectOf(b: Box): Rect {
  return { minX: b.x, minY: b.y, maxX: b.x + b.width, maxY: b.y + b.height };
}

export function boxOf(r: Rect): Box {
  return { x: r.minX, y: r.minY, width: r.maxX - r.minX, height: r.maxY - r.minY };
}

/** The smallest rectangle holding both. */
export function union(a: Rect, b: Rect): Rect {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/** The smallest box holding both. */
export function boxUnion(a: Box, b: Box): Box {
  return boxOf(union(rectOf(a), rectOf(b)));
}

export function grow(r: Rect, d: number): Rect {
  return { minX: r.minX - d, minY: r.minY - d, maxX: r.maxX + d, maxY: r.maxY + d };
}

/**
 * Strict overlap of two rectangles (sharing an edge is not overlapping); with `touching`,
 * rectangles that share an edge or a corner count too.
 */
export function intersects(a: Rect, b: Rect, touching = false): boolean {
  if (touching) return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** Width and height of the rectangles' intersection (negative when they are apart). */
export function intersection(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX),
    height: Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY),
  };
}

/** The bounding rectangle of some points (inverted, min > max, when there are none). */
export function boundsOf(points: Iterable<Point>): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { minX, minY, maxX, maxY };
}

/** The bounding rectangle of segment ab, widened by `pad` on every side. */
export function segmentRect(a: Point, b: Point, pad = 0): Rect {
  return {
    minX: Math.min(a.x, b.x) - pad,
    minY: Math.min(a.y, b.y) - pad,
    maxX: Math.max(a.x, b.x) + pad,
    maxY: Math.max(a.y, b.y) + pad,
  };
}
