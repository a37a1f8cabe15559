// How a zone's outline is drawn: a smooth closed curve through the outline's points (a
// Catmull–Rom spline written as cubic Béziers), so a few dozen points give a soft,
// rounded region. `flattenLoop` samples the same curve, for tests and hit checks.
import type { Point } from '../geometry.ts';

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** The Bézier control points between loop[i] and loop[i + 1]. */
function controls(loop: readonly Point[], i: number): [Point, Point, Point, Point] {
  const n = loop.length;
  const p0 = loop[(i - 1 + n) % n] as Point;
  const p1 = loop[i] as Point;
  const p2 = loop[(i + 1) % n] as Point;
  const p3 = loop[(i + 2) % n] as Point;
  return [
    p1,
    { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 },
    { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 },
    p2,
  ];
}

/** SVG path data of the smooth closed curves through each loop (fill with evenodd). */
export function smoothLoopsPath(loops: readonly (readonly Point[])[]): string {
  let d = '';
  for (const loop of loops) {
    if (loop.length < 3) continue;
    const start = loop[0] as Point;
    d += `M${r1(start.x)},${r1(start.y)}`;
    for (let i = 0; i < loop.length; i++) {
      const [, c1, c2, p] = controls(loop, i);
      d += `C${r1(c1.x)},${r1(c1.y)} ${r1(c2.x)},${r1(c2.y)} ${r1(p.x)},${r1(p.y)}`;
    }
    d += 'Z';
  }
  return d;
}

/** Points along the drawn curve of a loop, `steps` per span. */
export function flattenLoop(loop: readonly Point[], steps = 8): Point[] {
  if (loop.length < 3) return [...loop];
  const out: Point[] = [];
  for (let i = 0; i < loop.length; i++) {
    const [a, b, c, d] = controls(loop, i);
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const u = 1 - t;
      const k0 = u * u * u;
      const k1 = 3 * u * u * t;
      const k2 = 3 * u * t * t;
      const k3 = t * t * t;
      out.push({
        x: k0 * a.x + k1 * b.x + k2 * c.x + k3 * d.x,
        y: k0 * a.y + k1 * b.y + k2 * c.y + k3 * d.y,
      });
    }
  }
  return out;
}
