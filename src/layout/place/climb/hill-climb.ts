// Step (c): multicriteria hill climbing (after Stott & Rodgers). Each sweep tries, for
// every free station, every free grid point within a radius that shrinks from 4 to 1, and
// moves it where the local cost falls most; then it tries moving whole groups.
import type { GridState } from './grid-state.ts';
import { pointKey } from './grid-state.ts';
import { CostScratch, setCost, type Weights } from './local-cost.ts';
import { trySwaps } from './swap-moves.ts';
import { zoneFrame, type ZoneFrame } from './zone-frame.ts';

export interface ClimbOptions {
  readonly weights: Weights;
  readonly maxSweeps: number;
  /** Stop early once the clock passes this (performance.now()); undefined: never. */
  readonly deadline: number | undefined;
  /** Search radius of the first sweep, shrinking by one per sweep down to 1 (default 4). */
  readonly startRadius?: number;
}

const MIN_GAIN = 1e-6;
const MIN_SWEEP_GAIN = 0.5;

export function hillClimb(s: GridState, groups: readonly number[][], o: ClimbOptions): number {
  const scratch = new CostScratch();
  const inSet = new Uint8Array(s.g.n);
  let sweeps = 0;
  for (let sweep = 0; sweep < o.maxSweeps; sweep++) {
    sweeps++;
    const radius = Math.max(1, (o.startRadius ?? 4) - sweep);
    const zones = zoneFrame(s);
    let gain = 0;
    for (let u = 0; u < s.g.n; u++) {
      if (s.g.pin[u] !== undefined) continue;
      gain += tryMove(s, [u], radius, inSet, zones, o.weights, scratch);
      if (radius <= 2) gain += trySwaps(s, u, 1, inSet, zones, o.weights, scratch);
    }
    for (const group of groups)
      gain += tryMove(s, group, Math.min(radius, 2), inSet, zones, o.weights, scratch);
    // Zone centres move between sweeps, so stop on a negligible gain, not only on none.
    if (radius === 1 && gain < MIN_SWEEP_GAIN) break;
    if (o.deadline !== undefined && performance.now() > o.deadline) break;
  }
  return sweeps;
}

function tryMove(
  s: GridState,
  set: readonly number[],
  radius: number,
  inSet: Uint8Array,
  zones: ZoneFrame,
  w: Weights,
  scratch: CostScratch,
): number {
  for (const u of set) inSet[u] = 1;
  const ox = set.map((u) => s.x[u] as number);
  const oy = set.map((u) => s.y[u] as number);
  const base = setCost(s, set, inSet, zones, w, scratch);
  let best = -MIN_GAIN;
  let bestDx = 0;
  let bestDy = 0;
  for (let dx = -radius; dx <= radius; dx++)
    for (let dy = -radius; dy <= radius; dy++) {
      if (dx === 0 && dy === 0) continue;
      let free = true;
      for (let i = 0; i < set.length && free; i++) {
        const v = s.at.get(pointKey((ox[i] as number) + dx, (oy[i] as number) + dy));
        if (v !== undefined && !inSet[v]) free = false;
      }
      if (!free) continue;
      set.forEach((u, i) => {
        s.x[u] = (ox[i] as number) + dx;
        s.y[u] = (oy[i] as number) + dy;
      });
      const delta = setCost(s, set, inSet, zones, w, scratch) - base;
      if (delta < best) {
        best = delta;
        bestDx = dx;
        bestDy = dy;
      }
    }
  set.forEach((u, i) => {
    s.x[u] = ox[i] as number;
    s.y[u] = oy[i] as number;
  });
  for (const u of set) inSet[u] = 0;
  if (bestDx === 0 && bestDy === 0) return 0;
  s.moveAll(
    set,
    ox.map((v) => v + bestDx),
    oy.map((v) => v + bestDy),
  );
  return -best;
}
