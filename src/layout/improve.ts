// Local search over station positions (placeholder).
import type { TransitGraph } from './graph.ts';
import type { Routing } from './route.ts';

export function improveRouting(_routing: Routing, _graph: TransitGraph): void {}
