// What it costs for an edge to leave a station by a given port (one of the eight
// directions): lines passing through the station should go straight on, and the edges
// around a station should keep the cyclic order they had in the rough layout.
import { opposite, turn } from './directions.ts';
import type { TransitGraph } from '../graph/graph.ts';

/**
 * Penalty for a line bending at a station, by the turn in 45° steps (0 = straight on): the
 * same as a bend between stations (directions.ts), since a reader counts a turn as a turn
 * wherever it is. Dearer turns at stations made the router trade one turn at a station for
 * two bends just before it (ml-workflow: 26 bends between stations, 20 once they cost alike).
 */
export const STATION_BEND: readonly number[] = [0, 1, 1.5, 2, 12];
/** Penalty for a port that breaks the cyclic order of the edges around a station. */
export const ORDER_PENALTY = 4;

/** For every node, the pairs of incident edges that a line passes through, weighted. */
export interface Transitions {
  /** transitions[node] = list of [edgeIn, edgeOut, number of lines] (each pair once). */
  readonly byNode: [number, number, number][][];
}

export function buildTransitions(graph: TransitGraph): Transitions {
  const byNode: [number, number, number][][] = graph.nodes.map(() => []);
  for (const line of graph.lines) {
    for (const path of line.paths) {
      const closed = path.length > 2 && path[0] === path[path.length - 1];
      for (let i = 0; i < path.length; i++) {
        let prev = path[i - 1];
        const next = path[i + 1];
        if (closed && i === 0) prev = path[path.length - 2];
        if (closed && i === path.length - 1) continue;
        if (prev === undefined || next === undefined) continue;
        const node = path[i] as number;
        const e = graph.edgeIndex.get(prev < node ? `${prev},${node}` : `${node},${prev}`);
        const f = graph.edgeIndex.get(next < node ? `${next},${node}` : `${node},${next}`);
        if (e === undefined || f === undefined || e === f) continue;
        const list = byNode[node] as [number, number, number][];
        const hit = list.find((t) => (t[0] === e && t[1] === f) || (t[0] === f && t[1] === e));
        if (hit) hit[2]++;
        else list.push([e, f, 1]);
      }
    }
  }
  return { byNode };
}

export interface PortContext {
  readonly graph: TransitGraph;
  readonly transitions: Transitions;
  /** Port of each edge at its endpoint a and b (-1 while unrouted). */
  readonly portA: Int8Array;
  readonly portB: Int8Array;
  /** Rough positions, [x, y] per node. */
  readonly rough: Float64Array;
}

export function portOf(ctx: PortContext, edge: number, node: number): number {
  const e = ctx.graph.edges[edge];
  if (!e) return -1;
  return (e.a === node ? ctx.portA[edge] : ctx.portB[edge]) as number;
}

const angleCache = new WeakMap<PortContext, Float64Array>();

/** Rough-layout angle of each edge at each end: [at a towards b, at b towards a]. */
function angles(ctx: PortContext): Float64Array {
  let out = angleCache.get(ctx);
  if (out) return out;
  out = new Float64Array(ctx.graph.edges.length * 2);
  for (const e of ctx.graph.edges) {
    const dx = (ctx.rough[e.b * 2] as number) - (ctx.rough[e.a * 2] as number);
    const dy = (ctx.rough[e.b * 2 + 1] as number) - (ctx.rough[e.a * 2 + 1] as number);
    out[e.index * 2] = Math.atan2(dy, dx);
    out[e.index * 2 + 1] = Math.atan2(-dy, -dx);
  }
  angleCache.set(ctx, out);
  return out;
}

function roughAngle(ctx: PortContext, node: number, edge: number): number {
  const e = ctx.graph.edges[edge];
  return angles(ctx)[edge * 2 + (e?.a === node ? 0 : 1)] as number;
}

/**
 * Soft cost of edge `edge` leaving `node` in direction `dir` (the port must still be
 * free; that is checked by the router).
 */
export function portCost(ctx: PortContext, node: number, edge: number, dir: number): number {
  let cost = 0;
  for (const [e, f, w] of ctx.transitions.byNode[node] ?? []) {
    const other = e === edge ? f : f === edge ? e : -1;
    if (other < 0) continue;
    const p = portOf(ctx, other, node);
    if (p < 0) continue;
    cost += Math.min(w, 2) * (STATION_BEND[turn(dir, opposite(p))] as number);
  }
  return cost + orderCost(ctx, node, edge, dir);
}

function orderCost(ctx: PortContext, node: number, edge: number, dir: number): number {
  const g = ctx.graph;
  const incident = g.nodes[node]?.edges ?? [];
  const self = g.edges[edge];
  if (!self) return 0;
  const target = roughAngle(ctx, node, edge);
  // The routed neighbours just before and just after this edge, clockwise by rough angle.
  let before = -1;
  let beforeGap = Infinity;
  let after = -1;
  let afterGap = Infinity;
  let count = 0;
  for (const f of incident) {
    if (f === edge) continue;
    const p = portOf(ctx, f, node);
    if (p < 0) continue;
    count++;
    const fe = g.edges[f];
    if (!fe) continue;
    const a = roughAngle(ctx, node, f);
    const cw = (a - target + 4 * Math.PI) % (2 * Math.PI); // clockwise from this edge to f
    const ccw = 2 * Math.PI - cw;
    if (cw < afterGap) {
      afterGap = cw;
      after = p;
    }
    if (ccw < beforeGap) {
      beforeGap = ccw;
      before = p;
    }
  }
  if (count < 2 || before < 0 || after < 0) return 0;
  const span = (after - before + 8) % 8;
  const pos = (dir - before + 8) % 8;
  return pos > 0 && pos < (span === 0 ? 8 : span) ? 0 : ORDER_PENALTY;
}
