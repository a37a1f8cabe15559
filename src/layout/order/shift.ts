// Stage 4, after the order: where each bundle sits across its edge. A bundle is drawn centred
// on its edge unless shifting it sideways (by half line spacings) lets the lines that go
// straight through a station keep their lane there: where a line leaves a bundle of three and
// the other two run on together, centring both bundles makes those two jog (two bends each);
// shifted by half a spacing, they run straight. One shift per segment (ordering keeps one
// order along a segment, see segments.ts), chosen by coordinate descent over the jogs at its
// two ends; a bundle never sits wider than the widest bundle at its ends, and never shifts
// where a station on it is drawn as a single line's dot (the dot marks the edge's centre).
import type { TransitGraph } from '../graph/graph.ts';
import type { Routing } from '../route/route.ts';
import { passesByNode } from './order.ts';
import { segments } from './segments.ts';

const EPS = 1e-9;
/** Rounds of coordinate descent over the segments. */
const ROUNDS = 3;
/** A tie-break: of two shifts with as many jogs, the smaller one. */
const SHIFT_COST = 1e-3;

/**
 * The shift of each edge's bundle, in line spacings to the right looking from its end a
 * towards b (0: centred), for the lines in `order` (left to right looking from a to b).
 */
export function bundleShifts(
  graph: TransitGraph,
  routing: Routing,
  order: readonly (readonly number[])[],
): number[] {
  const shift = graph.edges.map(() => 0);
  const passes = passesByNode(graph);
  const port = (e: number, v: number): number => {
    const p = graph.edges[e]?.a === v ? routing.ctx.portA[e] : routing.ctx.portB[e];
    return Math.max(0, (p as number) ?? 0);
  };
  /** The line's offset on e to the right of travel away from v, in line spacings. */
  const offsetAway = (l: number, e: number, v: number): number => {
    const lines = order[e] ?? [];
    const x = lines.indexOf(l) - (lines.length - 1) / 2 + (shift[e] ?? 0);
    return graph.edges[e]?.a === v ? x : -x;
  };
  const jogsAt = (v: number): number => {
    let n = 0;
    for (const p of passes[v] ?? []) {
      if ((port(p.e, v) - port(p.f, v) + 8) % 8 !== 4) continue;
      if (Math.abs(offsetAway(p.line, p.e, v) + offsetAway(p.line, p.f, v)) > EPS) n++;
    }
    return n;
  };
  const widest = (v: number): number =>
    Math.max(0, ...(graph.nodes[v]?.edges ?? []).map((e) => order[e]?.length ?? 0));
  const dotted = (v: number): boolean => (graph.nodes[v]?.lines.length ?? 0) < 2;

  const movable = segments(graph).filter((seg) => {
    if (seg.start === seg.end || seg.lines.length === 0) return false;
    let v = seg.start;
    for (const e of seg.edges) {
      if (dotted(v)) return false;
      const edge = graph.edges[e];
      v = edge?.a === v ? edge.b : (edge?.a ?? v);
    }
    return !dotted(v);
  });
  const set = (seg: (typeof movable)[number], s: number) =>
    seg.edges.forEach((e, i) => (shift[e] = seg.forward[i] ? s : -s));

  for (let round = 0; round < ROUNDS; round++) {
    let changed = false;
    for (const seg of movable) {
      const room = (Math.max(widest(seg.start), widest(seg.end)) - seg.lines.length) / 2;
      if (room < 0.5 - EPS) continue;
      const first = seg.edges[0] as number;
      const current = seg.forward[0] ? (shift[first] ?? 0) : -(shift[first] ?? 0);
      const cost = (s: number) => {
        set(seg, s);
        return jogsAt(seg.start) + jogsAt(seg.end) + SHIFT_COST * Math.abs(s);
      };
      let best = current;
      let bestCost = cost(current);
      for (let s = -room; s <= room + EPS; s += 0.5) {
        const c = cost(s);
        if (c < bestCost - EPS) {
          best = s;
          bestCost = c;
        }
      }
      set(seg, best);
      if (Math.abs(best - current) > EPS) changed = true;
    }
    if (!changed) break;
  }
  return shift;
}
