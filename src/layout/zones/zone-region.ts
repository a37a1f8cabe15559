// A zone's region: a soft union of rounded buffers around the zone's stations and the track
// between them, minus a disk of clearance around every other zone's station.
//
// The union is a smooth minimum of distances, sampled on a coarse grid:
//   D(p) = -k · ln Σ exp(-(dist(p, primitive) - radius) / k)
// which is the plain union of the buffers with their concave joins rounded off (by about k).
// The region is where D < 0 and every foreign station is farther than its clearance;
// marching squares traces that level set, and the outline is simplified to a few points.
import type { Point } from '../geometry.ts';
import { pointSegmentDistance2 } from '../geom/segment.ts';
import { contours } from './marching-squares.ts';
import { loopArea, pointInPolygon, simplifyLoop } from './hull.ts';

/** A round-ended stroke from a to b (a disk when a = b). */
export interface Capsule {
  readonly a: Point;
  readonly b: Point;
  readonly r: number;
}

export interface RegionInput {
  /** The zone's own buffers: stations and track. */
  readonly own: readonly Capsule[];
  /** Shapes that must lie inside the region whatever the clearance (own station markers). */
  readonly keepIn: readonly Capsule[];
  /** Shapes that must lie outside it (other zones' stations, clearance included). */
  readonly keepOut: readonly Capsule[];
  /** Sampling step in map pixels. */
  readonly cell: number;
  /** Softness of the union: how much concave joins are rounded, in map pixels. */
  readonly softness: number;
  /** Largest distance between the outline and the traced level set after simplification. */
  readonly tolerance: number;
  /** Gaps enclosed by the region that hold no kept-out shape and are smaller than this are filled. */
  readonly fillBelow: number;
}

/** Loops of the region: outer boundaries (largest first), then holes. */
export interface Region {
  readonly outer: Point[][];
  readonly holes: Point[][];
}

const MAX_NODES = 150_000;

export function zoneRegion(input: RegionInput): Region {
  const { own, keepIn, keepOut, softness: k } = input;
  if (own.length === 0) return { outer: [], holes: [] };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of own) {
    minX = Math.min(minX, c.a.x - c.r, c.b.x - c.r);
    minY = Math.min(minY, c.a.y - c.r, c.b.y - c.r);
    maxX = Math.max(maxX, c.a.x + c.r, c.b.x + c.r);
    maxY = Math.max(maxY, c.a.y + c.r, c.b.y + c.r);
  }
  let cell = input.cell;
  const span = (maxX - minX + 4 * cell) * (maxY - minY + 4 * cell);
  if (span / (cell * cell) > MAX_NODES) cell = Math.sqrt(span / MAX_NODES);
  const x0 = minX - 2 * cell;
  const y0 = minY - 2 * cell;
  const w = Math.ceil((maxX - minX) / cell) + 5;
  const h = Math.ceil((maxY - minY) / cell) + 5;

  // Σ exp(-(d - r)/k) over the own buffers, each painted only where it matters; the
  // nodes never painted stay at 0, read as outside.
  const values = new Float32Array(w * h);
  const touched: number[] = [];
  const reach = Math.max(4 * k, 1.5 * cell);
  for (const c of own) {
    forNodes(c, c.r + reach, x0, y0, cell, w, h, (i, d) => {
      const e = d - c.r;
      if (e >= reach) return;
      if (values[i] === 0) touched.push(i);
      values[i] = (values[i] as number) + Math.exp(-e / k);
    });
  }
  for (const i of touched) values[i] = -k * Math.log(values[i] as number);
  for (const c of keepOut) {
    forNodes(c, c.r, x0, y0, cell, w, h, (i, d) => {
      values[i] = Math.max(values[i] as number, c.r - d);
    });
  }
  for (const c of keepIn) {
    forNodes(c, c.r, x0, y0, cell, w, h, (i, d) => {
      values[i] = Math.min(values[i] as number, d - c.r);
    });
  }
  // Close every loop: the border is outside.
  for (let x = 0; x < w; x++) {
    values[x] = Math.max(values[x] as number, 1);
    values[(h - 1) * w + x] = Math.max(values[(h - 1) * w + x] as number, 1);
  }
  for (let y = 0; y < h; y++) {
    values[y * w] = Math.max(values[y * w] as number, 1);
    values[y * w + w - 1] = Math.max(values[y * w + w - 1] as number, 1);
  }
  // Only cells with an inside corner can hold the outline.
  const cells = new Set<number>();
  for (const i of touched) {
    if ((values[i] as number) >= 0) continue;
    cells
      .add(i)
      .add(i - 1)
      .add(i - w)
      .add(i - w - 1);
  }
  const active = [...cells].filter((i) => i >= 0);

  const outer: { loop: Point[]; area: number }[] = [];
  const holes: Point[][] = [];
  const minArea = cell * cell * 4;
  for (const loop of contours(values, w, h, active)) {
    const pts = loop.map(([x, y]) => ({ x: x0 + x * cell, y: y0 + y * cell }));
    const area = loopArea(pts);
    if (Math.abs(area) < minArea) continue;
    const simple = simplifyLoop(pts, input.tolerance);
    // Inside on the left of travel with y down: outer boundaries have negative area.
    if (area < 0) outer.push({ loop: simple, area: -area });
    else if (area >= input.fillBelow || keepOut.some((c) => pointInPolygon(c.a, pts)))
      holes.push(simple);
  }
  outer.sort((p, q) => q.area - p.area);
  return { outer: outer.map((o) => o.loop), holes };
}

/** Calls `visit(index, distance to the capsule's axis)` for grid nodes within `radius`. */
function forNodes(
  c: Capsule,
  radius: number,
  x0: number,
  y0: number,
  cell: number,
  w: number,
  h: number,
  visit: (i: number, d: number) => void,
): void {
  const lx = Math.max(0, Math.floor((Math.min(c.a.x, c.b.x) - radius - x0) / cell));
  const hx = Math.min(w - 1, Math.ceil((Math.max(c.a.x, c.b.x) + radius - x0) / cell));
  const ly = Math.max(0, Math.floor((Math.min(c.a.y, c.b.y) - radius - y0) / cell));
  const hy = Math.min(h - 1, Math.ceil((Math.max(c.a.y, c.b.y) + radius - y0) / cell));
  for (let y = ly; y <= hy; y++) {
    const py = y0 + y * cell;
    for (let x = lx; x <= hx; x++) {
      const px = x0 + x * cell;
      const d = Math.sqrt(pointSegmentDistance2(px, py, c.a.x, c.a.y, c.b.x, c.b.y));
      if (d <= radius) visit(y * w + x, d);
    }
  }
}
