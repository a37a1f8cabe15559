// One edge routed on the octilinear grid: a shortest path over (grid point, incoming
// direction) states, with octi's bend costs, costs for crowding stations, and — when the
// far station is not yet placed — a cost for moving it away from its rough position.
import { BEND_COST, opposite, turn } from './directions.ts';
import { MinHeap, type RoutingGrid } from './grid.ts';
import { portCost, type PortContext } from './ports.ts';

export const HOP_COST = [1, 1.25]; // orthogonal, diagonal
const CROWD_COST = 0.4; // per station next to a grid point a path passes through
const MOVE_COST = 1.2; // per grid unit a station lands away from its rough position
/**
 * How far (grid units) from its rough position a clean route may place a station. Farther
 * spots are only for the relaxed search, at FAR_COST per squared unit beyond it: letting a
 * clean route stop anywhere once it got expensive made stations drift along whole chains
 * (up to 37 units on the bench's 100-station map) and then forced long detours back.
 */
const STOP_RADIUS = 2;
const NEIGHBOUR_STATION_COST = 2; // per station next to a spot chosen for a station
const MAX_COST = 80;
const RELAXED_PENALTY = 25;
const CROSS_COST = 3;
const FAR_COST = 1;

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
  /** With `relaxed`: even run along a step another route takes (the last resort). */
  readonly share?: boolean;
  /** Most search states to expand. */
  readonly budget?: number;
  /** Only a route cheaper than this is wanted (null otherwise); default: any. */
  readonly bound?: number;
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

/** Stations next to p, not counting the one at `ignore` (the route's own start). */
function stationsAround(grid: RoutingGrid, p: number, ignore: number): number {
  const n = grid.crowd[p] as number;
  if (n === 0) return 0;
  const w = grid.width;
  const dx = (p % w) - (ignore % w);
  const dy = Math.floor(p / w) - Math.floor(ignore / w);
  return dx >= -1 && dx <= 1 && dy >= -1 && dy <= 1 ? n - 1 : n;
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
  const radius = STOP_RADIUS;
  const moveCost = (p: number): number => {
    const dx = grid.gx(p) - req.idealX;
    const dy = grid.gy(p) - req.idealY;
    const d = Math.sqrt(dx * dx + dy * dy);
    const far = Math.max(0, d - radius);
    return (
      MOVE_COST * d +
      FAR_COST * far * far +
      NEIGHBOUR_STATION_COST * stationsAround(grid, p, req.fromPoint)
    );
  };
  const bound = req.bound ?? Infinity;
  let best = bound;
  let bestState = -1;
  let bestStartDir = -1;

  // A* towards a placed target: every step covers at most one unit of Chebyshev distance.
  const tx = target >= 0 ? grid.gx(target) : 0;
  const ty = target >= 0 ? grid.gy(target) : 0;
  // Towards an unplaced target, the rest costs at least one per unit of Chebyshev
  // distance to its rough position (hops cost at least 1, moving it MOVE_COST > 1).
  const ix = req.idealX;
  const iy = req.idealY;
  const h = (q: number): number =>
    target >= 0
      ? Math.max(Math.abs(grid.gx(q) - tx), Math.abs(grid.gy(q) - ty)) - 1
      : Math.max(0, Math.max(Math.abs(grid.gx(q) - ix), Math.abs(grid.gy(q) - iy)) - 0.5);
  const relax = (state: number, cost: number, from: number): void => {
    if (stamp[state] === gen && (dist[state] as number) <= cost) return;
    stamp[state] = gen;
    dist[state] = cost;
    prev[state] = from;
    heap.push(cost + h(state >> 3), state);
  };
  let budget = req.budget ?? (req.share ? 60000 : relaxed ? 20000 : 2000);
  // The last resort must find a way: small penalties keep its search directed.
  const penalty = req.share ? 3 : relaxed ? 6 : RELAXED_PENALTY;

  // Leaving the source station.
  for (let d = 0; d < 8; d++) {
    const q = grid.neighbour(req.fromPoint, d);
    if (q < 0) continue;
    let c = HOP_COST[d % 2] as number;
    if ((grid.step[req.fromPoint * 8 + d] as number) > 0) {
      // Relaxed routes may cross a diagonal, never run on top of another route.
      if (!relaxed || (!req.share && (grid.taken[req.fromPoint * 8 + d] as number) > 0)) continue;
      c += (grid.taken[req.fromPoint * 8 + d] as number) > 0 ? RELAXED_PENALTY : penalty;
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
      if (crossable(grid, q, d)) c += CROSS_COST;
      else if (relaxed) c += penalty;
      else continue;
    }
    relax(q * 8 + d, c + CROWD_COST * stationsAround(grid, q, req.fromPoint), -1 - d);
  }

  while (heap.length > 0 && budget-- > 0) {
    const key = heap.peekKey();
    const state = heap.pop();
    if (key >= best || key > (relaxed ? MAX_COST * 25 : MAX_COST)) break;
    const p = state >> 3;
    const cost = dist[state] as number;
    if (key > cost + h(p) + 1e-9) continue;
    const din = state & 7;
    // Could the unplaced far station stop here?
    if (target < 0 && (grid.passing[p] as number) === 0) {
      const px = grid.gx(p) - req.idealX;
      const py = grid.gy(p) - req.idealY;
      if (px * px + py * py <= radius * radius || relaxed) {
        const c = cost + moveCost(p);
        if (c < best) {
          best = c;
          bestState = state;
        }
      }
    }
    // Crossing another route at p: go straight over it.
    const crossing = (grid.passing[p] as number) > 0 && !relaxed;
    for (let d = 0; d < 8; d++) {
      const t = turn(din, d);
      if (t === 4 || (crossing && t !== 0)) continue;
      const q = grid.neighbour(p, d);
      if (q < 0) continue;
      let c = cost + (BEND_COST[t] as number) + (HOP_COST[d % 2] as number);
      if ((grid.step[p * 8 + d] as number) > 0) {
        if (!relaxed || (!req.share && (grid.taken[p * 8 + d] as number) > 0)) continue;
        c += (grid.taken[p * 8 + d] as number) > 0 ? RELAXED_PENALTY : penalty;
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
        if (crossable(grid, q, d)) c += CROSS_COST;
        else if (relaxed) c += penalty;
        else continue;
      }
      relax(q * 8 + d, c + CROWD_COST * stationsAround(grid, q, req.fromPoint), state);
    }
  }
  if (best >= bound) return null;
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

/**
 * Whether a route arriving at q in direction d may cross the one route already there:
 * that route goes straight through q, and the way straight on is free.
 */
function crossable(grid: RoutingGrid, q: number, d: number): boolean {
  if ((grid.passing[q] as number) !== 1) return false;
  if ((grid.step[q * 8 + d] as number) > 0 || (grid.step[q * 8 + opposite(d)] as number) > 0)
    return false;
  let used = 0;
  let first = -1;
  for (let k = 0; k < 8; k++) {
    if ((grid.step[q * 8 + k] as number) === 0) continue;
    used++;
    if (first < 0) first = k;
  }
  return used === 2 && (grid.step[q * 8 + opposite(first)] as number) > 0;
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
  // Grid points are integers; anything else would never arrive (and grow the path forever).
  if (!Number.isInteger(from) || !Number.isInteger(to)) {
    throw new RangeError(`directPath: no grid point (${from} -> ${to})`);
  }
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
