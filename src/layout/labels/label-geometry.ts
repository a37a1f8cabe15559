// Rectangle and segment helpers of the label placer: overlaps, clipping and distances.
import type { Box, StationGeometry } from '../geometry.ts';
import type { Rect } from '../geom/box.ts';
import { pointSegmentDistance2, segmentsCross } from '../geom/segment.ts';

/** A station marker's axis (a dot is an axis of length 0) and its radius. */
export interface MarkerAxis {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly r: number;
}

export function markerAxis(s: StationGeometry): MarkerAxis {
  const m = s.marker;
  if (m.kind === 'dot') return { x1: s.x, y1: s.y, x2: s.x, y2: s.y, r: m.r };
  return { x1: m.a.x, y1: m.a.y, x2: m.b.x, y2: m.b.y, r: m.r };
}

export function markerRect(s: StationGeometry): Rect {
  const a = markerAxis(s);
  return {
    minX: Math.min(a.x1, a.x2) - a.r,
    minY: Math.min(a.y1, a.y2) - a.r,
    maxX: Math.max(a.x1, a.x2) + a.r,
    maxY: Math.max(a.y1, a.y2) + a.r,
  };
}

/** Squared distance from a point to a rectangle. */
export function pointRectDistance2(
  px: number,
  py: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const dx = Math.max(x0 - px, 0, px - x1);
  const dy = Math.max(y0 - py, 0, py - y1);
  return dx * dx + dy * dy;
}

/**
 * Distance from a station marker (its axis widened by its radius) to the rectangle
 * [x0,x1]×[y0,y1]; 0 when they touch.
 */
export function markerRectDistance(
  m: MarkerAxis,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  if (segmentHitsRect(m.x1, m.y1, m.x2, m.y2, x0, y0, x1, y1)) return 0;
  let d2 = Math.min(
    pointRectDistance2(m.x1, m.y1, x0, y0, x1, y1),
    pointRectDistance2(m.x2, m.y2, x0, y0, x1, y1),
  );
  if (m.x1 !== m.x2 || m.y1 !== m.y2) {
    for (const [cx, cy] of [
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
    ] as const)
      d2 = Math.min(d2, pointSegmentDistance2(cx, cy, m.x1, m.y1, m.x2, m.y2));
  }
  return Math.max(0, Math.sqrt(d2) - m.r);
}

/** Whether segment (x1,y1)–(x2,y2) meets the rectangle [x0,X0]×[y0,Y0] (Liang–Barsky). */
export function segmentHitsRect(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x0: number,
  y0: number,
  X0: number,
  Y0: number,
): boolean {
  // Trivially apart or trivially inside first: most calls end here.
  if (Math.max(x1, x2) < x0 || Math.min(x1, x2) > X0) return false;
  if (Math.max(y1, y2) < y0 || Math.min(y1, y2) > Y0) return false;
  if (x1 >= x0 && x1 <= X0 && y1 >= y0 && y1 <= Y0) return true;
  const dx = x2 - x1;
  const dy = y2 - y1;
  // Liang–Barsky: clip the parameter range [t0, t1] by each of the four edges.
  let t0 = 0;
  let t1 = 1;
  if (dx === 0) {
    if (x1 < x0 || x1 > X0) return false;
  } else {
    const a = (x0 - x1) / dx;
    const b = (X0 - x1) / dx;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  if (dy === 0) {
    if (y1 < y0 || y1 > Y0) return false;
  } else {
    const a = (y0 - y1) / dy;
    const b = (Y0 - y1) / dy;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  return t0 <= t1;
}

/** Whether a segment comes within `pad` of a box (Liang–Barsky clipping). */
export function segmentHitsBox(
  seg: readonly [number, number, number, number],
  b: Box,
  pad: number,
): boolean {
  const [x1, y1, x2, y2] = seg;
  return segmentHitsRect(
    x1,
    y1,
    x2,
    y2,
    b.x - pad,
    b.y - pad,
    b.x + b.width + pad,
    b.y + b.height + pad,
  );
}

/** Distance between segments p1–p2 and q1–q2; 0 when they cross. */
export function segmentDistance(
  p1x: number,
  p1y: number,
  p2x: number,
  p2y: number,
  q1x: number,
  q1y: number,
  q2x: number,
  q2y: number,
): number {
  if (segmentsCross(p1x, p1y, p2x, p2y, q1x, q1y, q2x, q2y)) return 0;
  return Math.sqrt(
    Math.min(
      pointSegmentDistance2(p1x, p1y, q1x, q1y, q2x, q2y),
      pointSegmentDistance2(p2x, p2y, q1x, q1y, q2x, q2y),
      pointSegmentDistance2(q1x, q1y, p1x, p1y, p2x, p2y),
      pointSegmentDistance2(q2x, q2y, p1x, p1y, p2x, p2y),
    ),
  );
}

/** Room between a connection's ends and the marker and the text it joins, in pixels. */
const CLEAR = 2;

/**
 * The short straight way from a station's marker to its label's box [x0,x1]×[y0,y1]: from
 * the marker's edge to the box's nearest point, CLEAR short of both; undefined when they
 * are nearly touching.
 */
export function connection(
  m: MarkerAxis,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): [number, number, number, number] | undefined {
  // The point of the marker's axis nearest the box's centre (a dot's axis is its centre).
  const dx = m.x2 - m.x1;
  const dy = m.y2 - m.y1;
  const len2 = dx * dx + dy * dy;
  const cx = (x0 + x1) / 2 - m.x1;
  const cy = (y0 + y1) / 2 - m.y1;
  const t = len2 > 0 ? Math.max(0, Math.min(1, (cx * dx + cy * dy) / len2)) : 0;
  const ax = m.x1 + t * dx;
  const ay = m.y1 + t * dy;
  const bx = Math.max(x0, Math.min(ax, x1));
  const by = Math.max(y0, Math.min(ay, y1));
  const len = Math.hypot(bx - ax, by - ay);
  const from = m.r + CLEAR;
  if (len <= from + CLEAR) return undefined;
  const ux = (bx - ax) / len;
  const uy = (by - ay) / len;
  return [ax + ux * from, ay + uy * from, bx - ux * CLEAR, by - uy * CLEAR];
}
