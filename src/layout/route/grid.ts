// The octilinear routing grid: which grid points hold stations, which are crossed by
// routed edges, and which of the eight steps out of each point are taken.
import { DX, DY, opposite } from './directions.ts';

export class RoutingGrid {
  readonly x0: number;
  readonly y0: number;
  readonly width: number;
  readonly height: number;
  /** Station index at each grid point, or -1. */
  readonly station: Int32Array;
  /** How many routed edges pass through each grid point (not counting endpoints). */
  readonly passing: Uint16Array;
  /** Steps taken: index point * 8 + direction; set at both ends of a step. */
  readonly step: Uint16Array;
  /** Steps taken by a route itself (without the diagonals they cross). */
  readonly taken: Uint16Array;
  /** Number of stations among the eight neighbours of each grid point. */
  readonly crowd: Uint8Array;

  constructor(x0: number, y0: number, width: number, height: number) {
    this.x0 = x0;
    this.y0 = y0;
    this.width = width;
    this.height = height;
    this.station = new Int32Array(width * height).fill(-1);
    this.passing = new Uint16Array(width * height);
    this.step = new Uint16Array(width * height * 8);
    this.crowd = new Uint8Array(width * height);
    this.taken = new Uint16Array(width * height * 8);
  }

  /** Puts station u on point p (or removes whatever is there with u = -1). */
  setStation(p: number, u: number): void {
    const was = (this.station[p] as number) >= 0;
    this.station[p] = u;
    const delta = (u >= 0 ? 1 : 0) - (was ? 1 : 0);
    if (delta === 0) return;
    for (let d = 0; d < 8; d++) {
      const q = this.neighbour(p, d);
      if (q >= 0) this.crowd[q] = (this.crowd[q] as number) + delta;
    }
  }

  get size(): number {
    return this.width * this.height;
  }

  id(gx: number, gy: number): number {
    return (gy - this.y0) * this.width + (gx - this.x0);
  }

  gx(id: number): number {
    return (id % this.width) + this.x0;
  }

  gy(id: number): number {
    return Math.floor(id / this.width) + this.y0;
  }

  inside(gx: number, gy: number): boolean {
    return (
      gx >= this.x0 && gy >= this.y0 && gx < this.x0 + this.width && gy < this.y0 + this.height
    );
  }

  /** The neighbour of a point in direction d, or -1 outside the grid. */
  neighbour(id: number, d: number): number {
    const x = (id % this.width) + (DX[d] as number);
    const y = Math.floor(id / this.width) + (DY[d] as number);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return -1;
    return y * this.width + x;
  }

  /** For a diagonal step, the step that would cross it (from, direction); else null. */
  crossing(id: number, d: number): [number, number] | null {
    if (d % 2 === 0) return null;
    // The other diagonal of the same cell: from the horizontal neighbour, mirrored.
    const from = this.neighbour(id, (DX[d] as number) > 0 ? 0 : 4);
    if (from < 0) return null;
    const mirrored = d === 1 ? 3 : d === 3 ? 1 : d === 5 ? 7 : 5;
    return [from, mirrored];
  }

  /** Records (or with `delta` -1 removes) a routed path given as grid point ids. */
  mark(path: readonly number[], delta: 1 | -1): void {
    for (let i = 0; i + 1 < path.length; i++) {
      const p = path[i] as number;
      const q = path[i + 1] as number;
      const d = this.dirBetween(p, q);
      if (d < 0) continue;
      this.step[p * 8 + d] = (this.step[p * 8 + d] as number) + delta;
      this.step[q * 8 + opposite(d)] = (this.step[q * 8 + opposite(d)] as number) + delta;
      this.taken[p * 8 + d] = (this.taken[p * 8 + d] as number) + delta;
      this.taken[q * 8 + opposite(d)] = (this.taken[q * 8 + opposite(d)] as number) + delta;
      const c = this.crossing(p, d);
      if (c) {
        const [from, cd] = c;
        const to = this.neighbour(from, cd);
        this.step[from * 8 + cd] = (this.step[from * 8 + cd] as number) + delta;
        if (to >= 0)
          this.step[to * 8 + opposite(cd)] = (this.step[to * 8 + opposite(cd)] as number) + delta;
      }
      if (i > 0) this.passing[p] = (this.passing[p] as number) + delta;
    }
  }

  dirBetween(p: number, q: number): number {
    const dx = (q % this.width) - (p % this.width);
    const dy = Math.floor(q / this.width) - Math.floor(p / this.width);
    for (let d = 0; d < 8; d++) if (DX[d] === dx && DY[d] === dy) return d;
    return -1;
  }
}

/** A binary min-heap of (key, value) pairs held in growable typed arrays. */
export class MinHeap {
  private keys = new Float64Array(256);
  private values = new Int32Array(256);
  length = 0;
  /** Entries popped since the heap was made: the work of the searches that used it. */
  pops = 0;

  clear(): void {
    this.length = 0;
  }

  push(key: number, value: number): void {
    if (this.length === this.keys.length) {
      const k = new Float64Array(this.length * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Int32Array(this.length * 2);
      v.set(this.values);
      this.values = v;
    }
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent] as number;
      if (pk < key || (pk === key && (this.values[parent] as number) <= value)) break;
      this.keys[i] = pk;
      this.values[i] = this.values[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** Key of the smallest entry (undefined when empty). */
  peekKey(): number {
    return this.keys[0] as number;
  }

  /** Removes the smallest entry and returns its value. */
  pop(): number {
    this.pops++;
    const top = this.values[0] as number;
    const n = --this.length;
    const key = this.keys[n] as number;
    const value = this.values[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (
        r < n &&
        ((this.keys[r] as number) < (this.keys[c] as number) ||
          ((this.keys[r] as number) === (this.keys[c] as number) &&
            (this.values[r] as number) < (this.values[c] as number)))
      )
        c = r;
      const ck = this.keys[c] as number;
      if (ck > key || (ck === key && (this.values[c] as number) >= value)) break;
      this.keys[i] = ck;
      this.values[i] = this.values[c] as number;
      i = c;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return top;
  }
}
