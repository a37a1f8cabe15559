// A zone's region when its convex hull would swallow other zones' stations: rasterise the
// area near the zone's own stations (and between close pairs of them) on a fine grid,
// leave out the area around every other station, and trace the outline of each piece.
import type { Point } from './geometry.ts';

export function zoneRegion(
  mine: readonly Point[],
  others: readonly Point[],
  gridSize: number,
): Point[][] {
  let spanX = 0;
  let spanY = 0;
  for (const p of mine) {
    for (const q of mine) {
      spanX = Math.max(spanX, Math.abs(p.x - q.x));
      spanY = Math.max(spanY, Math.abs(p.y - q.y));
    }
  }
  // A fine raster for ordinary zones, a coarser one for zones spread very wide.
  const cell = Math.max(
    gridSize / 4,
    Math.sqrt(((spanX + gridSize) * (spanY + gridSize)) / 200_000),
  );
  const pad = gridSize * 0.45;
  const keepOut = gridSize * 0.55;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of mine) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const x0 = minX - pad - cell * 2;
  const y0 = minY - pad - cell * 2;
  const w = Math.ceil((maxX - minX + 2 * pad) / cell) + 4;
  const h = Math.ceil((maxY - minY + 2 * pad) / cell) + 4;
  if (w * h > 4_000_000) return [];
  const on = new Uint8Array(w * h);
  const segs: [Point, Point][] = [];
  for (let i = 0; i < mine.length; i++) {
    for (let j = i + 1; j < mine.length; j++) {
      const a = mine[i] as Point;
      const b = mine[j] as Point;
      if (Math.hypot(a.x - b.x, a.y - b.y) <= gridSize * 2.3) segs.push([a, b]);
    }
  }
  const paint = (p: Point, q: Point, r: number, value: number): void => {
    const lx = Math.max(0, Math.floor((Math.min(p.x, q.x) - r - x0) / cell));
    const hx = Math.min(w - 1, Math.ceil((Math.max(p.x, q.x) + r - x0) / cell));
    const ly = Math.max(0, Math.floor((Math.min(p.y, q.y) - r - y0) / cell));
    const hy = Math.min(h - 1, Math.ceil((Math.max(p.y, q.y) + r - y0) / cell));
    for (let y = ly; y <= hy; y++) {
      for (let x = lx; x <= hx; x++) {
        const c = { x: x0 + (x + 0.5) * cell, y: y0 + (y + 0.5) * cell };
        if (distToSegment(c, p, q) <= r) on[y * w + x] = value;
      }
    }
  };
  for (const p of mine) paint(p, p, pad, 1);
  for (const [a, b] of segs) paint(a, b, pad * 0.8, 1);
  for (const o of others) paint(o, o, keepOut, 0);
  for (const p of mine) paint(p, p, cell * 1.5, 1);
  return traceOutlines(on, w, h).map((loop) =>
    chaikin(loop.map(([x, y]) => ({ x: x0 + x * cell, y: y0 + y * cell }))),
  );
}

function distToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

/** Outer boundaries of the marked cells, as loops of grid corners, largest first. */
export function traceOutlines(on: Uint8Array, w: number, h: number): [number, number][][] {
  const at = (x: number, y: number): boolean =>
    x >= 0 && y >= 0 && x < w && y < h && on[y * w + x] === 1;
  // Directed boundary edges with the region on their right (clockwise on screen).
  const next = new Map<number, number[]>();
  const key = (x: number, y: number): number => y * (w + 1) + x;
  const add = (ax: number, ay: number, bx: number, by: number): void => {
    const k = key(ax, ay);
    const list = next.get(k);
    if (list) list.push(key(bx, by));
    else next.set(k, [key(bx, by)]);
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!at(x, y)) continue;
      if (!at(x, y - 1)) add(x, y, x + 1, y);
      if (!at(x + 1, y)) add(x + 1, y, x + 1, y + 1);
      if (!at(x, y + 1)) add(x + 1, y + 1, x, y + 1);
      if (!at(x - 1, y)) add(x, y + 1, x, y);
    }
  }
  const loops: [number, number][][] = [];
  const starts = [...next.keys()].sort((a, b) => a - b);
  for (const start of starts) {
    while ((next.get(start)?.length ?? 0) > 0) {
      const loop: [number, number][] = [];
      let k = start;
      for (let guard = 0; guard < w * h * 4; guard++) {
        loop.push([k % (w + 1), Math.floor(k / (w + 1))]);
        const list = next.get(k);
        const n = list?.pop();
        if (n === undefined) break;
        k = n;
        if (k === start) break;
      }
      if (loop.length >= 4) loops.push(loop);
    }
  }
  // Keep outer boundaries only (positive area on screen = clockwise), largest first.
  return loops
    .map((l) => ({ l, a: area(l) }))
    .filter((x) => x.a > 0)
    .sort((p, q) => q.a - p.a)
    .map((x) => x.l);
}

function area(loop: readonly [number, number][]): number {
  let s = 0;
  for (let i = 0; i < loop.length; i++) {
    const [ax, ay] = loop[i] as [number, number];
    const [bx, by] = loop[(i + 1) % loop.length] as [number, number];
    s += ax * by - bx * ay;
  }
  return s / 2;
}

/** Two rounds of corner cutting: a soft outline from a staircase. */
function chaikin(poly: Point[]): Point[] {
  let cur = poly;
  for (let round = 0; round < 2; round++) {
    const out: Point[] = [];
    for (let i = 0; i < cur.length; i++) {
      const a = cur[i] as Point;
      const b = cur[(i + 1) % cur.length] as Point;
      out.push({ x: a.x * 0.75 + b.x * 0.25, y: a.y * 0.75 + b.y * 0.25 });
      out.push({ x: a.x * 0.25 + b.x * 0.75, y: a.y * 0.25 + b.y * 0.75 });
    }
    cur = out;
  }
  return cur;
}
