// Making an embedded graph easy to draw without crossings: connected, then biconnected (by
// edges laid through the faces at cut vertices, so the embedding stays planar), then every
// face but the outer one triangulated by a new vertex inside it. Tutte's barycentric drawing
// of the result (tutte.ts) has no crossings; the added vertices and edges are then dropped.
import { biconnectedBlocks, faces, type Rotation } from './planarity.ts';

export interface Augmented {
  /** Rotation of the biconnected graph, before the faces' hubs are added. */
  readonly rotation: Rotation;
  /** Vertices in all: the original `n`, then one hub per triangulated face. */
  readonly size: number;
  /** The outer face, a simple cycle of vertices. */
  readonly outer: number[];
  /** Every edge of the augmented graph with a weight: original 1, added ones less. */
  readonly edges: readonly { readonly u: number; readonly v: number; readonly w: number }[];
  readonly n: number;
}

/** Added edges pull less than the map's own (the drawing should follow the map). */
const ADDED_WEIGHT = 0.35;

/** Augments a planar rotation system (modified copies; the input is left alone). */
export function augment(input: Rotation, chooseOuter?: (faces: number[][]) => number): Augmented {
  const n = input.length;
  const rotation: Rotation = input.map((r) => [...r]);
  const added = new Set<string>();
  const key = (u: number, v: number): string => (u < v ? `${u},${v}` : `${v},${u}`);
  connect(rotation, added, key);
  biconnect(rotation, added, key);
  const all = faces(rotation);
  const outerIndex = chooseOuter ? chooseOuter(all) : longest(all);
  const outer = all[outerIndex] as number[];
  const edges: { u: number; v: number; w: number }[] = [];
  for (let u = 0; u < rotation.length; u++)
    for (const v of rotation[u] as number[])
      if (u < v) edges.push({ u, v, w: added.has(key(u, v)) ? ADDED_WEIGHT : 1 });
  let next = rotation.length;
  all.forEach((face, f) => {
    if (f === outerIndex || face.length <= 3) return;
    const hub = next++;
    for (const v of face) edges.push({ u: v, v: hub, w: ADDED_WEIGHT });
  });
  return { rotation, outer, edges, n, size: next };
}

function longest(all: number[][]): number {
  let best = 0;
  all.forEach((f, i) => {
    if (f.length > (all[best] as number[]).length) best = i;
  });
  return best;
}

/** Joins the components in a chain (a new edge between two components is always planar). */
function connect(rotation: Rotation, added: Set<string>, key: (u: number, v: number) => string) {
  const n = rotation.length;
  const comp = new Int32Array(n).fill(-1);
  const reps: number[] = [];
  for (let s = 0; s < n; s++) {
    if (comp[s] !== -1) continue;
    comp[s] = reps.length;
    const stack = [s];
    while (stack.length > 0) {
      const u = stack.pop() as number;
      for (const w of rotation[u] as number[])
        if (comp[w] === -1) {
          comp[w] = reps.length;
          stack.push(w);
        }
    }
    reps.push(s);
  }
  for (let i = 1; i < reps.length; i++) {
    const u = reps[i - 1] as number;
    const v = reps[i] as number;
    (rotation[u] as number[]).push(v);
    (rotation[v] as number[]).push(u);
    added.add(key(u, v));
  }
}

/**
 * At each cut vertex v, two neighbours u and w that follow each other around v but lie in
 * different blocks are joined by an edge laid through the face corner u–v–w. Repeated until
 * no cut vertex is left.
 */
function biconnect(rotation: Rotation, added: Set<string>, key: (u: number, v: number) => string) {
  const n = rotation.length;
  if (n < 3) return;
  for (let round = 0; round < 4 * n; round++) {
    const blocks = biconnectedBlocks({ n, adj: rotation });
    if (blocks.length <= 1) return;
    const blockOf = new Map<string, number>();
    blocks.forEach((b, i) => {
      for (const [u, v] of b) blockOf.set(key(u, v), i);
    });
    let changed = false;
    for (let v = 0; v < n; v++) {
      const order = rotation[v] as number[];
      if (order.length < 2) continue;
      for (let i = 0; i < order.length; i++) {
        const u = order[i] as number;
        const w = order[(i + 1) % order.length] as number;
        if (u === w || blockOf.get(key(v, u)) === blockOf.get(key(v, w))) continue;
        if ((rotation[u] as number[]).includes(w)) continue;
        // At u the corner lies just before v; at w just after v.
        const ru = rotation[u] as number[];
        ru.splice(ru.indexOf(v), 0, w);
        const rw = rotation[w] as number[];
        rw.splice(rw.indexOf(v) + 1, 0, u);
        added.add(key(u, w));
        changed = true;
        break;
      }
      if (changed) break;
    }
    if (!changed) return;
  }
}
