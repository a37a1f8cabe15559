// Stage 1: the network as a graph. Stations are nodes; two stations are joined by an
// edge when some line stops at one right after the other. Each edge records the lines
// that use it. Everything is indexed by number so later stages can use typed arrays.
import { linePaths, type TransitMap } from '../../model/schema.ts';

export interface GraphNode {
  readonly index: number;
  readonly id: string;
  readonly label: string;
  readonly zone: string | undefined;
  /** Pinned grid position, if the map gives one. */
  readonly pin: { readonly x: number; readonly y: number } | undefined;
  /** Indices of the lines that stop here, in map order. */
  readonly lines: number[];
  /** Indices of incident edges. */
  readonly edges: number[];
}

export interface GraphEdge {
  readonly index: number;
  /** Endpoints, always with `a < b`. */
  readonly a: number;
  readonly b: number;
  /** Indices of the lines using this edge, in map order. */
  readonly lines: number[];
}

export interface GraphLine {
  readonly index: number;
  readonly id: string;
  readonly color: string;
  /** Each path as node indices: unknown stations and repeated stops are dropped. */
  readonly paths: number[][];
}

export interface TransitGraph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  readonly lines: GraphLine[];
  /** Edge index by the key `a,b` (a < b). */
  readonly edgeIndex: Map<string, number>;
}

export function edgeKey(u: number, v: number): string {
  return u < v ? `${u},${v}` : `${v},${u}`;
}

export function otherEnd(edge: GraphEdge, node: number): number {
  return edge.a === node ? edge.b : edge.a;
}

/** Builds the graph. Never throws: stops at unknown stations are skipped. */
export function buildGraph(map: TransitMap): TransitGraph {
  const nodes: GraphNode[] = [];
  const byId = new Map<string, number>();
  for (const station of map.stations) {
    if (byId.has(station.id)) continue;
    const index = nodes.length;
    byId.set(station.id, index);
    nodes.push({
      index,
      id: station.id,
      label: station.label,
      zone: station.zone,
      pin: station.position ? { x: station.position.x, y: station.position.y } : undefined,
      lines: [],
      edges: [],
    });
  }

  const edges: GraphEdge[] = [];
  const edgeIndex = new Map<string, number>();
  const lines: GraphLine[] = [];
  const seenLines = new Set<string>();
  for (const line of map.lines) {
    if (seenLines.has(line.id)) continue;
    seenLines.add(line.id);
    const li = lines.length;
    const paths: number[][] = [];
    for (const raw of linePaths(line)) {
      const path: number[] = [];
      for (const id of raw) {
        const n = byId.get(id);
        if (n === undefined || path[path.length - 1] === n) continue;
        path.push(n);
      }
      if (path.length >= 2) paths.push(path);
    }
    lines.push({ index: li, id: line.id, color: line.color, paths });
    for (const path of paths) {
      for (let i = 0; i < path.length; i++) {
        const u = path[i] as number;
        const node = nodes[u] as GraphNode;
        if (!node.lines.includes(li)) node.lines.push(li);
        if (i === 0) continue;
        const p = path[i - 1] as number;
        const key = edgeKey(p, u);
        let e = edgeIndex.get(key);
        if (e === undefined) {
          e = edges.length;
          edgeIndex.set(key, e);
          edges.push({ index: e, a: Math.min(p, u), b: Math.max(p, u), lines: [] });
          (nodes[p] as GraphNode).edges.push(e);
          node.edges.push(e);
        }
        const edge = edges[e] as GraphEdge;
        if (!edge.lines.includes(li)) edge.lines.push(li);
      }
    }
  }
  for (const node of nodes) node.lines.sort((x, y) => x - y);
  for (const edge of edges) edge.lines.sort((x, y) => x - y);
  return { nodes, edges, lines, edgeIndex };
}

/** Connected components, each a list of node indices in ascending order. */
export function components(graph: TransitGraph): number[][] {
  const seen = new Uint8Array(graph.nodes.length);
  const result: number[][] = [];
  for (let s = 0; s < graph.nodes.length; s++) {
    if (seen[s]) continue;
    const comp: number[] = [];
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const u = stack.pop() as number;
      comp.push(u);
      for (const e of (graph.nodes[u] as GraphNode).edges) {
        const v = otherEnd(graph.edges[e] as GraphEdge, u);
        if (!seen[v]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
    comp.sort((x, y) => x - y);
    result.push(comp);
  }
  return result;
}
