// Stress majorization (localized SMACOF): moves nodes so that their distances match
// their distances along the network. Untangles what a force layout leaves folded; used
// on the chain-contracted graph after the force simulation, when it is small enough.
import { MinHeap } from '../route/grid.ts';

export interface StressLink {
  readonly s: number;
  readonly t: number;
  readonly length: number;
}

/** Largest node count for which the all-pairs distance matrix is built. */
export const STRESS_MAX_NODES = 700;

/** Shortest network distances from every node (Dijkstra over link lengths). */
export function allPairs(n: number, links: readonly StressLink[]): Float64Array {
  const adj: [number, number][][] = Array.from({ length: n }, () => []);
  for (const l of links) {
    adj[l.s]?.push([l.t, l.length]);
    adj[l.t]?.push([l.s, l.length]);
  }
  const D = new Float64Array(n * n).fill(Infinity);
  const done = new Uint8Array(n);
  const heap = new MinHeap();
  for (let s = 0; s < n; s++) {
    done.fill(0);
    const row = s * n;
    D[row + s] = 0;
    heap.clear();
    heap.push(0, s);
    while (heap.length > 0) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      const du = D[row + u] as number;
      for (const [v, w] of adj[u] ?? []) {
        if (du + w < (D[row + v] as number)) {
          D[row + v] = du + w;
          heap.push(du + w, v);
        }
      }
    }
  }
  return D;
}

/**
 * Runs `iterations` rounds of localized stress majorization on positions `pos`
 * ([x, y] per node, changed in place). Nodes with `fixed` set do not move. Pairs in
 * different components are kept about `apart` away from each other.
 */
export function stressRefine(
  pos: Float64Array,
  D: Float64Array,
  n: number,
  fixed: Uint8Array,
  iterations: number,
  apart: number,
): void {
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      const xi = pos[i * 2] as number;
      const yi = pos[i * 2 + 1] as number;
      let sx = 0;
      let sy = 0;
      let sw = 0;
      const row = i * n;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        let d = D[row + j] as number;
        if (d === Infinity) d = apart;
        if (d <= 0) continue;
        const w = 1 / (d * d);
        const xj = pos[j * 2] as number;
        const yj = pos[j * 2 + 1] as number;
        const dx = xi - xj;
        const dy = yi - yj;
        const len = Math.sqrt(dx * dx + dy * dy) || 1e-6;
        sx += w * (xj + (d * dx) / len);
        sy += w * (yj + (d * dy) / len);
        sw += w;
      }
      if (sw > 0) {
        pos[i * 2] = sx / sw;
        pos[i * 2 + 1] = sy / sw;
      }
    }
  }
}
