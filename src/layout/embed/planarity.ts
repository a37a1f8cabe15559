// Planarity and a planar embedding, for the reference drawing (see reference.ts).
// Each biconnected block is embedded by the path-addition method of Demoucron, Malgrange
// and Pertuiset: start from a cycle, then repeatedly take a fragment of the rest of the
// graph that fits in only one face (or any, if all fit in several), and lay one of its paths
// through that face. A fragment that fits in no face proves the block non-planar. The blocks
// are then joined at their cut vertices. Quadratic in the edges of a block, which is plenty
// for maps of a few hundred stations; everything is indexed by number.

/** An undirected simple graph: `adj[v]` lists v's neighbours. */
export interface SimpleGraph {
  readonly n: number;
  readonly adj: readonly (readonly number[])[];
}

/**
 * A rotation system: for each vertex, its neighbours in cyclic order. Faces are traced by
 * the rule "after arriving at v from u, leave towards the neighbour that follows u in v's
 * rotation" (`faces` below).
 */
export type Rotation = number[][];

export function simpleGraph(n: number, edges: readonly (readonly [number, number])[]): SimpleGraph {
  const adj: number[][] = Array.from({ length: n }, () => []);
  const seen = new Set<number>();
  for (const [u, v] of edges) {
    if (u === v || u < 0 || v < 0 || u >= n || v >= n) continue;
    const key = u < v ? u * n + v : v * n + u;
    if (seen.has(key)) continue;
    seen.add(key);
    adj[u]?.push(v);
    adj[v]?.push(u);
  }
  return { n, adj };
}

/** A planar rotation system of the graph, or null when the graph is not planar. */
export function planarEmbedding(graph: SimpleGraph): Rotation | null {
  const rotation: Rotation = Array.from({ length: graph.n }, () => []);
  for (const block of biconnectedBlocks(graph)) {
    const local = embedBlock(block);
    if (!local) return null;
    // Join at cut vertices: each block's cyclic order around a vertex goes in as one run.
    for (const [v, order] of local) (rotation[v] as number[]).push(...order);
  }
  return rotation;
}

/** The edges of each biconnected block (a bridge is a block of one edge). */
export function biconnectedBlocks(graph: SimpleGraph): [number, number][][] {
  const { n, adj } = graph;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const blocks: [number, number][][] = [];
  const stack: [number, number][] = [];
  let time = 0;
  // Iterative depth-first search: (vertex, parent, next neighbour index).
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const frames: [number, number, number][] = [[root, -1, 0]];
    disc[root] = low[root] = time++;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number, number];
      const [u, parent] = frame;
      const neighbours = adj[u] as readonly number[];
      if (frame[2] < neighbours.length) {
        const v = neighbours[frame[2]++] as number;
        if (disc[v] === -1) {
          stack.push([u, v]);
          disc[v] = low[v] = time++;
          frames.push([v, u, 0]);
        } else if (v !== parent && (disc[v] as number) < (disc[u] as number)) {
          stack.push([u, v]);
          low[u] = Math.min(low[u] as number, disc[v] as number);
        }
        continue;
      }
      frames.pop();
      if (parent < 0) continue;
      low[parent] = Math.min(low[parent] as number, low[u] as number);
      if ((low[u] as number) >= (disc[parent] as number)) {
        const block: [number, number][] = [];
        for (;;) {
          const e = stack.pop();
          if (!e) break;
          block.push(e);
          if (e[0] === parent && e[1] === u) break;
        }
        blocks.push(block);
      }
    }
  }
  return blocks;
}

/** Embeds one block; returns each vertex's cyclic order within the block, or null. */
function embedBlock(edges: readonly [number, number][]): Map<number, number[]> | null {
  const out = new Map<number, number[]>();
  if (edges.length === 1) {
    const [u, v] = edges[0] as [number, number];
    out.set(u, [v]);
    out.set(v, [u]);
    return out;
  }
  const adj = new Map<number, number[]>();
  for (const [u, v] of edges) {
    (adj.get(u) ?? adj.set(u, []).get(u))?.push(v);
    (adj.get(v) ?? adj.set(v, []).get(v))?.push(u);
  }
  const key = (u: number, v: number): string => (u < v ? `${u},${v}` : `${v},${u}`);
  const inH = new Set<number>();
  const edgeInH = new Set<string>();
  const cycle = findCycle(adj);
  for (let i = 0; i < cycle.length; i++) {
    const u = cycle[i] as number;
    inH.add(u);
    edgeInH.add(key(u, cycle[(i + 1) % cycle.length] as number));
  }
  let faces: number[][] = [cycle, [...cycle].reverse()];
  for (;;) {
    const fragments = findFragments(adj, inH, edgeInH);
    if (fragments.length === 0) break;
    const sets = faces.map((f) => new Set(f));
    let chosen: Fragment | undefined;
    let chosenFace = -1;
    for (const fragment of fragments) {
      let count = 0;
      let first = -1;
      for (let f = 0; f < faces.length; f++) {
        const set = sets[f] as Set<number>;
        if (fragment.attachments.every((a) => set.has(a))) {
          if (first < 0) first = f;
          count++;
        }
      }
      if (count === 0) return null;
      if (!chosen || count === 1) {
        chosen = fragment;
        chosenFace = first;
        if (count === 1) break;
      }
    }
    if (!chosen) break;
    const path = chosen.path;
    const face = faces[chosenFace] as number[];
    faces = [
      ...faces.slice(0, chosenFace),
      ...splitFace(face, path),
      ...faces.slice(chosenFace + 1),
    ];
    for (let i = 0; i < path.length; i++) {
      inH.add(path[i] as number);
      if (i > 0) edgeInH.add(key(path[i - 1] as number, path[i] as number));
    }
  }
  // The rotation at each vertex from the faces: a corner (prev, v, next) of a face says that
  // next follows prev around v.
  const follows = new Map<number, Map<number, number>>();
  for (const face of faces) {
    for (let i = 0; i < face.length; i++) {
      const v = face[i] as number;
      const prev = face[(i - 1 + face.length) % face.length] as number;
      const next = face[(i + 1) % face.length] as number;
      (follows.get(v) ?? follows.set(v, new Map()).get(v))?.set(prev, next);
    }
  }
  for (const [v, map] of follows) {
    const start = (adj.get(v) as number[])[0] as number;
    const order = [start];
    for (let w = map.get(start); w !== undefined && w !== start; w = map.get(w)) {
      order.push(w);
      if (order.length > map.size) return null;
    }
    if (order.length !== (adj.get(v) as number[]).length) return null;
    out.set(v, order);
  }
  return out;
}

interface Fragment {
  readonly attachments: number[];
  /** A path through the fragment between two of its attachments. */
  readonly path: number[];
}

function findCycle(adj: Map<number, number[]>): number[] {
  const start = adj.keys().next().value as number;
  const parent = new Map<number, number>([[start, -1]]);
  const depth = new Map<number, number>([[start, 0]]);
  const frames: [number, number][] = [[start, 0]];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as [number, number];
    const u = frame[0];
    const neighbours = adj.get(u) as number[];
    if (frame[1] >= neighbours.length) {
      frames.pop();
      continue;
    }
    const v = neighbours[frame[1]++] as number;
    if (!parent.has(v)) {
      parent.set(v, u);
      depth.set(v, (depth.get(u) as number) + 1);
      frames.push([v, 0]);
    } else if (v !== parent.get(u) && (depth.get(v) as number) < (depth.get(u) as number)) {
      const cycle = [u];
      for (let w = u; w !== v;) {
        w = parent.get(w) as number;
        cycle.push(w);
      }
      return cycle.reverse();
    }
  }
  return [...adj.keys()];
}

function findFragments(
  adj: Map<number, number[]>,
  inH: Set<number>,
  edgeInH: Set<string>,
): Fragment[] {
  const key = (u: number, v: number): string => (u < v ? `${u},${v}` : `${v},${u}`);
  const fragments: Fragment[] = [];
  for (const [u, neighbours] of adj) {
    if (!inH.has(u)) continue;
    for (const v of neighbours)
      if (u < v && inH.has(v) && !edgeInH.has(key(u, v)))
        fragments.push({ attachments: [u, v], path: [u, v] });
  }
  const seen = new Set<number>();
  for (const s of adj.keys()) {
    if (inH.has(s) || seen.has(s)) continue;
    const comp: number[] = [s];
    seen.add(s);
    const attachments = new Set<number>();
    for (let i = 0; i < comp.length; i++) {
      for (const w of adj.get(comp[i] as number) as number[]) {
        if (inH.has(w)) attachments.add(w);
        else if (!seen.has(w)) {
          seen.add(w);
          comp.push(w);
        }
      }
    }
    const list = [...attachments];
    fragments.push({ attachments: list, path: fragmentPath(adj, new Set(comp), list) });
  }
  return fragments;
}

/** A path from the first attachment through the fragment's vertices to another attachment. */
function fragmentPath(
  adj: Map<number, number[]>,
  inside: Set<number>,
  attachments: number[],
): number[] {
  const a = attachments[0] as number;
  const from = new Map<number, number>();
  const queue: number[] = [];
  for (const w of adj.get(a) as number[])
    if (inside.has(w) && !from.has(w)) {
      from.set(w, a);
      queue.push(w);
    }
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i] as number;
    for (const w of adj.get(u) as number[]) {
      if (!inside.has(w)) {
        if (w === a) continue;
        const path = [w, u];
        for (let x = from.get(u) as number; ; x = from.get(x) as number) {
          path.push(x);
          if (x === a) break;
        }
        return path.reverse();
      }
      if (!from.has(w)) {
        from.set(w, u);
        queue.push(w);
      }
    }
  }
  return [a];
}

/** Lays path (from one face vertex to another) through the face: two faces. */
function splitFace(face: readonly number[], path: readonly number[]): number[][] {
  const a = path[0] as number;
  const b = path[path.length - 1] as number;
  const i = face.indexOf(a);
  const j = face.indexOf(b);
  const k = face.length;
  const arc = (from: number, to: number): number[] => {
    const out: number[] = [];
    for (let x = from; ; x = (x + 1) % k) {
      out.push(face[x] as number);
      if (x === to) break;
    }
    return out;
  };
  const interior = path.slice(1, -1);
  return [
    [...arc(i, j), ...[...interior].reverse()],
    [...arc(j, i), ...interior],
  ];
}

/** The faces of a rotation system, each as its cyclic walk of vertices. */
export function faces(rotation: Rotation): number[][] {
  const position = rotation.map((order) => new Map(order.map((w, i) => [w, i])));
  const used = rotation.map((order) => new Uint8Array(order.length));
  const out: number[][] = [];
  for (let u = 0; u < rotation.length; u++) {
    const order = rotation[u] as number[];
    for (let i = 0; i < order.length; i++) {
      if ((used[u] as Uint8Array)[i]) continue;
      // Walk the face that leaves u along its i-th dart.
      const walk: number[] = [];
      let x = u;
      let xi = i;
      while (!(used[x] as Uint8Array)[xi]) {
        (used[x] as Uint8Array)[xi] = 1;
        walk.push(x);
        const y = (rotation[x] as number[])[xi] as number;
        const back = (position[y] as Map<number, number>).get(x) as number;
        const ry = rotation[y] as number[];
        xi = (back + 1) % ry.length;
        x = y;
      }
      out.push(walk);
    }
  }
  return out;
}

/** Whether a rotation system is planar: Euler's formula on every component with an edge. */
export function isPlanarRotation(rotation: Rotation): boolean {
  const n = rotation.length;
  const comp = new Int32Array(n).fill(-1);
  let components = 0;
  let vertices = 0;
  let darts = 0;
  for (let s = 0; s < n; s++) {
    darts += (rotation[s] as number[]).length;
    if (comp[s] !== -1 || (rotation[s] as number[]).length === 0) continue;
    components++;
    const stack = [s];
    comp[s] = components;
    while (stack.length > 0) {
      const u = stack.pop() as number;
      vertices++;
      for (const w of rotation[u] as number[])
        if (comp[w] === -1) {
          comp[w] = components;
          stack.push(w);
        }
    }
  }
  return vertices - darts / 2 + faces(rotation).length === 2 * components;
}
