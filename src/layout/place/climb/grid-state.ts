// The mutable state of the hill climbing: integer positions, which grid point holds which
// station, and a bucket hash of edges and stations for local queries.
import type { PlacementGraph } from './placement-graph.ts';

const CELL = 4;
const OFF = 1 << 20;

export function pointKey(x: number, y: number): number {
  return (x + OFF) * 2 * OFF + (y + OFF);
}

export class GridState {
  readonly x: Int32Array;
  readonly y: Int32Array;
  /** Station at each occupied grid point. */
  readonly at = new Map<number, number>();
  private readonly edgeCells = new Map<number, Set<number>>();
  private readonly nodeCells = new Map<number, Set<number>>();

  constructor(
    readonly g: PlacementGraph,
    x: Int32Array,
    y: Int32Array,
  ) {
    this.x = x;
    this.y = y;
    for (let u = 0; u < g.n; u++) this.addNode(u);
    for (let e = 0; e < g.edgeA.length; e++) this.edgeBuckets(e, true);
  }

  /** Moves a set of stations at once (their new places must be free or vacated by the set). */
  moveAll(nodes: readonly number[], nx: readonly number[], ny: readonly number[]): void {
    const edges = new Set<number>();
    for (const u of nodes) for (const e of this.g.incident[u] as number[]) edges.add(e);
    for (const e of edges) this.edgeBuckets(e, false);
    for (const u of nodes) this.removeNode(u);
    nodes.forEach((u, i) => {
      this.x[u] = nx[i] as number;
      this.y[u] = ny[i] as number;
      this.addNode(u);
    });
    for (const e of edges) this.edgeBuckets(e, true);
  }

  /** Edges whose bucket overlaps the box (may repeat an edge; callers dedupe if needed). */
  edgesNear(minX: number, minY: number, maxX: number, maxY: number, out: Set<number>): void {
    this.collect(this.edgeCells, minX, minY, maxX, maxY, out);
  }

  nodesNear(minX: number, minY: number, maxX: number, maxY: number, out: Set<number>): void {
    this.collect(this.nodeCells, minX, minY, maxX, maxY, out);
  }

  private collect(
    cells: Map<number, Set<number>>,
    minX: number,
    minY: number,
    maxX: number,
    maxY: number,
    out: Set<number>,
  ): void {
    const x0 = Math.floor(minX / CELL);
    const x1 = Math.floor(maxX / CELL);
    const y0 = Math.floor(minY / CELL);
    const y1 = Math.floor(maxY / CELL);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const set = cells.get(pointKey(cx, cy));
        if (set) for (const v of set) out.add(v);
      }
  }

  private addNode(u: number): void {
    const x = this.x[u] as number;
    const y = this.y[u] as number;
    this.at.set(pointKey(x, y), u);
    const k = pointKey(Math.floor(x / CELL), Math.floor(y / CELL));
    let set = this.nodeCells.get(k);
    if (!set) this.nodeCells.set(k, (set = new Set()));
    set.add(u);
  }

  private removeNode(u: number): void {
    const x = this.x[u] as number;
    const y = this.y[u] as number;
    const key = pointKey(x, y);
    if (this.at.get(key) === u) this.at.delete(key);
    this.nodeCells.get(pointKey(Math.floor(x / CELL), Math.floor(y / CELL)))?.delete(u);
  }

  private edgeBuckets(e: number, add: boolean): void {
    const a = this.g.edgeA[e] as number;
    const b = this.g.edgeB[e] as number;
    const xa = this.x[a] as number;
    const xb = this.x[b] as number;
    const ya = this.y[a] as number;
    const yb = this.y[b] as number;
    const x0 = Math.floor(Math.min(xa, xb) / CELL);
    const x1 = Math.floor(Math.max(xa, xb) / CELL);
    const y0 = Math.floor(Math.min(ya, yb) / CELL);
    const y1 = Math.floor(Math.max(ya, yb) / CELL);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const k = pointKey(cx, cy);
        let set = this.edgeCells.get(k);
        if (add) {
          if (!set) this.edgeCells.set(k, (set = new Set()));
          set.add(e);
        } else set?.delete(e);
      }
  }
}
