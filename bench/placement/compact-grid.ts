// Compaction: drop empty grid columns and rows that no edge needs. A column may go when no
// station stands on it and every edge across it is horizontal and stays at least
// `minLength` long (rows alike); nothing else changes direction.
import type { PlacementGraph } from '../../src/layout/place/climb/placement-graph.ts';

export function compactGrid(
  g: PlacementGraph,
  x: Int32Array,
  y: Int32Array,
  minLength: number,
): void {
  compactAxis(g, x, y, minLength);
  compactAxis(g, y, x, minLength);
  let minX = Infinity;
  let minY = Infinity;
  for (let u = 0; u < g.n; u++) {
    minX = Math.min(minX, x[u] as number);
    minY = Math.min(minY, y[u] as number);
  }
  for (let u = 0; u < g.n; u++) {
    x[u] = (x[u] as number) - minX;
    y[u] = (y[u] as number) - minY;
  }
}

function compactAxis(
  g: PlacementGraph,
  main: Int32Array,
  other: Int32Array,
  minLength: number,
): void {
  if (g.n === 0) return;
  const used = new Set<number>();
  let lo = Infinity;
  let hi = -Infinity;
  for (let u = 0; u < g.n; u++) {
    used.add(main[u] as number);
    lo = Math.min(lo, main[u] as number);
    hi = Math.max(hi, main[u] as number);
  }
  for (let c = hi - 1; c > lo; c--) {
    if (used.has(c)) continue;
    let ok = true;
    for (let e = 0; e < g.edgeA.length && ok; e++) {
      const a = g.edgeA[e] as number;
      const b = g.edgeB[e] as number;
      const p = main[a] as number;
      const q = main[b] as number;
      if (Math.min(p, q) >= c || Math.max(p, q) <= c) continue;
      if (other[a] !== other[b] || Math.abs(p - q) - 1 < minLength) ok = false;
    }
    if (!ok) continue;
    for (let u = 0; u < g.n; u++) if ((main[u] as number) > c) main[u] = (main[u] as number) - 1;
  }
}
