// Station placement on the octilinear grid, independent of routing: rough layout (stress
// majorization + seeded d3-force), snap to free grid points, multicriteria hill climbing
// with single, group and swap moves, compaction. Small maps try a few seeds and keep the
// cheapest. The result can be fed to layoutMap as pinned positions. Pure, deterministic.
import type { TransitMap } from '../../src/model/schema.ts';
import { compactGrid } from './compact-grid.ts';
import { GridState } from '../../src/layout/place/climb/grid-state.ts';
import { hillClimb } from '../../src/layout/place/climb/hill-climb.ts';
import { CostScratch, setCost, WEIGHTS } from '../../src/layout/place/climb/local-cost.ts';
import { moveGroups } from '../../src/layout/place/climb/move-groups.ts';
import {
  buildPlacementGraph,
  type PlacementGraph,
} from '../../src/layout/place/climb/placement-graph.ts';
import { roughLayout } from './rough-layout.ts';
import { snapToGrid } from '../../src/layout/place/climb/snap-grid.ts';
import { zoneFrame } from '../../src/layout/place/climb/zone-frame.ts';

export interface PlacementOptions {
  readonly seed?: number;
  /** Most hill-climbing sweeps per start (deterministic cap). */
  readonly maxSweeps?: number;
  /** How many seeds to try; defaults by map size (6 small, 2 medium, 1 large). */
  readonly starts?: number;
  /** Optional wall-clock cap in ms; when hit, the result depends on machine speed. */
  readonly timeBudgetMs?: number;
}

export interface GridPosition {
  readonly x: number;
  readonly y: number;
}

export function placeStations(
  map: TransitMap,
  options: PlacementOptions = {},
): Map<string, GridPosition> {
  const start = performance.now();
  const deadline = options.timeBudgetMs === undefined ? undefined : start + options.timeBudgetMs;
  const g = buildPlacementGraph(map);
  const result = new Map<string, GridPosition>();
  if (g.n === 0) return result;
  const seed = options.seed ?? 1;
  const starts = Math.max(1, options.starts ?? (g.n <= 60 ? 6 : g.n <= 300 ? 2 : 1));
  const groups = moveGroups(g);
  let best: GridState | undefined;
  let bestCost = Infinity;
  for (let k = 0; k < starts; k++) {
    const rough = roughLayout(g, seed + k * 101, WEIGHTS.targetLength);
    const { x, y } = snapToGrid(g, rough.x, rough.y);
    const state = new GridState(g, x, y);
    hillClimb(state, groups, { weights: WEIGHTS, maxSweeps: options.maxSweeps ?? 16, deadline });
    const cost = starts === 1 ? 0 : totalCost(g, state);
    if (cost < bestCost) {
      bestCost = cost;
      best = state;
    }
    if (deadline !== undefined && performance.now() > deadline) break;
  }
  const final = best as GridState;
  if (!g.pin.some((p) => p)) compactGrid(g, final.x, final.y, WEIGHTS.targetLength);
  g.ids.forEach((id, u) => result.set(id, { x: final.x[u] as number, y: final.y[u] as number }));
  return result;
}

function totalCost(g: PlacementGraph, state: GridState): number {
  const all = [...g.ids.keys()];
  return setCost(
    state,
    all,
    new Uint8Array(g.n).fill(1),
    zoneFrame(state),
    WEIGHTS,
    new CostScratch(),
  );
}
