// A seeded generator of planar maps for tests and benchmarks. Stations are scattered on a
// hidden plane (which the layout never sees); edges join near stations wherever they cross
// no edge already drawn (so the graph is planar by construction), up to degree 8; lines are
// then walks that use every edge once, going as straight as the hidden plane allows.
// Pure; deterministic.
import type { TransitMap } from '../../model/schema.ts';
import { seededRandom } from '../generate-map.ts';
import { segmentClash } from '../geom/segment.ts';

export interface PlanarOptions {
  readonly stations: number;
  /** Mean degree aimed at (2–6; default 3). */
  readonly degree?: number;
  readonly seed: number;
}

const COLOURS = '#e32017 #0098d4 #00782a #b36305 #9b0056 #003688 #ee7c0e #84b817'.split(' ');
const MAX_DEGREE = 8;

export function generatePlanarMap(options: PlanarOptions): TransitMap {
  const random = seededRandom(options.seed);
  const n = Math.max(3, Math.floor(options.stations));
  const xs = Array.from({ length: n }, () => random());
  const ys = Array.from({ length: n }, () => random());
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      pairs.push([
        i,
        j,
        Math.hypot((xs[i] as number) - (xs[j] as number), (ys[i] as number) - (ys[j] as number)),
      ]);
  pairs.sort((a, b) => a[2] - b[2]);
  const want = Math.round((n * (options.degree ?? 3)) / 2);
  const edges: [number, number][] = [];
  const degree = new Int32Array(n);
  const adj: number[][] = Array.from({ length: n }, () => []);
  // A spanning tree first (nearest pairs joining components), then more near pairs.
  const root = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x] as number)));
  const fits = (a: number, b: number): boolean =>
    (degree[a] as number) < MAX_DEGREE &&
    (degree[b] as number) < MAX_DEGREE &&
    edges.every(
      ([c, d]) =>
        c === a ||
        c === b ||
        d === a ||
        d === b ||
        segmentClash(
          xs[a] as number,
          ys[a] as number,
          xs[b] as number,
          ys[b] as number,
          xs[c] as number,
          ys[c] as number,
          xs[d] as number,
          ys[d] as number,
        ) === 0,
    );
  const add = (a: number, b: number): void => {
    edges.push([a, b]);
    degree[a] = (degree[a] as number) + 1;
    degree[b] = (degree[b] as number) + 1;
    adj[a]?.push(b);
    adj[b]?.push(a);
  };
  for (const [a, b] of pairs)
    if (find(a) !== find(b) && fits(a, b)) {
      root[find(a)] = find(b);
      add(a, b);
    }
  for (const [a, b] of pairs) {
    if (edges.length >= want) break;
    if (!adj[a]?.includes(b) && random() < 0.6 && fits(a, b)) add(a, b);
  }
  const lines = walks(n, adj, xs, ys).map((stops, l) => ({
    id: `l${l}`,
    label: `Line ${l + 1}`,
    color: COLOURS[l % COLOURS.length] as string,
    stops: stops.map((s) => `s${s}`),
  }));
  return {
    kind: 'map',
    id: `planar-${options.seed}`,
    title: `Planar map ${options.seed}`,
    zones: [],
    lines,
    stations: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `Stop ${i}` })),
  } as TransitMap;
}

/** Walks that use every edge once, each continuing as straight as it can. */
function walks(n: number, adj: number[][], xs: number[], ys: number[]): number[][] {
  const used = new Set<string>();
  const key = (a: number, b: number): string => (a < b ? `${a},${b}` : `${b},${a}`);
  const out: number[][] = [];
  for (let s = 0; s < n; s++) {
    for (;;) {
      const start = (adj[s] ?? []).find((v) => !used.has(key(s, v)));
      if (start === undefined) break;
      const walk = [s, start];
      used.add(key(s, start));
      for (;;) {
        const u = walk[walk.length - 2] as number;
        const v = walk[walk.length - 1] as number;
        const dx = (xs[v] as number) - (xs[u] as number);
        const dy = (ys[v] as number) - (ys[u] as number);
        let best = -1;
        let bestCos = -0.2;
        for (const w of adj[v] ?? []) {
          if (used.has(key(v, w)) || walk.includes(w)) continue;
          const ex = (xs[w] as number) - (xs[v] as number);
          const ey = (ys[w] as number) - (ys[v] as number);
          const cos = (dx * ex + dy * ey) / (Math.hypot(dx, dy) * Math.hypot(ex, ey) || 1);
          if (cos > bestCos) {
            bestCos = cos;
            best = w;
          }
        }
        if (best < 0) break;
        used.add(key(v, best));
        walk.push(best);
      }
      out.push(walk);
    }
  }
  return out;
}
