// Segments for line ordering: maximal runs of edges through stations of degree 2 where
// every line passes straight through (the same set of lines on both sides). A segment
// keeps one order of its lines from end to end.
import { otherEnd, type GraphEdge, type TransitGraph } from '../graph/graph.ts';

export interface Segment {
  /** Edges in travel order from `start` to `end`. */
  readonly edges: number[];
  /** Whether each edge runs from its endpoint a to b in travel order. */
  readonly forward: boolean[];
  readonly start: number;
  readonly end: number;
  readonly lines: number[];
}

function sameLines(x: GraphEdge, y: GraphEdge): boolean {
  return x.lines.length === y.lines.length && x.lines.every((l, i) => y.lines[i] === l);
}

export function segments(graph: TransitGraph): Segment[] {
  const used = new Uint8Array(graph.edges.length);
  /** The edge continuing e through v, if v joins e to exactly one edge with the same lines. */
  const through = (e: number, v: number): number => {
    const node = graph.nodes[v];
    if (!node || node.edges.length !== 2) return -1;
    const f = node.edges[0] === e ? node.edges[1] : node.edges[0];
    if (f === undefined || f === e) return -1;
    return sameLines(graph.edges[e] as GraphEdge, graph.edges[f] as GraphEdge) ? f : -1;
  };
  const out: Segment[] = [];
  for (const edge of graph.edges) {
    if (used[edge.index]) continue;
    // Walk back from edge.a to the start of its run.
    let e = edge.index;
    let v = edge.a;
    for (let guard = 0; guard < graph.edges.length; guard++) {
      const f = through(e, v);
      if (f < 0 || f === edge.index) break;
      v = otherEnd(graph.edges[f] as GraphEdge, v);
      e = f;
    }
    const start = v;
    const edges: number[] = [];
    const forward: boolean[] = [];
    let u = start;
    for (let guard = 0; guard <= graph.edges.length; guard++) {
      if (used[e]) break;
      used[e] = 1;
      const ge = graph.edges[e] as GraphEdge;
      edges.push(e);
      forward.push(ge.a === u);
      u = otherEnd(ge, u);
      const f = through(e, u);
      if (f < 0) break;
      e = f;
    }
    out.push({ edges, forward, start, end: u, lines: [...edge.lines] });
  }
  return out;
}
