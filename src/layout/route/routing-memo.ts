// Reuse of the routing between layouts of versions of one map, for the live editor.
// The routing (rough positions, octilinear routing, local search) is nearly all of the
// layout's time, and it reads only the graph's shape: the stations in order with their zones
// and pins, the edges, the lines' paths, and the seed. Labels and colours never reach it.
// So an edit that leaves the shape alone (a label, a colour, a description) can take the
// routing of the previous version and run only the cheap stages after it (ordering, drawing,
// labels, zones): the geometry is the same as a fresh layout's, only sooner.
import { contentKey } from '../content-key.ts';
import type { TransitGraph } from '../graph/graph.ts';
import type { Routing } from './route.ts';

/** Gives the routing of `graph` with `seed`: a kept one, or `compute()`'s (then kept). */
export type RoutingMemo = (graph: TransitGraph, seed: number, compute: () => Routing) => Routing;

/** Everything of the graph that the routing stages read (labels and colours left out). */
export function routingKey(graph: TransitGraph, seed: number): string {
  return contentKey(
    seed,
    graph.nodes.map((n) => [n.id, n.zone ?? null, n.pin ?? null, n.lines, n.edges]),
    graph.edges.map((e) => [e.a, e.b, e.lines]),
    graph.lines.map((l) => l.paths),
  );
}

/**
 * A memo that keeps the routings of the last `size` graph shapes. Routings are read, never
 * changed, by the stages after routing, so a kept one can be handed out again as it is.
 */
export function createRoutingMemo(size = 4): RoutingMemo {
  const kept = new Map<string, Routing>();
  return (graph, seed, compute) => {
    const key = routingKey(graph, seed);
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key); // most recently used goes last
      kept.set(key, hit);
      return hit;
    }
    const routing = compute();
    kept.set(key, routing);
    if (kept.size > size) kept.delete(kept.keys().next().value ?? key);
    return routing;
  };
}
