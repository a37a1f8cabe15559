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

interface Loop {
  readonly pts: Point[];
  readonly area: number;
}

function trace(lattice: Lattice, a: ZoneArea, values: Float32Array): Loop[] {
  const w = lattice.w;
  const active = new Set<number>();
  for (const c of a.cells) {
    values[c] = -1;
    active
      .add(c)
      .add(c - 1)
      .add(c - w)
      .add(c - w - 1);
  }
  const cell = lattice.cell;
  const ox = lattice.x0 + 0.5 * cell;
  const oy = lattice.y0 + 0.5 * cell;
  const loops = contours(values, w, lattice.h, active).map((loop) => {
    const pts = loop.map(([x, y]) => ({ x: ox + x * cell, y: oy + y * cell }));
    return { pts, area: loopArea(pts) };
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
 * `values` is scratch of the lattice's size, all +1, and is left so.
 */
export function fillHoles(
  lattice: Lattice,
  a: ZoneArea,
  values: Float32Array,
  allow: (c: number) => boolean,
  fillBelow: number,
): void {
  for (const loop of trace(lattice, a, values)) {
    // Inside on the left of travel with y down: holes have positive area.
    if (loop.area <= 0 || loop.area > fillBelow) continue;
    const cells = cellsInside(lattice, loop.pts).filter((c) => !a.has(c));
    if (cells.length > 0 && cells.every(allow)) for (const c of cells) a.add(c);
  }
}

/** The area's outline, simplified. `values` as for fillHoles. */
export function traceArea(lattice: Lattice, a: ZoneArea, values: Float32Array): Outline {
  const outer: Loop[] = [];
  const holes: Point[][] = [];
  for (const loop of trace(lattice, a, values)) {
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
