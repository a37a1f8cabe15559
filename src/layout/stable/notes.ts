// What the layout tells the reader when it cannot do as the map asks: plain sentences, shown
// beside the map, never an exception. And the clock of the layout's time limit.
import type { TransitGraph } from '../graph/graph.ts';
import { planarEmbedding, simpleGraph } from '../embed/planarity.ts';
import type { Routing } from '../route/route.ts';
import { scoreRouting } from './routing-score.ts';

/** Largest map whose crossings are explained (the checks are quadratic). */
const EXPLAIN_MAX_NODES = 80;

/** Octilinear directions around a station: more edges than this must share one. */
const DIRECTIONS = 8;

export interface LayoutClock {
  /** Whether the limit has passed (remembered once it has). */
  readonly late: () => boolean;
  /** Whether some stage was cut short by the limit. */
  readonly cut: () => boolean;
}

export function timeLimit(ms: number | undefined): LayoutClock {
  if (ms === undefined || !Number.isFinite(ms)) return { late: () => false, cut: () => false };
  const deadline = performance.now() + Math.max(0, ms);
  let passed = false;
  return {
    late: () => (passed ||= performance.now() > deadline),
    cut: () => passed,
  };
}

/** Up to this many stations with more connections than directions get a note each. */
const CROWDED_ONE_BY_ONE = 3;

export function layoutNotes(
  graph: TransitGraph,
  routing: Routing,
  fallback: boolean,
  cut: boolean,
): string[] {
  const notes: string[] = [];
  if (graph.nodes.length <= EXPLAIN_MAX_NODES) {
    const planar = planarEmbedding(
      simpleGraph(
        graph.nodes.length,
        graph.edges.map((e) => [e.a, e.b] as [number, number]),
      ),
    );
    if (!planar)
      notes.push(
        'the connections of this map cannot all be drawn without crossings (its graph is not planar)',
      );
    else if (graph.nodes.some((node) => node.pin)) {
      const crossings = scoreRouting(graph, routing).crossings;
      if (crossings > 0)
        notes.push(
          `the pinned stations leave no room to draw every line without crossing (${crossings} line crossings remain); unpin some to free the layout`,
        );
    }
  }
  const crowded = graph.nodes.filter((node) => node.edges.length > DIRECTIONS);
  if (crowded.length <= CROWDED_ONE_BY_ONE)
    for (const node of crowded)
      notes.push(
        `station "${node.id}" connects to ${node.edges.length} stations but a transit map has ${DIRECTIONS} directions: some of its lines leave it side by side on one track`,
      );
  else {
    // A dense map: one note, not hundreds.
    const named = crowded.slice(0, CROWDED_ONE_BY_ONE).map((node) => `"${node.id}"`);
    notes.push(
      `${crowded.length} stations (${named.join(', ')} and ${crowded.length - named.length} more) connect to more than ${DIRECTIONS} stations but a transit map has ${DIRECTIONS} directions: some of their lines leave them side by side on one track`,
    );
  }
  const spots = new Map<string, string[]>();
  for (const node of graph.nodes) {
    if (!node.pin) continue;
    const key = `${Math.round(node.pin.x)},${Math.round(node.pin.y)}`;
    spots.set(key, [...(spots.get(key) ?? []), node.id]);
  }
  for (const [spot, ids] of spots)
    if (ids.length > 1)
      notes.push(
        `stations ${ids.map((id) => `"${id}"`).join(', ')} are pinned to the same grid point (${spot}): all but the first are drawn on the nearest free point`,
      );
  if (cut) notes.push('the layout reached its time limit and shows a simpler drawing');
  if (fallback)
    notes.push('a stage of the layout failed on this map, so it is drawn in a plain form');
  return notes;
}
