// A bounded hill climb from given rough positions, for the main layout: the rough layout
// snapped to grid points, then a few sweeps of the placement's multicriteria local search
// (octilinear straight edges, even lengths, few turns, no crossings, zones together,
// landscape frame). The work is fixed by the number of sweeps and their radius, so small
// maps get it within a few milliseconds; the result is deterministic.
import type { TransitMap } from '../../../model/schema.ts';
import { GridState } from './grid-state.ts';
import { hillClimb } from './hill-climb.ts';
import { WEIGHTS, type Weights } from './local-cost.ts';
import { moveGroups } from './move-groups.ts';
import { buildPlacementGraph } from './placement-graph.ts';
import { snapToGrid } from './snap-grid.ts';

export interface ClimbFromOptions {
  /** Preferred edge length, grid units. */
  readonly targetLength: number;
  readonly sweeps: number;
  readonly startRadius: number;
  /** Weights that differ from the defaults (e.g. crossings made prohibitive). */
  readonly weights?: Partial<Weights>;
}

/**
 * Returns grid positions ([x, y] per station, in grid units, in the map's station order —
 * the order of the layout graph's nodes) after the climb. Pinned stations stay on their pins.
 */
export function climbFrom(
  map: TransitMap,
  rough: Float64Array,
  options: ClimbFromOptions,
): Float64Array {
  const g = buildPlacementGraph(map);
  const out = new Float64Array(g.n * 2);
  if (g.n === 0) return out;
  const rx = new Float64Array(g.n);
  const ry = new Float64Array(g.n);
  for (let u = 0; u < g.n; u++) {
    rx[u] = rough[u * 2] as number;
    ry[u] = rough[u * 2 + 1] as number;
  }
  const { x, y } = snapToGrid(g, rx, ry);
  const state = new GridState(g, x, y);
  const weights: Weights = { ...WEIGHTS, ...options.weights, targetLength: options.targetLength };
  hillClimb(state, moveGroups(g), {
    weights,
    maxSweeps: options.sweeps,
    deadline: undefined,
    startRadius: options.startRadius,
  });
  for (let u = 0; u < g.n; u++) {
    out[u * 2] = state.x[u] as number;
    out[u * 2 + 1] = state.y[u] as number;
  }
  return out;
}
