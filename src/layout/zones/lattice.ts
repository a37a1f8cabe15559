// The fine square lattice the fare zones are worked out on (a quarter of a grid cell by
// default): cell (i, j) has its centre at (x0 + (i + ½)·cell, y0 + (j + ½)·cell).
// Distances to a zone's stations and track are measured in the octagonal norm, so that a
// buffer round an octilinear segment is itself an octilinear polygon.
import type { Point } from '../geometry.ts';
import { boundsOf } from '../geom/box.ts';
import { nearestOnSegment } from '../geom/segment.ts';

/** A round-ended stroke from a to b (a point when a = b). */
export interface Stroke {
  readonly a: Point;
  readonly b: Point;
}

const SQRT1_2 = Math.SQRT1_2;

/** The octagonal norm: its unit ball is the regular octagon with inradius 1. */
export function octNorm(x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  return Math.max(ax, ay, (ax + ay) * SQRT1_2);
}

export class Lattice {
  readonly cell: number;
  readonly x0: number;
  readonly y0: number;
  readonly w: number;
  readonly h: number;

  /** A lattice over `points` with `margin` round them; the cell grows past `maxCells`. */
  constructor(points: Iterable<Point>, cell: number, margin: number, maxCells: number) {
    let { minX, minY, maxX, maxY } = boundsOf(points);
    if (minX > maxX) minX = minY = maxX = maxY = 0;
    const spanX = maxX - minX + 2 * margin;
    const spanY = maxY - minY + 2 * margin;
    this.cell = Math.max(cell, Math.sqrt((spanX * spanY) / maxCells));
    this.w = Math.ceil(spanX / this.cell) + 1;
    this.h = Math.ceil(spanY / this.cell) + 1;
    this.x0 = minX - margin;
    this.y0 = minY - margin;
  }

  get size(): number {
    return this.w * this.h;
  }

  cx(i: number): number {
    return this.x0 + (i + 0.5) * this.cell;
  }

  cy(j: number): number {
    return this.y0 + (j + 0.5) * this.cell;
  }

  /** The column (or row) of the cell holding x (or y), clamped to the lattice. */
  col(x: number): number {
    return Math.min(this.w - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
  }

  row(y: number): number {
    return Math.min(this.h - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));
  }

  /**
   * Calls `visit(index, octagonal distance, euclidean distance)` for every cell whose centre
   * lies within `radius` (octagonal) of the stroke.
   */
  near(s: Stroke, radius: number, visit: (i: number, oct: number, euclid: number) => void): void {
    // A long slanted stroke is visited piece by piece, so that the boxes scanned stay close
    // round it (a cell may then be visited twice, with the same distance to its piece).
    const length = Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y);
    const pieces = Math.max(1, Math.ceil(length / Math.max(2 * radius, 4 * this.cell)));
    for (let k = 0; k < pieces; k++) {
      const t0 = k / pieces;
      const t1 = (k + 1) / pieces;
      const a = { x: s.a.x + (s.b.x - s.a.x) * t0, y: s.a.y + (s.b.y - s.a.y) * t0 };
      const b = { x: s.a.x + (s.b.x - s.a.x) * t1, y: s.a.y + (s.b.y - s.a.y) * t1 };
      this.nearPiece(a, b, radius, visit);
    }
  }

  private nearPiece(
    a: Point,
    b: Point,
    radius: number,
    visit: (i: number, oct: number, euclid: number) => void,
  ): void {
    const lx = this.col(Math.min(a.x, b.x) - radius);
    const hx = this.col(Math.max(a.x, b.x) + radius);
    const ly = this.row(Math.min(a.y, b.y) - radius);
    const hy = this.row(Math.max(a.y, b.y) + radius);
    for (let j = ly; j <= hy; j++) {
      const py = this.cy(j);
      for (let i = lx; i <= hx; i++) {
        const px = this.cx(i);
        const t = nearestOnSegment(px, py, a.x, a.y, b.x, b.y);
        const ex = px - (a.x + t * (b.x - a.x));
        const ey = py - (a.y + t * (b.y - a.y));
        const d = octNorm(ex, ey);
        if (d <= radius) visit(j * this.w + i, d, Math.hypot(ex, ey));
      }
    }
  }
}
