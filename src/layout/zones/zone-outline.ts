// The outline of a zone's cells: marching squares over the cell centres, with inside and
// outside at ±1, runs through the middle of every edge between an inside and an outside
// cell. A straight run of cells gives a straight edge, a staircase of single steps a 45°
// edge, so an area built from octagonal buffers comes out as an octilinear polygon; the
// points along each edge are then merged away. Small enclosed gaps that the zone may take
// whole are filled from the same trace.
import type { Point } from '../geometry.ts';
import type { Lattice } from './lattice.ts';
import type { ZoneArea } from './zone-mask.ts';
import { contours } from './marching-squares.ts';
import { boundsOf } from '../geom/box.ts';
import { loopArea, pointInPolygon, simplifyLoop } from './hull.ts';

export interface Outline {
  /** Outer boundaries, largest first. */
  readonly outer: Point[][];
  readonly holes: Point[][];
}

const r1 = (v: number): number => Math.round(v * 10) / 10;

export interface Loop {
  readonly pts: Point[];
  readonly area: number;
}

/** Scratch of the lattice's size for tracing: the field (all +1) and a mark per cell. */
export interface TraceScratch {
  readonly values: Float32Array;
  readonly mark: Uint8Array;
}

export function traceScratch(lattice: Lattice): TraceScratch {
  return { values: new Float32Array(lattice.size).fill(1), mark: new Uint8Array(lattice.size) };
}

/** The loop without the points where it runs straight on (exactly, as traced). */
function straightOn(pts: readonly Point[]): Point[] {
  const n = pts.length;
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const p = pts[(i - 1 + n) % n] as Point;
    const v = pts[i] as Point;
    const q = pts[(i + 1) % n] as Point;
    const cross = (v.x - p.x) * (q.y - v.y) - (v.y - p.y) * (q.x - v.x);
    if (Math.abs(cross) > 1e-6) out.push(v);
  }
  return out;
}

function trace(lattice: Lattice, a: ZoneArea, scratch: TraceScratch): Loop[] {
  const { values, mark } = scratch;
  const w = lattice.w;
  const active: number[] = [];
  for (const c of a.cells) {
    values[c] = -1;
    for (const m of [c, c - 1, c - w, c - w - 1]) {
      if (mark[m] === 1) continue;
      mark[m] = 1;
      active.push(m);
    }
  }
  for (const m of active) mark[m] = 0;
  const cell = lattice.cell;
  const ox = lattice.x0 + 0.5 * cell;
  const oy = lattice.y0 + 0.5 * cell;
  const loops = contours(values, w, lattice.h, active).map((loop) => {
    const pts = loop.map(([x, y]) => ({ x: ox + x * cell, y: oy + y * cell }));
    return { pts: straightOn(pts), area: loopArea(pts) };
  });
  for (const c of a.cells) values[c] = 1;
  return loops;
}

/** The cells whose centres lie inside a loop. */
function cellsInside(lattice: Lattice, loop: readonly Point[]): number[] {
  const b = boundsOf(loop);
  const out: number[] = [];
  for (let j = lattice.row(b.minY); j <= lattice.row(b.maxY); j++) {
    for (let i = lattice.col(b.minX); i <= lattice.col(b.maxX); i++) {
      if (pointInPolygon({ x: lattice.cx(i), y: lattice.cy(j) }, loop)) out.push(j * lattice.w + i);
    }
  }
  return out;
}

/**
 * Fills every enclosed gap of at most `fillBelow` px² whose cells the zone may take.
 * Returns the loops traced on the way, still right while the area stays as it is.
 */
export function fillHoles(
  lattice: Lattice,
  a: ZoneArea,
  scratch: TraceScratch,
  allow: (c: number) => boolean,
  fillBelow: number,
): Loop[] | undefined {
  const loops = trace(lattice, a, scratch);
  let filled = false;
  for (const loop of loops) {
    // Inside on the left of travel with y down: holes have positive area.
    if (loop.area <= 0 || loop.area > fillBelow) continue;
    const cells = cellsInside(lattice, loop.pts).filter((c) => !a.has(c));
    if (cells.length === 0 || !cells.every(allow)) continue;
    for (const c of cells) a.add(c);
    filled = true;
  }
  return filled ? undefined : loops;
}

/** The area's outline, simplified; `traced`, when given, is its trace as it stands. */
export function traceArea(
  lattice: Lattice,
  a: ZoneArea,
  scratch: TraceScratch,
  traced?: readonly Loop[],
): Outline {
  const outer: Loop[] = [];
  const holes: Point[][] = [];
  for (const loop of traced ?? trace(lattice, a, scratch)) {
    const simple = simplifyLoop(loop.pts, lattice.cell * 0.3).map((p) => ({
      x: r1(p.x),
      y: r1(p.y),
    }));
    if (simple.length < 3) continue;
    if (loop.area < 0) outer.push({ pts: simple, area: -loop.area });
    else holes.push(simple);
  }
  outer.sort((p, q) => q.area - p.area);
  return { outer: outer.map((o) => o.pts), holes };
}
