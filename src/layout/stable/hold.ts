// Incremental layout: a re-layout after an edit starts from the drawing before it. Every
// station that was drawn before and that the edit did not move is held where it was; only
// the stations the edit concerns are free — a new station (placed among its neighbours), a
// station whose pin changed (a drag), a station just unpinned — and the edges are routed
// again between them. Renaming a label or recolouring a line moves no station at all.
import type { GraphNode, TransitGraph } from '../graph/graph.ts';
import type { PreviousStation } from '../geometry.ts';

export interface Held {
  /** The graph with every held station pinned where it was. */
  readonly graph: TransitGraph;
  /** Rough positions (grid units): held and pinned stations at their spot, free ones near. */
  readonly rough: Float64Array;
  /** Stations that are free to find a place (new, dragged, unpinned). */
  readonly free: number[];
}

/**
 * Share of stations that must have been drawn before for the previous drawing to be used:
 * below it, the edit replaced the map rather than changed it, and a fresh layout serves better.
 */
const MIN_KNOWN = 0.5;

/** The held graph for a re-layout, or null when the previous drawing does not apply. */
export function holdPrevious(
  graph: TransitGraph,
  previous: Readonly<Record<string, PreviousStation>>,
): Held | null {
  const n = graph.nodes.length;
  if (n === 0) return null;
  const prev = graph.nodes.map((node) =>
    Object.prototype.hasOwnProperty.call(previous, node.id) ? previous[node.id] : undefined,
  );
  const known = prev.filter((p) => p !== undefined).length;
  if (known < n * MIN_KNOWN) return null;
  // A held station standing where the map now pins another (a drag onto it) makes way.
  const pinnedAt = new Set<string>();
  for (const node of graph.nodes)
    if (node.pin) pinnedAt.add(`${Math.round(node.pin.x)},${Math.round(node.pin.y)}`);
  const rough = new Float64Array(n * 2);
  const placed = new Uint8Array(n);
  const free: number[] = [];
  const nodes: GraphNode[] = graph.nodes.map((node, i) => {
    const p = prev[i];
    if (node.pin) {
      rough[i * 2] = node.pin.x;
      rough[i * 2 + 1] = node.pin.y;
      placed[i] = 1;
      return node;
    }
    const x = p ? Math.round(p.gx) : 0;
    const y = p ? Math.round(p.gy) : 0;
    if (p && !p.pinned && Number.isFinite(x) && Number.isFinite(y) && !pinnedAt.has(`${x},${y}`)) {
      rough[i * 2] = x;
      rough[i * 2 + 1] = y;
      placed[i] = 1;
      return { ...node, pin: { x, y } };
    }
    // Unpinned just now: it starts where it was and may move; new: placed below.
    if (p) {
      rough[i * 2] = p.gx;
      rough[i * 2 + 1] = p.gy;
      placed[i] = 1;
    }
    free.push(i);
    return node;
  });
  placeNewStations(graph, rough, placed);
  return { graph: { ...graph, nodes }, rough, free };
}

/**
 * New stations start beside the stations they connect to (their mean, nudged off it so two
 * new neighbours do not coincide), in rounds, so a new chain grows from its known end; a
 * station with no placed neighbour at all starts to the right of the drawing.
 */
function placeNewStations(graph: TransitGraph, rough: Float64Array, placed: Uint8Array): void {
  const n = graph.nodes.length;
  let maxX = -Infinity;
  let minY = Infinity;
  for (let i = 0; i < n; i++)
    if (placed[i]) {
      maxX = Math.max(maxX, rough[i * 2] as number);
      minY = Math.min(minY, rough[i * 2 + 1] as number);
    }
  if (!Number.isFinite(maxX)) maxX = minY = 0;
  let spare = 0;
  for (let round = 0; round < n; round++) {
    let progress = false;
    for (let i = 0; i < n; i++) {
      if (placed[i]) continue;
      let sx = 0;
      let sy = 0;
      let k = 0;
      for (const e of graph.nodes[i]?.edges ?? []) {
        const edge = graph.edges[e];
        if (!edge) continue;
        const v = edge.a === i ? edge.b : edge.a;
        if (!placed[v]) continue;
        sx += rough[v * 2] as number;
        sy += rough[v * 2 + 1] as number;
        k++;
      }
      if (k === 0) continue;
      rough[i * 2] = sx / k + (k === 1 ? 2 : 1);
      rough[i * 2 + 1] = sy / k + (k === 1 ? 1 : 0);
      placed[i] = 2;
      progress = true;
    }
    if (!progress) break;
  }
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    rough[i * 2] = maxX + 3;
    rough[i * 2 + 1] = minY + 3 * spare++;
    placed[i] = 2;
  }
}

/** The graph with every station pinned at its routed grid point (the final pass). */
export function pinAll(graph: TransitGraph, gx: Int32Array, gy: Int32Array): TransitGraph {
  const nodes = graph.nodes.map((node, i) =>
    node.pin ? node : { ...node, pin: { x: gx[i] as number, y: gy[i] as number } },
  );
  return { ...graph, nodes };
}
