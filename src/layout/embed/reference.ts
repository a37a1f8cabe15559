// The reference drawing: rough station positions with no avoidable crossing. The map's
// graph is embedded in the plane (planarity.ts); a non-planar map keeps the largest planar
// part it can, its busiest edges first, and the rest only pull their ends together. The
// embedding is drawn by Tutte's method (augment.ts, tutte.ts), which cannot cross, then
// tidied by forces that never add a crossing (tidy.ts). The router (route/) then snaps it to
// the octilinear grid, keeping each station's order of edges.
import type { TransitGraph } from '../graph/graph.ts';
import { augment } from './augment.ts';
import { faces, planarEmbedding, simpleGraph, type Rotation } from './planarity.ts';
import { barycentric } from './tutte.ts';
import { tidy } from './tidy.ts';

export interface ReferenceOptions {
  /** Preferred distance between neighbouring stations, in grid units. */
  readonly linkLength: number;
  /** Tidying rounds (more: calmer drawing, more time). */
  readonly iterations?: number;
}

/**
 * Largest map drawn this way: the planarity work is quadratic in a block's edges and the
 * tidying in stations times edges; larger maps keep the force-directed search alone.
 */
export const REFERENCE_MAX_NODES = 60;

export interface Reference {
  /** Rough positions in grid units, [x0, y0, x1, y1, ...]. */
  readonly positions: Float64Array;
  /** Edges (graph edge indices) left out of the planar part: each may have to cross. */
  readonly nonPlanar: number[];
}

/** The reference drawing, or null for a map this method does not take (too large, pinned). */
export function referenceLayout(graph: TransitGraph, options: ReferenceOptions): Reference | null {
  return referenceLayouts(graph, options, 1)[0] ?? null;
}

/**
 * Reference drawings with each of the `count` longest faces outside in turn (fewer if the
 * map has fewer faces; none for a map this method does not take). Which face is outside
 * decides the drawing's whole shape, and no rule picks the best one beforehand: the caller
 * climbs and routes each and keeps the best.
 */
export function referenceLayouts(
  graph: TransitGraph,
  options: ReferenceOptions,
  count: number,
): Reference[] {
  const n = graph.nodes.length;
  if (n < 3 || n > REFERENCE_MAX_NODES) return [];
  const { rotation, nonPlanar } = planarPart(graph);
  const kept = graph.edges.filter((_, i) => !nonPlanar.includes(i));
  const edges = Int32Array.from(kept.flatMap((e) => [e.a, e.b]));
  const loose = Int32Array.from(
    nonPlanar.flatMap((i) => [graph.edges[i]?.a ?? 0, graph.edges[i]?.b ?? 0]),
  );
  const zoneIds = new Map<string, number>();
  const zone = Int32Array.from(graph.nodes, (node) => {
    if (node.zone === undefined) return -1;
    const z = zoneIds.get(node.zone) ?? zoneIds.size;
    zoneIds.set(node.zone, z);
    return z;
  });
  const through = throughTriples(graph);
  const radius = Math.sqrt(n) * options.linkLength;
  const out: Reference[] = [];
  const faceCount = faces(augment(rotation).rotation).length;
  for (let rank = 0; rank < Math.min(count, faceCount); rank++) {
    const aug = augment(rotation, (all) => rankedFace(all, rank));
    const pos = barycentric(aug.size, aug.edges, aug.outer, radius).slice(0, n * 2);
    const iterations = options.iterations ?? 120;
    tidy({ n, edges, loose, through, zone, length: options.linkLength, iterations }, pos);
    out.push({ positions: pos, nonPlanar });
  }
  return out;
}

/**
 * A planar rotation system of the map's graph: all of it if it is planar, else its edges
 * busiest first (a spanning forest first, then each edge that keeps the rest planar).
 */
function planarPart(graph: TransitGraph): { rotation: Rotation; nonPlanar: number[] } {
  const n = graph.nodes.length;
  const pairs = graph.edges.map((e) => [e.a, e.b] as [number, number]);
  const whole = planarEmbedding(simpleGraph(n, pairs));
  if (whole) return { rotation: whole, nonPlanar: [] };
  const order = graph.edges
    .map((e, i) => ({ i, w: e.lines.length }))
    .sort((x, y) => y.w - x.w || x.i - y.i)
    .map((x) => x.i);
  // A spanning forest of the busiest edges is planar whatever else is added.
  const root = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (root[x] !== x) {
      root[x] = root[root[x] as number] as number;
      x = root[x] as number;
    }
    return x;
  };
  const keep = new Uint8Array(graph.edges.length);
  const rest: number[] = [];
  for (const i of order) {
    const e = graph.edges[i];
    if (!e) continue;
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra !== rb) {
      root[ra] = rb;
      keep[i] = 1;
    } else rest.push(i);
  }
  const nonPlanar: number[] = [];
  for (const i of rest) {
    keep[i] = 1;
    const kept = pairs.filter((_, j) => keep[j]);
    if (!planarEmbedding(simpleGraph(n, kept))) {
      keep[i] = 0;
      nonPlanar.push(i);
    }
  }
  const rotation = planarEmbedding(
    simpleGraph(
      n,
      pairs.filter((_, j) => keep[j]),
    ),
  );
  if (!rotation) throw new Error('unreachable: the kept edges were tested planar');
  return { rotation, nonPlanar: nonPlanar.sort((a, b) => a - b) };
}

/** (previous, stop, next) for every stop inside a line's path. */
function throughTriples(graph: TransitGraph): Int32Array {
  const out: number[] = [];
  const seen = new Set<string>();
  for (const line of graph.lines)
    for (const path of line.paths)
      for (let i = 1; i + 1 < path.length; i++) {
        const p = path[i - 1] as number;
        const v = path[i] as number;
        const q = path[i + 1] as number;
        if (p === q) continue;
        const key = p < q ? `${p},${v},${q}` : `${q},${v},${p}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(p, v, q);
      }
  return Int32Array.from(out);
}

/** The index of the face of the given rank by length (longest first, ties by index). */
function rankedFace(all: number[][], rank: number): number {
  const order = all
    .map((f, i) => ({ i, len: f.length }))
    .sort((a, b) => b.len - a.len || a.i - b.i);
  return (order[Math.min(rank, order.length - 1)] ?? { i: 0 }).i;
}
