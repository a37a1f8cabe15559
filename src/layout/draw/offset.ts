// Pure vector helpers for drawing lines side by side: offsetting octilinear polylines
// and joining two offset segments at a station so that every piece stays octilinear.
import type { Point } from '../geometry.ts';

export interface Vec {
  x: number;
  y: number;
}

export function unit(a: Point, b: Point): Vec {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: dx / len, y: dy / len };
}

/** The normal to the right of a direction on screen (y down): E → S. */
export function normal(u: Vec): Vec {
  return { x: -u.y, y: u.x };
}

/** Drops repeated points and interior points where the polyline goes straight on. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-9 && Math.abs(last.y - p.y) < 1e-9) continue;
    out.push(p);
  }
  for (let i = out.length - 2; i >= 1; i--) {
    const a = out[i - 1] as Point;
    const b = out[i] as Point;
    const c = out[i + 1] as Point;
    const u = unit(a, b);
    const v = unit(b, c);
    if (Math.abs(u.x - v.x) < 1e-9 && Math.abs(u.y - v.y) < 1e-9) out.splice(i, 1);
  }
  return out;
}

/**
 * Where the line at offset `oIn` right of direction `uIn` meets the line at offset `oOut`
 * right of `uOut`, both through `s`. Returns one point for a mitre, two for a reversal,
 * three (jog start, centre, jog end) for a straight run whose offset changes here.
 * `centre` is the index of the point that stands for the station.
 */
export function join(
  s: Point,
  uIn: Vec,
  oIn: number,
  uOut: Vec,
  oOut: number,
): { points: Point[]; centre: number } {
  const nIn = normal(uIn);
  const nOut = normal(uOut);
  const cross = uIn.x * uOut.y - uIn.y * uOut.x;
  const dot = uIn.x * uOut.x + uIn.y * uOut.y;
  if (Math.abs(cross) < 1e-9 && dot > 0) {
    if (Math.abs(oIn - oOut) < 1e-9) {
      return { points: [{ x: s.x + nIn.x * oIn, y: s.y + nIn.y * oIn }], centre: 0 };
    }
    const h = Math.abs(oOut - oIn) / 2;
    const m = (oIn + oOut) / 2;
    return {
      points: [
        { x: s.x + nIn.x * oIn - uIn.x * h, y: s.y + nIn.y * oIn - uIn.y * h },
        { x: s.x + nIn.x * m, y: s.y + nIn.y * m },
        { x: s.x + nIn.x * oOut + uIn.x * h, y: s.y + nIn.y * oOut + uIn.y * h },
      ],
      centre: 1,
    };
  }
  if (Math.abs(cross) < 1e-9) {
    return {
      points: [
        { x: s.x + nIn.x * oIn, y: s.y + nIn.y * oIn },
        { x: s.x + nOut.x * oOut, y: s.y + nOut.y * oOut },
      ],
      centre: 0,
    };
  }
  // Solve q·nIn = oIn, q·nOut = oOut.
  const det = nIn.x * nOut.y - nIn.y * nOut.x;
  const qx = (oIn * nOut.y - nIn.y * oOut) / det;
  const qy = (nIn.x * oOut - oIn * nOut.x) / det;
  return { points: [{ x: s.x + qx, y: s.y + qy }], centre: 0 };
}

/** Interior points of a polyline offset by `o` to its right, corners mitred. */
export function offsetInterior(points: readonly Point[], o: number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i + 1 < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const c = points[i + 1] as Point;
    const j = join(b, unit(a, b), o, unit(b, c), o);
    out.push(...j.points);
  }
  return out;
}
