// Swaps: two nearby free stations trade places. A single move cannot untangle a crossing
// when the grid around it is full; a swap often can.
import type { GridState } from './grid-state.ts';
import { pointKey } from './grid-state.ts';
import type { CostScratch, Weights } from './local-cost.ts';
import { setCost } from './local-cost.ts';
import type { ZoneFrame } from './zone-frame.ts';

export function trySwaps(
  s: GridState,
  u: number,
  radius: number,
  inSet: Uint8Array,
  zones: ZoneFrame,
  w: Weights,
  scratch: CostScratch,
): number {
  const ux = s.x[u] as number;
  const uy = s.y[u] as number;
  let best = -1e-6;
  let partner = -1;
  for (let dx = -radius; dx <= radius; dx++)
    for (let dy = -radius; dy <= radius; dy++) {
      const v = s.at.get(pointKey(ux + dx, uy + dy));
      if (v === undefined || v === u || s.g.pin[v] !== undefined) continue;
      const set = [u, v];
      inSet[u] = inSet[v] = 1;
      const vx = s.x[v] as number;
      const vy = s.y[v] as number;
      const base = setCost(s, set, inSet, zones, w, scratch);
      s.x[u] = vx;
      s.y[u] = vy;
      s.x[v] = ux;
      s.y[v] = uy;
      const delta = setCost(s, set, inSet, zones, w, scratch) - base;
      s.x[u] = ux;
      s.y[u] = uy;
      s.x[v] = vx;
      s.y[v] = vy;
      inSet[u] = inSet[v] = 0;
      if (delta < best) {
        best = delta;
        partner = v;
      }
    }
  if (partner < 0) return 0;
  const px = s.x[partner] as number;
  const py = s.y[partner] as number;
  s.moveAll([u, partner], [px, ux], [py, uy]);
  return -best;
}
