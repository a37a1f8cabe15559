// Stage 4: line ordering on shared edges (placeholder: map order).
import type { TransitGraph } from './graph.ts';
import type { Routing } from './route.ts';

export function orderLines(graph: TransitGraph, _routing: Routing): number[][] {
  return graph.edges.map((e) => [...e.lines]);
}
