// Points as vectors: differences, products, distances, and which side of a line a point is on.
import type { Point } from '../geometry.ts';

export const sub = (p: Point, q: Point): Point => ({ x: p.x - q.x, y: p.y - q.y });
export const cross = (p: Point, q: Point): number => p.x * q.y - p.y * q.x;
export const dot = (p: Point, q: Point): number => p.x * q.x + p.y * q.y;
export const dist = (p: Point, q: Point): number => Math.hypot(p.x - q.x, p.y - q.y);

/** Which side of the line a→b the point c lies on: 1 left (on screen), -1 right, 0 on it. */
export function orient(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}
