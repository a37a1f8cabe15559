// A quick judge of a routing, to choose between candidate placements of one map before any
// drawing: crossings between routed edges (each weighted by the lines on both, as drawn line
// crossings are), then the lines' bends along their grid paths, then detours. Grid units.
import type { TransitGraph } from '../graph/graph.ts';
import { segmentClash } from '../geom/segment.ts';
import type { Routing } from '../route/route.ts';
import { spreadOf } from '../measure/spread.ts';

export interface RoutingScore {
  readonly crossings: number;
  readonly bends: number;
  /** Grid steps beyond the straight distance between each edge's ends. */
  readonly detour: number;
  /** Edge-length spread of the routes (standard deviation over mean), as measured. */
  readonly spread: number;
  /** Edges in the map (the spread weighs as much as a bend on a share of them). */
  readonly edges: number;
}

export function scoreRouting(graph: TransitGraph, routing: Routing): RoutingScore {
  const { grid } = routing;
  const segs: GridSegment[] = [];
  let detour = 0;
  const lengths: number[] = [];
  graph.edges.forEach((edge, e) => {
    const path = routing.paths[e] ?? [];
    let length = 0;
    for (let i = 1; i < path.length; i++) {
      const p = path[i - 1] as number;
      const q = path[i] as number;
      segs.push({ e, ax: grid.gx(p), ay: grid.gy(p), bx: grid.gx(q), by: grid.gy(q) });
      length += Math.hypot(grid.gx(q) - grid.gx(p), grid.gy(q) - grid.gy(p));
    }
    lengths.push(length);
    const a = routing.point[edge.a] as number;
    const b = routing.point[edge.b] as number;
    const straight = Math.max(Math.abs(grid.gx(a) - grid.gx(b)), Math.abs(grid.gy(a) - grid.gy(b)));
    detour += Math.max(0, path.length - 1 - straight);
  });
  const crossings = edgeCrossings(graph, segs);
  // Two routes through one grid point that is not a station cross (or touch) there.
  const through = new Map<number, number[]>();
  routing.paths.forEach((path, e) => {
    for (let i = 1; i + 1 < path.length; i++) {
      const p = path[i] as number;
      const list = through.get(p);
      if (list) list.push(e);
      else through.set(p, [e]);
    }
  });
  let touching = 0;
  for (const edges of through.values())
    for (let i = 0; i < edges.length; i++)
      for (let j = i + 1; j < edges.length; j++)
        touching +=
          (graph.edges[edges[i] as number]?.lines.length ?? 1) *
          (graph.edges[edges[j] as number]?.lines.length ?? 1);
  const edges = graph.edges.length;
  return {
    crossings: crossings + touching,
    bends: lineBends(graph, routing),
    detour,
    spread: spreadOf(lengths).spread,
    edges,
  };
}

/** One grid step of edge e's route, in grid units. */
export interface GridSegment {
  readonly e: number;
  readonly ax: number;
  readonly ay: number;
  readonly bx: number;
  readonly by: number;
}

/**
 * Pairs of routed edges that cross, each weighted by the lines on both. Segments are binned
 * by the grid cells their boxes cover, so that only segments sharing a cell are compared: a
 * dense map of thousands of grid steps is judged in milliseconds, not seconds.
 */
export function edgeCrossings(graph: TransitGraph, segs: readonly GridSegment[]): number {
  // Cell keys as numbers: grid coordinates are small integers (far inside ±2^15).
  const key = (x: number, y: number): number => (x + 32768) * 65536 + (y + 32768);
  const bins = new Map<number, number[]>();
  const box = segs.map((s) => [
    Math.floor(Math.min(s.ax, s.bx)),
    Math.floor(Math.max(s.ax, s.bx)),
    Math.floor(Math.min(s.ay, s.by)),
    Math.floor(Math.max(s.ay, s.by)),
  ]);
  box.forEach(([x0, x1, y0, y1], i) => {
    for (let x = x0 as number; x <= (x1 as number); x++)
      for (let y = y0 as number; y <= (y1 as number); y++) {
        const bin = bins.get(key(x, y));
        if (bin) bin.push(i);
        else bins.set(key(x, y), [i]);
      }
  });
  const crossed = new Set<number>();
  const seen = new Int32Array(segs.length).fill(-1);
  let crossings = 0;
  segs.forEach((s, i) => {
    const [x0, x1, y0, y1] = box[i] as number[];
    // Neighbouring cells too: boxes that only touch along a cell's edge still meet.
    for (let x = (x0 as number) - 1; x <= (x1 as number) + 1; x++)
      for (let y = (y0 as number) - 1; y <= (y1 as number) + 1; y++)
        for (const j of bins.get(key(x, y)) ?? []) {
          if (j <= i || seen[j] === i) continue;
          seen[j] = i;
          const t = segs[j] as GridSegment;
          if (s.e === t.e || !boxesMeet(s, t) || sharesEnd(s, t)) continue;
          if (segmentClash(s.ax, s.ay, s.bx, s.by, t.ax, t.ay, t.bx, t.by) !== 1) continue;
          const pair = s.e < t.e ? s.e * graph.edges.length + t.e : t.e * graph.edges.length + s.e;
          if (crossed.has(pair)) continue;
          crossed.add(pair);
          crossings +=
            (graph.edges[s.e]?.lines.length ?? 1) * (graph.edges[t.e]?.lines.length ?? 1);
        }
  });
  return crossings;
}

const boxesMeet = (s: GridSegment, t: GridSegment): boolean =>
  Math.max(s.ax, s.bx) >= Math.min(t.ax, t.bx) &&
  Math.max(t.ax, t.bx) >= Math.min(s.ax, s.bx) &&
  Math.max(s.ay, s.by) >= Math.min(t.ay, t.by) &&
  Math.max(t.ay, t.by) >= Math.min(s.ay, s.by);

const sharesEnd = (s: GridSegment, t: GridSegment): boolean =>
  (s.ax === t.ax && s.ay === t.ay) ||
  (s.ax === t.bx && s.ay === t.by) ||
  (s.bx === t.ax && s.by === t.ay) ||
  (s.bx === t.bx && s.by === t.by);

/** Direction changes along every line's grid path, stations included. */
function lineBends(graph: TransitGraph, routing: Routing): number {
  const { grid } = routing;
  let bends = 0;
  for (const line of graph.lines)
    for (const path of line.paths) {
      let last = -1;
      for (let k = 1; k < path.length; k++) {
        const u = path[k - 1] as number;
        const v = path[k] as number;
        const e = graph.edgeIndex.get(u < v ? `${u},${v}` : `${v},${u}`);
        const steps = e === undefined ? [] : (routing.paths[e] ?? []);
        const forward = graph.edges[e ?? -1]?.a === u;
        const pts = forward ? steps : [...steps].reverse();
        for (let i = 1; i < pts.length; i++) {
          const d = grid.dirBetween(pts[i - 1] as number, pts[i] as number);
          if (last >= 0 && d !== last) bends++;
          last = d;
        }
      }
    }
  return bends;
}

/**
 * How much an even spread of edge lengths is worth: a spread lower by 0.1 weighs as much as
 * one bend on every `1 / (10 * SPREAD_WEIGHT)`-th edge (0.1 × 0.5 × 36 edges ≈ 2 bends).
 */
const SPREAD_WEIGHT = 0.5;

/** Everything but the crossings in one figure, in bends. */
export const scoreCost = (s: RoutingScore): number =>
  s.bends + s.detour * 0.25 + s.spread * s.edges * SPREAD_WEIGHT;

/** Orders scores: fewer crossings, then fewer bends, shorter detours and even lengths. */
export function compareScores(a: RoutingScore, b: RoutingScore): number {
  return a.crossings - b.crossings || scoreCost(a) - scoreCost(b);
}
