// A coarse occupancy grid with a summed-area table: after marking boxes and segments,
// "is anything near this box?" costs four lookups. Conservative: whatever truly meets a
// queried box has marked a cell the query covers, so a free answer is exact; a busy one
// means "look closer".
import type { Box, Point } from '../geometry.ts';
import { grow, intersects, rectOf } from '../geom/box.ts';

const MAX_CELLS = 150_000;

export class Occupancy {
  private readonly cell: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly w: number;
  private readonly h: number;
  private readonly marks: Uint8Array;
  private sums: Int32Array | undefined;
  private readonly extra: Box[] = [];

  constructor(extent: Box, cell: number) {
    const area = (extent.width + 2 * cell) * (extent.height + 2 * cell);
    this.cell = Math.max(cell, Math.sqrt(area / MAX_CELLS));
    this.x0 = extent.x - this.cell;
    this.y0 = extent.y - this.cell;
    this.w = Math.ceil(extent.width / this.cell) + 3;
    this.h = Math.ceil(extent.height / this.cell) + 3;
    this.marks = new Uint8Array(this.w * this.h);
  }

  private cx(x: number): number {
    return Math.min(this.w - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
  }

  private cy(y: number): number {
    return Math.min(this.h - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));
  }

  markBox(b: Box): void {
    if (this.sums) {
      // After the first query, boxes are kept aside rather than rebuilding the table.
      this.extra.push(b);
      return;
    }
    for (let y = this.cy(b.y); y <= this.cy(b.y + b.height); y++) {
      for (let x = this.cx(b.x); x <= this.cx(b.x + b.width); x++) this.marks[y * this.w + x] = 1;
    }
  }

  /** Marks the cells a segment passes through, and their neighbours (before any query). */
  markSegment(a: Point, b: Point): void {
    this.sums = undefined;
    const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (this.cell / 2)) + 1;
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const x = this.cx(a.x + (b.x - a.x) * t);
      const y = this.cy(a.y + (b.y - a.y) * t);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx >= 0 && ny >= 0 && nx < this.w && ny < this.h) this.marks[ny * this.w + nx] = 1;
        }
      }
    }
  }

  /** Whether any marked cell lies within `pad` of the box. */
  busy(b: Box, pad: number): boolean {
    const s = this.table();
    const w1 = this.w + 1;
    const lx = this.cx(b.x - pad);
    const hx = this.cx(b.x + b.width + pad) + 1;
    const ly = this.cy(b.y - pad);
    const hy = this.cy(b.y + b.height + pad) + 1;
    const total =
      (s[hy * w1 + hx] as number) -
      (s[ly * w1 + hx] as number) -
      (s[hy * w1 + lx] as number) +
      (s[ly * w1 + lx] as number);
    if (total > 0) return true;
    const r = rectOf(b);
    return this.extra.some((e) => intersects(grow(rectOf(e), pad), r));
  }

  private table(): Int32Array {
    if (this.sums) return this.sums;
    const w1 = this.w + 1;
    const s = new Int32Array(w1 * (this.h + 1));
    for (let y = 0; y < this.h; y++) {
      let row = 0;
      for (let x = 0; x < this.w; x++) {
        row += this.marks[y * this.w + x] as number;
        s[(y + 1) * w1 + x + 1] = (s[y * w1 + x + 1] as number) + row;
      }
    }
    this.sums = s;
    return s;
  }
}
