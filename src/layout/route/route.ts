// Stage 3: octilinear routing. Stations are placed on grid points and every edge becomes
// an octilinear grid path. Edges are routed densest first, growing outwards from the
// busiest station of each component, so each route starts at a placed station; the far
// station is placed where its route ends, near its rough position.
import { MinHeap, RoutingGrid } from './grid.ts';
import type { TransitGraph } from '../graph/graph.ts';
import { buildTransitions, type PortContext, type Transitions } from './ports.ts';
import { directPath, routeEdge, RouteScratch } from './route-edge.ts';
import type { RouteRequest, RouteResult } from './route-edge.ts';

export interface Routing {
  readonly grid: RoutingGrid;
  /** Grid point id of each node. */
  readonly point: Int32Array;
  /** Grid path of each edge, from its endpoint a to its endpoint b. */
  readonly paths: number[][];
  readonly cost: Float64Array;
  readonly ctx: PortContext;
  readonly transitions: Transitions;
  readonly scratch: RouteScratch;
  /** Search states the fallback searches may still expand (see FALLBACK_WORK). */
  readonly work: { fallback: number };
}

const MARGIN = 5;

/**
 * Search states that the fallback searches (relaxed, then sharing a step) of one routing may
 * expand in all. An edge with no clean route gets up to 20,000 + 60,000 states; real maps
 * use at most 60,000 in all (the bench's 500-station map), but small fuzzed maps with pins
 * far apart and every port taken used 80,000 per edge, 1-3 million in all: seconds of CPU,
 * only to fall back to a direct path anyway. Once this is spent, such an edge is drawn
 * direct at once: the layout's time stays bounded whatever the map.
 */
export const FALLBACK_WORK = 200_000;
/** Search states for one edge's clean route (in the local search: for one move's edge). */
export const CLEAN_BUDGET = 2500;
const MOVE_BUDGET = 120;
const RELAXED_BUDGET = 20_000;
const SHARE_BUDGET = 60_000;

export function routeGraph(graph: TransitGraph, rough: Float64Array): Routing {
  const n = graph.nodes.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const node = graph.nodes[i];
    const x = node?.pin ? Math.round(node.pin.x) : Math.round(rough[i * 2] as number);
    const y = node?.pin ? Math.round(node.pin.y) : Math.round(rough[i * 2 + 1] as number);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (n === 0) minX = minY = maxX = maxY = 0;
  const grid = new RoutingGrid(
    minX - MARGIN,
    minY - MARGIN,
    maxX - minX + 2 * MARGIN + 1,
    maxY - minY + 2 * MARGIN + 1,
  );
  const transitions = buildTransitions(graph);
  const ctx: PortContext = {
    graph,
    transitions,
    portA: new Int8Array(graph.edges.length).fill(-1),
    portB: new Int8Array(graph.edges.length).fill(-1),
    rough,
  };
  const point = new Int32Array(n).fill(-1);
  const paths: number[][] = graph.edges.map(() => []);
  const cost = new Float64Array(graph.edges.length);
  const scratch = new RouteScratch(grid.size * 8);
  const work = { fallback: FALLBACK_WORK };
  const routing: Routing = { grid, point, paths, cost, ctx, transitions, scratch, work };

  const place = (u: number, p: number): void => {
    point[u] = p;
    grid.setStation(p, u);
  };
  // Pinned stations first, exactly where the map puts them.
  for (const node of graph.nodes) {
    if (!node.pin) continue;
    const p = grid.id(Math.round(node.pin.x), Math.round(node.pin.y));
    place(node.index, (grid.station[p] as number) < 0 ? p : nearestFree(grid, p));
  }

  const weight = graph.nodes.map(
    (node) =>
      node.edges.reduce((s, e) => s + (graph.edges[e]?.lines.length ?? 0), 0) + node.edges.length,
  );
  const order = graph.nodes
    .map((node) => node.index)
    .sort((x, y) => (weight[y] as number) - (weight[x] as number) || x - y);
  const routed = new Uint8Array(graph.edges.length);
  const queued = new Uint8Array(n);
  const frontier = new MinHeap();
  for (const start of order) {
    if (queued[start]) continue;
    if ((point[start] as number) < 0)
      place(start, nearestFree(grid, roughPoint(grid, rough, start)));
    queued[start] = 1;
    frontier.push(-(weight[start] as number), start);
    while (frontier.length > 0) {
      const u = frontier.pop();
      const edges = (graph.nodes[u]?.edges ?? [])
        .filter((e) => !routed[e])
        .sort(
          (e, f) =>
            (graph.edges[f]?.lines.length ?? 0) - (graph.edges[e]?.lines.length ?? 0) || e - f,
        );
      for (const e of edges) {
        routed[e] = 1;
        const edge = graph.edges[e];
        if (!edge) continue;
        const v = edge.a === u ? edge.b : edge.a;
        routeOne(routing, graph, e, u, v);
        if (!queued[v]) {
          queued[v] = 1;
          frontier.push(-(weight[v] as number), v);
        }
      }
    }
  }
  return routing;
}

/**
 * Routes edge e from placed node u to node v (placing v if needed) and records it.
 * With `strictOnly`, gives up (returns false, records nothing) when no clean route exists.
 */
export function routeOne(
  routing: Routing,
  graph: TransitGraph,
  e: number,
  u: number,
  v: number,
  strictOnly = false,
  bound = Infinity,
): boolean {
  const { grid, point, ctx, scratch } = routing;
  const base = {
    edge: e,
    from: u,
    fromPoint: point[u] as number,
    to: v,
    toPoint: point[v] as number,
    idealX: ctx.rough[v * 2] as number,
    idealY: ctx.rough[v * 2 + 1] as number,
  };
  let result: RouteResult | null = routeEdge(grid, ctx, scratch, {
    ...base,
    relaxed: false,
    budget: strictOnly ? MOVE_BUDGET : CLEAN_BUDGET,
    ...(strictOnly ? { bound } : {}),
  });
  if (!result && strictOnly) return false;
  result ??= fallbackSearch(routing, { ...base, relaxed: true, budget: RELAXED_BUDGET });
  // A station with every port taken: share a step rather than run through stations.
  result ??= fallbackSearch(routing, {
    ...base,
    relaxed: true,
    share: true,
    budget: SHARE_BUDGET,
  });
  if (!result) {
    const to = base.toPoint >= 0 ? base.toPoint : nearestFree(grid, roughPoint(grid, ctx.rough, v));
    result = { path: directPath(grid, base.fromPoint, to), cost: 1000 };
  }
  const path = result.path;
  const end = path[path.length - 1] as number;
  if ((point[v] as number) < 0) {
    point[v] = end;
    grid.setStation(end, v);
  }
  grid.mark(path, 1);
  const edge = graph.edges[e];
  const forward = edge?.a === u;
  const stored = forward ? path : [...path].reverse();
  routing.paths[e] = stored;
  routing.cost[e] = result.cost;
  if (stored.length >= 2) {
    ctx.portA[e] = grid.dirBetween(stored[0] as number, stored[1] as number);
    ctx.portB[e] = grid.dirBetween(
      stored[stored.length - 1] as number,
      stored[stored.length - 2] as number,
    );
  }
  return true;
}

/** A relaxed search within what is left of the routing's FALLBACK_WORK; null once it is spent. */
function fallbackSearch(routing: Routing, req: RouteRequest): RouteResult | null {
  const { grid, ctx, scratch, work } = routing;
  if (work.fallback <= 0) return null;
  const before = scratch.heap.pops;
  const budget = Math.min(req.budget ?? work.fallback, work.fallback);
  const result = routeEdge(grid, ctx, scratch, { ...req, budget });
  work.fallback -= scratch.heap.pops - before;
  return result;
}

/** Removes edge e's route from the grid (the stations stay). */
export function unrouteOne(routing: Routing, e: number): void {
  const path = routing.paths[e];
  if (!path || path.length === 0) return;
  routing.grid.mark(path, -1);
  routing.paths[e] = [];
  routing.ctx.portA[e] = -1;
  routing.ctx.portB[e] = -1;
}

function roughPoint(grid: RoutingGrid, rough: Float64Array, u: number): number {
  const x = Math.min(
    grid.x0 + grid.width - 1,
    Math.max(grid.x0, Math.round(rough[u * 2] as number)),
  );
  const y = Math.min(
    grid.y0 + grid.height - 1,
    Math.max(grid.y0, Math.round(rough[u * 2 + 1] as number)),
  );
  return grid.id(x, y);
}

/** The nearest grid point (by rings) holding no station and crossed by no route. */
export function nearestFree(grid: RoutingGrid, p: number): number {
  const cx = grid.gx(p);
  const cy = grid.gy(p);
  const maxR = Math.max(grid.width, grid.height);
  for (let r = 0; r <= maxR; r++) {
    let best = -1;
    let bestD = Infinity;
    for (let y = cy - r; y <= cy + r; y++) {
      for (let x = cx - r; x <= cx + r; x++) {
        if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) !== r || !grid.inside(x, y)) continue;
        const q = grid.id(x, y);
        if ((grid.station[q] as number) >= 0 || (grid.passing[q] as number) > 0) continue;
        const d = (x - cx) * (x - cx) + (y - cy) * (y - cy);
        if (d < bestD) {
          bestD = d;
          best = q;
        }
      }
    }
    if (best >= 0) return best;
  }
  for (let q = 0; q < grid.size; q++) if ((grid.station[q] as number) < 0) return q;
  return p;
}
