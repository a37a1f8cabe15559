// Plane geometry for the quality metrics: vectors, distances, boxes and segments. Pure.
import type { Box, Point } from '../geometry.ts';
import { intersects, rectOf, segmentRect } from '../geom/box.ts';
import { cross, sub } from '../geom/point.ts';
import { distanceToSegment } from '../geom/segment.ts';

export const EPS = 1e-6;
export const ANGLE_EPS = 1e-6;
export const OCTANT = Math.PI / 4;

export interface Item {
  readonly i: number;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export const fmt = (v: number): string => (Math.round(v * 1e4) / 1e4).toString();
export const pointKey = (p: Point): string => `${fmt(p.x)},${fmt(p.y)}`;

export function pointBoxDistance(p: Point, box: Box): number {
  const dx = Math.max(box.x - p.x, 0, p.x - (box.x + box.width));
  const dy = Math.max(box.y - p.y, 0, p.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

export function corners(box: Box): Point[] {
  const { x, y, width: w, height: h } = box;
  return [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
  ];
}

/** Distance between a segment and a box (0 when they meet). */
export function segmentBoxDistance(a: Point, b: Point, box: Box): number {
  const cs = corners(box);
  const sides = cs.map((c) => Math.sign(cross(sub(b, a), sub(c, a))));
  const straddles = sides.some((s) => s >= 0) && sides.some((s) => s <= 0);
  if (straddles && intersects(segmentRect(a, b), rectOf(box), true)) return 0;
  return Math.min(
    pointBoxDistance(a, box),
    pointBoxDistance(b, box),
    ...cs.map((c) => distanceToSegment(c, a, b)),
  );
}

/** Does the segment, drawn with half-width `r`, cover part of the box's interior? */
export function touchesBox(a: Point, b: Point, r: number, box: Box): boolean {
  const inner = {
    x: box.x + EPS,
    y: box.y + EPS,
    width: box.width - 2 * EPS,
    height: box.height - 2 * EPS,
  };
  if (inner.width <= 0 || inner.height <= 0) return false;
  return segmentBoxDistance(a, b, inner) < r;
}

export function octilinear(a: Point, b: Point): boolean {
  const k = Math.atan2(b.y - a.y, b.x - a.x) / OCTANT;
  return Math.abs(k - Math.round(k)) * OCTANT < ANGLE_EPS;
}
