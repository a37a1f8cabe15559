// Rough positions by stress majorization (SMACOF): graph distances become drawing
// distances, which untangles networks far better than springs alone. Distances inside a
// zone are shortened and across zones lengthened, so zones gather and stay apart.
import type { PlacementGraph } from '../../src/layout/place/climb/placement-graph.ts';

const SAME_ZONE = 0.8;
const OTHER_ZONE = 1.25;

/** All-pairs hop distances (BFS), unreachable pairs set to `far`. */
function hops(g: PlacementGraph): Float64Array {
  const n = g.n;
  const d = new Float64Array(n * n).fill(-1);
  const queue = new Int32Array(n);
  let far = 0;
  for (let s = 0; s < n; s++) {
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    d[s * n + s] = 0;
    while (head < tail) {
      const u = queue[head++] as number;
      const du = d[s * n + u] as number;
      far = Math.max(far, du);
      for (const v of g.neighbours[u] as number[]) {
        if ((d[s * n + v] as number) >= 0) continue;
        d[s * n + v] = du + 1;
        queue[tail++] = v;
      }
    }
  }
  for (let i = 0; i < n * n; i++) if ((d[i] as number) < 0) d[i] = far + 2;
  return d;
}

/** Refines x, y in place; `unit` is the drawn length of one hop. */
export function stressLayout(
  g: PlacementGraph,
  x: Float64Array,
  y: Float64Array,
  unit: number,
  iterations: number,
): void {
  const n = g.n;
  const d = hops(g);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const zi = g.zone[i] as number;
      const zj = g.zone[j] as number;
      const f = zi < 0 || zj < 0 ? 1 : zi === zj ? SAME_ZONE : OTHER_ZONE;
      d[i * n + j] = Math.max(1, (d[i * n + j] as number) * f) * unit;
    }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      if (g.pin[i]) continue;
      let sx = 0;
      let sy = 0;
      let sw = 0;
      const xi = x[i] as number;
      const yi = y[i] as number;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const dij = d[i * n + j] as number;
        const w = 1 / (dij * dij);
        const dx = xi - (x[j] as number);
        const dy = yi - (y[j] as number);
        const dist = Math.hypot(dx, dy) || 1e-9;
        sx += w * ((x[j] as number) + (dij * dx) / dist);
        sy += w * ((y[j] as number) + (dij * dy) / dist);
        sw += w;
      }
      x[i] = sx / sw;
      y[i] = sy / sw;
    }
  }
}
