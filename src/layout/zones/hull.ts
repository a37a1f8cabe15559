// Polygon helpers for zone outlines: containment, area, simplification.
import type { Point } from '../geometry.ts';
import { distanceToSegment } from '../geom/segment.ts';

/** Whether a point lies inside a simple polygon (even–odd rule). */
export function pointInPolygon(p: Point, poly: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i] as Point;
    const b = poly[j] as Point;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a region given as loops (outer boundaries and holes). */
export function pointInLoops(p: Point, loops: readonly (readonly Point[])[]): boolean {
  let inside = false;
  for (const loop of loops) if (pointInPolygon(p, loop)) inside = !inside;
  return inside;
}

/** Signed area (shoelace, in screen coordinates: negative when counter-clockwise on screen). */
export function loopArea(loop: readonly Point[]): number {
  let s = 0;
  for (let i = 0, j = loop.length - 1; i < loop.length; j = i++) {
    const a = loop[j] as Point;
    const b = loop[i] as Point;
    s += a.x * b.y - b.x * a.y;
  }
  return s / 2;
}

/** Distance from a point to the nearest edge of a closed loop. */
export function distanceToLoop(p: Point, loop: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0, j = loop.length - 1; i < loop.length; j = i++) {
    best = Math.min(best, distanceToSegment(p, loop[j] as Point, loop[i] as Point));
  }
  return best;
}

/**
 * Douglas–Peucker on a closed loop: keeps the fewest points such that no dropped point is
 * farther than `tolerance` from the kept outline. The loop is cut at its first point and
 * the point farthest from it, and each half is simplified on its own.
 */
export function simplifyLoop(loop: readonly Point[], tolerance: number): Point[] {
  const n = loop.length;
  if (n <= 4) return [...loop];
  const first = loop[0] as Point;
  let far = 0;
  let farD = -1;
  for (let i = 1; i < n; i++) {
    const p = loop[i] as Point;
    const d = (p.x - first.x) ** 2 + (p.y - first.y) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const keep = new Uint8Array(n + 1);
  keep[0] = 1;
  keep[far] = 1;
  keep[n] = 1;
  const at = (i: number): Point => loop[i % n] as Point;
  const stack: [number, number][] = [
    [0, far],
    [far, n],
  ];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    let worst = -1;
    let worstD = tolerance;
    for (let m = i + 1; m < j; m++) {
      const d = distanceToSegment(at(m), at(i), at(j));
      if (d > worstD) {
        worstD = d;
        worst = m;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([i, worst], [worst, j]);
    }
  }
  const out: Point[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(loop[i] as Point);
  return out;
}
