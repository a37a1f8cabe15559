// A line graph's edges -> each line as ordered paths of stations. A node stays a station if it
// is one (station_id), if it is not a plain pass-through (degree other than 2: a junction or a
// dead end), or if a line ends or forks there; every other node is passed through.

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** Ids of the lines on the edge. */
  readonly lines: readonly string[];
}

export interface RebuiltLines {
  /** The nodes kept as stations that some line stops at, in order of first appearance. */
  readonly stations: ReadonlySet<string>;
  /** Per line, its paths of kept nodes: the longest first, branches after it. */
  readonly paths: ReadonlyMap<string, readonly (readonly string[])[]>;
}

type Adjacency = Map<string, string[]>;

function adjacency(edges: readonly GraphEdge[], keep: (e: GraphEdge) => boolean): Adjacency {
  const adj: Adjacency = new Map();
  const link = (a: string, b: string) => {
    const list = adj.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    adj.set(a, list);
  };
  for (const edge of edges) {
    if (!keep(edge)) continue;
    link(edge.from, edge.to);
    link(edge.to, edge.from);
  }
  return adj;
}

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The line's track cut at every node where it ends or forks: pieces of node ids. */
function pieces(adj: Adjacency): string[][] {
  const used = new Set<string>();
  const out: string[][] = [];
  const walk = (start: string, next: string, stop: (n: string) => boolean) => {
    const piece = [start];
    let prev = start;
    let at = next;
    used.add(key(start, next));
    piece.push(at);
    while (!stop(at)) {
      const onward = (adj.get(at) ?? []).find((n) => n !== prev && !used.has(key(at, n)));
      if (onward === undefined) break;
      used.add(key(at, onward));
      prev = at;
      at = onward;
      piece.push(at);
    }
    return piece;
  };
  const isBreak = (n: string) => (adj.get(n)?.length ?? 0) !== 2;
  for (const [node, neighbours] of adj) {
    if (!isBreak(node)) continue;
    for (const n of neighbours) if (!used.has(key(node, n))) out.push(walk(node, n, isBreak));
  }
  // What is left are loops: walked from their first node back to it.
  for (const [node, neighbours] of adj) {
    for (const n of neighbours) {
      if (!used.has(key(node, n))) out.push(walk(node, n, (x) => x === node));
    }
  }
  return out;
}

/** Joins pieces at the forks: the longest piece, extended at each end by the longest there. */
function chain(all: readonly string[][]): string[][] {
  const left = [...all].sort((a, b) => b.length - a.length);
  const paths: string[][] = [];
  while (left.length > 0) {
    let path = left.shift() as string[];
    const isLoop = path.length > 2 && path[0] === path[path.length - 1];
    for (let grew = !isLoop; grew;) {
      grew = false;
      const end = path[path.length - 1];
      const i = left.findIndex((p) => p[0] === end || p[p.length - 1] === end);
      if (i >= 0) {
        const piece = left.splice(i, 1)[0] as string[];
        path = [...path, ...(piece[0] === end ? piece : [...piece].reverse()).slice(1)];
        grew = true;
      }
      const start = path[0];
      const j = left.findIndex((p) => p[0] === start || p[p.length - 1] === start);
      if (j >= 0) {
        const piece = left.splice(j, 1)[0] as string[];
        const oriented = piece[piece.length - 1] === start ? piece : [...piece].reverse();
        path = [...oriented.slice(0, -1), ...path];
        grew = true;
      }
    }
    paths.push(path);
  }
  return paths;
}

export function rebuildPaths(
  edges: readonly GraphEdge[],
  lineIds: readonly string[],
  isStation: (node: string) => boolean,
): RebuiltLines {
  const graph = adjacency(edges, () => true);
  const perLine = new Map(lineIds.map((id) => [id, adjacency(edges, (e) => e.lines.includes(id))]));
  const kept = (node: string) =>
    isStation(node) ||
    (graph.get(node)?.length ?? 0) !== 2 ||
    [...perLine.values()].some((adj) => adj.has(node) && adj.get(node)?.length !== 2);

  const stations = new Set<string>();
  const paths = new Map<string, string[][]>();
  for (const [id, adj] of perLine) {
    const drawn = chain(pieces(adj))
      .map((p) => p.filter(kept).filter((n, i, all) => i === 0 || all[i - 1] !== n))
      .filter((p) => p.length >= 2);
    for (const p of drawn) for (const n of p) stations.add(n);
    paths.set(id, drawn);
  }
  return { stations, paths };
}
