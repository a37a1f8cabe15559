// How a zone's outline is drawn: the octilinear polygon with each corner rounded (a
// quadratic curve from a point before the corner to a point after it, at most `radius` from
// the corner and at most half of either edge). `flattenLoop` samples the same curve, for
// tests and hit checks.
import type { Point } from '../geometry.ts';

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** The loop without points where it runs straight on. */
function corners(loop: readonly Point[]): Point[] {
  const n = loop.length;
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const p = loop[(i - 1 + n) % n] as Point;
    const v = loop[i] as Point;
    const q = loop[(i + 1) % n] as Point;
    const cross = (v.x - p.x) * (q.y - v.y) - (v.y - p.y) * (q.x - v.x);
    const len = Math.hypot(v.x - p.x, v.y - p.y) * Math.hypot(q.x - v.x, q.y - v.y);
    if (len > 0 && Math.abs(cross) > 1e-3 * len) out.push(v);
  }
  return out;
}

/** Per corner: where the rounding starts, the corner, where it ends. */
function rounded(loop: readonly Point[], radius: number): [Point, Point, Point][] {
  const pts = corners(loop);
  const n = pts.length;
  return pts.map((v, i) => {
    const p = pts[(i - 1 + n) % n] as Point;
    const q = pts[(i + 1) % n] as Point;
    const lin = Math.hypot(p.x - v.x, p.y - v.y);
    const lout = Math.hypot(q.x - v.x, q.y - v.y);
    const r = Math.min(radius, lin / 2, lout / 2);
    return [
      { x: v.x + ((p.x - v.x) / lin) * r, y: v.y + ((p.y - v.y) / lin) * r },
      v,
      { x: v.x + ((q.x - v.x) / lout) * r, y: v.y + ((q.y - v.y) / lout) * r },
    ];
  });
}

/** SVG path data of the loops with rounded corners (fill with evenodd for holes). */
export function roundedLoopsPath(loops: readonly (readonly Point[])[], radius: number): string {
  let d = '';
  for (const loop of loops) {
    const parts = rounded(loop, radius);
    if (parts.length < 3) continue;
    parts.forEach(([a, v, b], i) => {
      d += `${i === 0 ? 'M' : 'L'}${r1(a.x)},${r1(a.y)}Q${r1(v.x)},${r1(v.y)} ${r1(b.x)},${r1(b.y)}`;
    });
    d += 'Z';
  }
  return d;
}

/** Points along the drawn outline of a loop, `steps` per rounded corner. */
export function flattenLoop(loop: readonly Point[], radius: number, steps = 4): Point[] {
  const out: Point[] = [];
  for (const [a, v, b] of rounded(loop, radius)) {
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const u = 1 - t;
      out.push({
        x: u * u * a.x + 2 * u * t * v.x + t * t * b.x,
        y: u * u * a.y + 2 * u * t * v.y + t * t * b.y,
      });
    }
  }
  return out;
}
