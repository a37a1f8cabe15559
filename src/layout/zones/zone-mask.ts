// One zone's area as a set of lattice cells: a list of the cells (so that every step costs
// what the area costs, not what the map's extent costs) and a flag per lattice cell.
import type { Lattice } from './lattice.ts';

export class ZoneArea {
  readonly w: number;
  readonly h: number;
  readonly bits: Uint8Array;
  cells: number[] = [];
  /** The piece of each cell, as last numbered by `components` (scratch). */
  private readonly piece: Int32Array;

  /** An area of the given cells, but none on the lattice's outer ring. */
  constructor(lattice: Lattice, cells: Iterable<number> = []) {
    this.w = lattice.w;
    this.h = lattice.h;
    this.bits = new Uint8Array(lattice.size);
    this.piece = new Int32Array(lattice.size);
    for (const c of cells) if (!this.onEdge(c)) this.add(c);
  }

  has(c: number): boolean {
    return this.bits[c] === 1;
  }

  add(c: number): void {
    if (this.bits[c] === 1) return;
    this.bits[c] = 1;
    this.cells.push(c);
  }

  /** Keeps only the cells that pass the test. */
  keep(test: (c: number) => boolean): void {
    const kept: number[] = [];
    for (const c of this.cells) {
      if (test(c)) kept.push(c);
      else this.bits[c] = 0;
    }
    this.cells = kept;
  }

  /** Whether cell c lies on the lattice's outer ring (kept outside every area). */
  onEdge(c: number): boolean {
    const x = c % this.w;
    return x === 0 || x === this.w - 1 || c < this.w || c >= this.w * (this.h - 1);
  }

  /** The 4-neighbours of cell c (none across the lattice's edge). */
  neighbours(c: number): number[] {
    const x = c % this.w;
    const out: number[] = [];
    if (x > 0) out.push(c - 1);
    if (x + 1 < this.w) out.push(c + 1);
    if (c >= this.w) out.push(c - this.w);
    if (c + this.w < this.bits.length) out.push(c + this.w);
    return out;
  }

  /**
   * The piece (4-connected) of each cell of the area, numbered from 1 (read it only at the
   * area's cells, and only until the next call), and how many there are.
   */
  components(): { piece: Int32Array; count: number } {
    const piece = this.piece;
    for (const c of this.cells) piece[c] = 0;
    let count = 0;
    const stack: number[] = [];
    const w = this.w;
    for (const start of this.cells) {
      if (piece[start] !== 0) continue;
      count++;
      piece[start] = count;
      stack.push(start);
      while (stack.length > 0) {
        const c = stack.pop() as number;
        for (let k = 0; k < 4; k++) {
          const n = k === 0 ? c - 1 : k === 1 ? c + 1 : k === 2 ? c - w : c + w;
          if (this.bits[n] === 1 && piece[n] === 0) {
            piece[n] = count;
            stack.push(n);
          }
        }
      }
    }
    return { piece, count };
  }
}
