// Bounded local search after the first routing (after octi): move a station to a
// neighbouring grid point and reroute its edges; keep the move when the total cost of
// those edges drops. Also rips up and reroutes the most expensive edges.
import type { TransitGraph } from '../graph/graph.ts';
import { routeOne, unrouteOne, type Routing } from './route.ts';

interface Saved {
  readonly edges: number[];
  readonly paths: number[][];
  readonly cost: number[];
  readonly portA: number[];
  readonly portB: number[];
}

function save(routing: Routing, edges: number[]): Saved {
  return {
    edges,
    paths: edges.map((e) => routing.paths[e] ?? []),
    cost: edges.map((e) => routing.cost[e] as number),
    portA: edges.map((e) => routing.ctx.portA[e] as number),
    portB: edges.map((e) => routing.ctx.portB[e] as number),
  };
}

function restore(routing: Routing, s: Saved): void {
  s.edges.forEach((e, i) => {
    unrouteOne(routing, e);
    const path = s.paths[i] ?? [];
    routing.paths[e] = path;
    routing.grid.mark(path, 1);
    routing.cost[e] = s.cost[i] as number;
    routing.ctx.portA[e] = s.portA[i] as number;
    routing.ctx.portB[e] = s.portB[i] as number;
  });
}

const total = (routing: Routing, edges: readonly number[]): number =>
  edges.reduce((sum, e) => sum + (routing.cost[e] as number), 0);

/**
 * Reroutes the given edges of node u (u stays where it is), densest first; false if one fails
 * or once their costs so far exceed `bound` (costs are never negative, so such a move cannot win).
 */
function rerouteAll(
  routing: Routing,
  graph: TransitGraph,
  u: number,
  edges: readonly number[],
  bound: number,
): boolean {
  for (const e of edges) unrouteOne(routing, e);
  const sorted = [...edges].sort(
    (e, f) => (graph.edges[f]?.lines.length ?? 0) - (graph.edges[e]?.lines.length ?? 0) || e - f,
  );
  let spent = 0;
  for (const e of sorted) {
    const edge = graph.edges[e];
    if (!edge) continue;
    const v = edge.a === u ? edge.b : edge.a;
    if (!routeOne(routing, graph, e, v, u, true, bound + 1e-9 - spent)) return false;
    spent += routing.cost[e] as number;
    if (spent > bound + 1e-9) return false; // (the margin: sums in another order)
  }
  return true;
}

function tryMoves(routing: Routing, graph: TransitGraph, u: number): boolean {
  const { grid, point } = routing;
  const node = graph.nodes[u];
  const edges = (node?.edges ?? []).filter((e) => (routing.paths[e]?.length ?? 0) > 0);
  if (!node || edges.length === 0) return false;
  const home = point[u] as number;
  const before = save(routing, edges);
  const oldCost = total(routing, edges);
  for (const e of edges) unrouteOne(routing, e);
  const spots: number[] = [];
  if (!node.pin) {
    for (let d = 0; d < 8; d++) {
      const q = grid.neighbour(home, d);
      if (q >= 0 && (grid.station[q] as number) < 0 && (grid.passing[q] as number) === 0)
        spots.push(q);
    }
  }
  restore(routing, before);
  // Rerouting in place first: later edges may have freed better routes.
  let best = oldCost;
  let bestState: Saved | null = null;
  let bestSpot = home;
  for (const spot of [home, ...spots]) {
    for (const e of edges) unrouteOne(routing, e);
    grid.setStation(home, -1);
    grid.setStation(spot, u);
    point[u] = spot;
    const extra = spot === home ? 0 : 0.5;
    const ok = rerouteAll(routing, graph, u, edges, best - 1e-6 - extra);
    const c = ok ? total(routing, edges) + extra : Infinity;
    if (c < best - 1e-6) {
      best = c;
      bestState = save(routing, edges);
      bestSpot = spot;
    }
    for (const e of edges) unrouteOne(routing, e);
    grid.setStation(spot, -1);
    grid.setStation(home, u);
    point[u] = home;
    restore(routing, before);
  }
  if (!bestState) return false;
  for (const e of edges) unrouteOne(routing, e);
  grid.setStation(home, -1);
  grid.setStation(bestSpot, u);
  point[u] = bestSpot;
  restore(routing, bestState);
  return true;
}

export function improveRouting(routing: Routing, graph: TransitGraph): void {
  const n = graph.nodes.length;
  const rounds = n <= 60 ? 3 : n <= 400 ? 2 : 1;
  for (let round = 0; round < rounds; round++) {
    // Stations at the ends of the most expensive edges first.
    const score = new Float64Array(n);
    for (const e of graph.edges) {
      // What the route costs beyond a straight run of its length.
      const hops = Math.max(1, (routing.paths[e.index]?.length ?? 2) - 1);
      const c = Math.max(0, (routing.cost[e.index] as number) - 1.25 * hops - 1);
      score[e.a] = (score[e.a] as number) + c;
      score[e.b] = (score[e.b] as number) + c;
    }
    const order = graph.nodes
      .map((x) => x.index)
      .filter((u) => (score[u] as number) > 0)
      .sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
    const limit = n <= 400 ? order.length : Math.ceil(order.length * 0.3);
    let changed = false;
    for (const u of order.slice(0, limit)) if (tryMoves(routing, graph, u)) changed = true;
    if (!changed) break;
  }
}
