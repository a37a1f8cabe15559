// One edge routed on the octilinear grid: a shortest path over (grid point, incoming
// direction) states, with octi's bend costs, costs for crowding stations, and — when the
// far station is not yet placed — a cost for moving it away from its rough position.
import { BEND_COST, opposite, turn } from './directions.ts';
import { MinHeap, type RoutingGrid } from './grid.ts';
import { portCost, type PortContext } from './ports.ts';

export const HOP_COST = [1, 1.25]; // orthogonal, diagonal
const CROWD_COST = 0.4; // per station next to a grid point a path passes through
const MOVE_COST = 1.2; // per grid unit a station lands away from its rough position
const NEIGHBOUR_STATION_COST = 0.6; // per station next to a spot chosen for a station
const MAX_COST = 80;
const RELAXED_PENALTY = 25;

export interface RouteRequest {
  readonly edge: number;
  readonly from: number; // node index, already placed
  readonly fromPoint: number; // its grid point id
  readonly to: number; // node index
  /** Grid point id of `to` when placed, else -1. */
  readonly toPoint: number;
  /** Rough position of `to`, in grid units (used when it is not placed). */
  readonly idealX: number;
  readonly idealY: number;
  /** Allow used points and steps at a high price (the fallback when nothing is free). */
  readonly relaxed: boolean;
}

export interface RouteResult {
  readonly path: number[]; // grid point ids from `from` to `to`
  readonly cost: number;
}

/** Scratch memory reused across searches (one per layout run). */
export class RouteScratch {
  readonly dist: Float64Array;
  readonly prev: Int32Array;
  readonly stamp: Uint32Array;
  readonly heap = new MinHeap();
  generation = 0;
  constructor(states: number) {
    this.dist = new Float64Array(states);
    this.prev = new Int32Array(states);
    this.stamp = new Uint32Array(states);
  }
}

function stationsAround(grid: RoutingGrid, p: number, ignore: number): number {
  let n = 0;
  for (let d = 0; d < 8; d++) {
    const q = grid.neighbour(p, d);
    if (q >= 0 && q !== ignore && (grid.station[q] as number) >= 0) n++;
  }
  return n;
}

export function routeEdge(
  grid: RoutingGrid,
  ctx: PortContext,
  scratch: RouteScratch,
  req: RouteRequest,
): RouteResult | null {
  const { dist, prev, stamp, heap } = scratch;
  const gen = ++scratch.generation;
  heap.clear();
  const relaxed = req.relaxed;
  const target = req.toPoint;
  const radius = 3;
  const moveCost = (p: number): number => {
    const dx = grid.gx(p) - req.idealX;
    const dy = grid.gy(p) - req.idealY;
    return (
      MOVE_COST * Math.sqrt(dx * dx + dy * dy) +
      NEIGHBOUR_STATION_COST * stationsAround(grid, p, req.fromPoint)
    );
  };
  let best = Infinity;
  let bestState = -1;
  let bestStartDir = -1;

  const relax = (state: number, cost: number, from: number): void => {
    if (stamp[state] === gen && (dist[state] as number) <= cost) return;
    stamp[state] = gen;
    dist[state] = cost;
    prev[state] = from;
    heap.push(cost, state);
  };

  // Leaving the source station.
  for (let d = 0; d < 8; d++) {
    const q = grid.neighbour(req.fromPoint, d);
    if (q < 0) continue;
    let c = HOP_COST[d % 2] as number;
    if ((grid.step[req.fromPoint * 8 + d] as number) > 0) {
      if (!relaxed) continue;
      c += RELAXED_PENALTY * 2;
    }
    c += portCost(ctx, req.from, req.edge, d);
    const occupant = grid.station[q] as number;
    if (q === target) {
      c += arrivalCost(grid, ctx, req, q, d, relaxed);
      if (c < best) {
        best = c;
        bestState = -1;
        bestStartDir = d;
      }
      continue;
    }
    if (occupant >= 0) continue;
    if ((grid.passing[q] as number) > 0) {
      if (!relaxed) continue;
      c += RELAXED_PENALTY;
    }
    relax(q * 8 + d, c + CROWD_COST * stationsAround(grid, q, req.fromPoint), -1 - d);
  }

  while (heap.length > 0) {
    const cost = heap.peekKey();
    const state = heap.pop();
    if (cost >= best || cost > MAX_COST) break;
    if ((dist[state] as number) < cost) continue;
    const p = state >> 3;
    const din = state & 7;
    // Could the unplaced far station stop here?
    if (target < 0 && (grid.passing[p] as number) === 0) {
      const px = grid.gx(p) - req.idealX;
      const py = grid.gy(p) - req.idealY;
      if (px * px + py * py <= radius * radius) {
        const c = cost + moveCost(p);
        if (c < best) {
          best = c;
          bestState = state;
        }
      }
    }
    for (let d = 0; d < 8; d++) {
      const t = turn(din, d);
      if (t === 4) continue;
      const q = grid.neighbour(p, d);
      if (q < 0) continue;
      let c = cost + (BEND_COST[t] as number) + (HOP_COST[d % 2] as number);
      if ((grid.step[p * 8 + d] as number) > 0) {
        if (!relaxed) continue;
        c += RELAXED_PENALTY * 2;
      }
      if (q === target) {
        c += arrivalCost(grid, ctx, req, q, d, relaxed);
        if (c < best) {
          best = c;
          bestState = q * 8 + d;
          stamp[bestState] = gen;
          dist[bestState] = c;
          prev[bestState] = state;
        }
        continue;
      }
      if ((grid.station[q] as number) >= 0) continue;
      if ((grid.passing[q] as number) > 0) {
        if (!relaxed) continue;
        c += RELAXED_PENALTY;
      }
      relax(q * 8 + d, c + CROWD_COST * stationsAround(grid, q, req.fromPoint), state);
    }
  }
  if (best === Infinity) return null;
  if (bestState < 0) {
    const q = grid.neighbour(req.fromPoint, bestStartDir);
    return { path: [req.fromPoint, q], cost: best };
  }
  const path: number[] = [];
  let s = bestState;
  for (;;) {
    path.push(s >> 3);
    const p = prev[s] as number;
    if (p < 0) break;
    s = p;
  }
  path.push(req.fromPoint);
  path.reverse();
  return { path, cost: best };
}

function arrivalCost(
  grid: RoutingGrid,
  ctx: PortContext,
  req: RouteRequest,
  q: number,
  d: number,
  relaxed: boolean,
): number {
  const back = opposite(d);
  let c = portCost(ctx, req.to, req.edge, back);
  if ((grid.step[q * 8 + back] as number) > 0 && relaxed) c += RELAXED_PENALTY * 2;
  return c;
}

/** A plain octilinear path (diagonal run, then straight run) ignoring everything else. */
export function directPath(grid: RoutingGrid, from: number, to: number): number[] {
  const path = [from];
  let x = grid.gx(from);
  let y = grid.gy(from);
  const tx = grid.gx(to);
  const ty = grid.gy(to);
  while (x !== tx || y !== ty) {
    x += Math.sign(tx - x);
    y += Math.sign(ty - y);
    path.push(grid.id(x, y));
  }
  return path;
}
