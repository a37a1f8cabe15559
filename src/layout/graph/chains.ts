// Degree-2 chains: runs of stations with exactly two neighbours between two "junctions".
// The rough layout places a whole chain as one unit: the force simulation sees only the
// junctions (and the middle of each chain), and the chain's stations are spread evenly
// along it afterwards.
import { otherEnd, type GraphEdge, type TransitGraph } from './graph.ts';

export interface Chain {
  /** The nodes of the chain in order, both end junctions included. */
  readonly nodes: number[];
}

/**
 * Splits the graph into chains whose interior nodes have degree 2 and are not pinned.
 * Every edge lies on exactly one chain. A closed ring of degree-2 nodes is opened at its
 * lowest-numbered node, which then counts as a junction.
 */
export function findChains(graph: TransitGraph, keep?: (node: number) => boolean): Chain[] {
  const n = graph.nodes.length;
  const junction = new Uint8Array(n);
  for (const node of graph.nodes) {
    if (node.edges.length !== 2 || node.pin || keep?.(node.index)) junction[node.index] = 1;
  }
  const used = new Uint8Array(graph.edges.length);
  const chains: Chain[] = [];
  const walk = (start: number, first: number): void => {
    const nodes = [start];
    let e = first;
    let u = start;
    for (;;) {
      used[e] = 1;
      const v = otherEnd(graph.edges[e] as GraphEdge, u);
      nodes.push(v);
      if (junction[v]) break;
      const next = (graph.nodes[v]?.edges ?? []).find((f) => f !== e);
      if (next === undefined || used[next]) break;
      u = v;
      e = next;
    }
    chains.push({ nodes });
  };
  for (let u = 0; u < n; u++) {
    if (!junction[u]) continue;
    for (const e of graph.nodes[u]?.edges ?? []) if (!used[e]) walk(u, e);
  }
  // Rings without any junction.
  for (let u = 0; u < n; u++) {
    const first = graph.nodes[u]?.edges[0];
    if (junction[u] || first === undefined || used[first]) continue;
    junction[u] = 1;
    walk(u, first);
  }
  return chains;
}
