// Step (b): every station to the nearest free integer grid point, pinned stations first
// (exactly on their pins), then the rest in decreasing degree.
import { pointKey } from './grid-state.ts';
import type { PlacementGraph } from './placement-graph.ts';

export function snapToGrid(
  g: PlacementGraph,
  rx: Float64Array,
  ry: Float64Array,
): { x: Int32Array; y: Int32Array } {
  const x = new Int32Array(g.n);
  const y = new Int32Array(g.n);
  const taken = new Set<number>();
  const order = [...g.ids.keys()].sort(
    (a, b) =>
      Number(g.pin[b] !== undefined) - Number(g.pin[a] !== undefined) ||
      (g.incident[b] as number[]).length - (g.incident[a] as number[]).length ||
      a - b,
  );
  for (const u of order) {
    const p = g.pin[u];
    const [px, py] = nearestFree(taken, p ? p.x : (rx[u] as number), p ? p.y : (ry[u] as number));
    x[u] = px;
    y[u] = py;
    taken.add(pointKey(px, py));
  }
  return { x, y };
}

/** Spiral outwards ring by ring; the nearest free point wins (ties by scan order). */
export function nearestFree(taken: Set<number>, fx: number, fy: number): [number, number] {
  const ox = Math.round(fx);
  const oy = Math.round(fy);
  if (!taken.has(pointKey(ox, oy))) return [ox, oy];
  let best: [number, number] = [ox, oy];
  let bestD = Infinity;
  for (let r = 1; r < 1 << 16; r++) {
    if (r - 1 > bestD) break;
    for (let dx = -r; dx <= r; dx++)
      for (let dy = -r; dy <= r; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
        const px = ox + dx;
        const py = oy + dy;
        if (taken.has(pointKey(px, py))) continue;
        const d = Math.hypot(px - fx, py - fy);
        if (d < bestD) {
          bestD = d;
          best = [px, py];
        }
      }
  }
  return best;
}
