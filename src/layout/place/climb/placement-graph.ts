// The network as the placement sees it: stations indexed by number, the edges between
// consecutive stops, and every place where a line passes through a station (a "turn").
import { linePaths, type TransitMap } from '../../../model/schema.ts';

/** A line passing through `at` from neighbour `a` to neighbour `b`. */
export interface Turn {
  readonly at: number;
  readonly a: number;
  readonly b: number;
  /** How many lines make this same turn. */
  weight: number;
}

export interface PlacementGraph {
  readonly n: number;
  readonly ids: readonly string[];
  /** Zone index of each station, -1 when it has none. */
  readonly zone: Int32Array;
  readonly zoneCount: number;
  /** Pinned position of each station, or undefined. */
  readonly pin: readonly ({ x: number; y: number } | undefined)[];
  readonly edgeA: Int32Array;
  readonly edgeB: Int32Array;
  /** Lines on each edge. */
  readonly edgeLines: Int32Array;
  /** Incident edge indices of each station. */
  readonly incident: readonly number[][];
  /** Neighbour station of each incident edge, parallel to `incident`. */
  readonly neighbours: readonly number[][];
  readonly turns: readonly Turn[];
  /** Indices into `turns` of the turns centred at each station. */
  readonly turnsAt: readonly number[][];
  /** Indices into `turns` of the turns that have the station as an end. */
  readonly turnsVia: readonly number[][];
}

export function buildPlacementGraph(map: TransitMap): PlacementGraph {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const zoneIndex = new Map<string, number>();
  const zones: number[] = [];
  const pin: ({ x: number; y: number } | undefined)[] = [];
  for (const s of map.stations) {
    if (index.has(s.id)) continue;
    index.set(s.id, ids.length);
    ids.push(s.id);
    let z = -1;
    if (s.zone !== undefined) {
      z = zoneIndex.get(s.zone) ?? zoneIndex.size;
      zoneIndex.set(s.zone, z);
    }
    zones.push(z);
    pin.push(s.position ? { x: Math.round(s.position.x), y: Math.round(s.position.y) } : undefined);
  }
  const n = ids.length;
  const edgeOf = new Map<number, number>();
  const a: number[] = [];
  const b: number[] = [];
  const lines: number[] = [];
  const incident: number[][] = ids.map(() => []);
  const neighbours: number[][] = ids.map(() => []);
  const turns: Turn[] = [];
  const turnOf = new Map<string, number>();
  const edge = (u: number, v: number, lineSeen: Set<number>): void => {
    const key = Math.min(u, v) * n + Math.max(u, v);
    let e = edgeOf.get(key);
    if (e === undefined) {
      e = a.length;
      edgeOf.set(key, e);
      a.push(u);
      b.push(v);
      lines.push(0);
      (incident[u] as number[]).push(e);
      (neighbours[u] as number[]).push(v);
      (incident[v] as number[]).push(e);
      (neighbours[v] as number[]).push(u);
    }
    if (!lineSeen.has(e)) {
      lineSeen.add(e);
      lines[e] = (lines[e] as number) + 1;
    }
  };
  const turn = (p: number, at: number, q: number): void => {
    if (p === q) return;
    const key = `${at}:${Math.min(p, q)}:${Math.max(p, q)}`;
    const t = turnOf.get(key);
    if (t !== undefined) (turns[t] as Turn).weight++;
    else {
      turnOf.set(key, turns.length);
      turns.push({ at, a: p, b: q, weight: 1 });
    }
  };
  for (const line of map.lines) {
    const seen = new Set<number>();
    for (const raw of linePaths(line)) {
      const path: number[] = [];
      for (const id of raw) {
        const u = index.get(id);
        if (u !== undefined && path[path.length - 1] !== u) path.push(u);
      }
      for (let i = 1; i < path.length; i++) edge(path[i - 1] as number, path[i] as number, seen);
      for (let i = 1; i + 1 < path.length; i++)
        turn(path[i - 1] as number, path[i] as number, path[i + 1] as number);
      const closed = path.length > 3 && path[0] === path[path.length - 1];
      if (closed) turn(path[path.length - 2] as number, path[0] as number, path[1] as number);
    }
  }
  const turnsAt: number[][] = ids.map(() => []);
  const turnsVia: number[][] = ids.map(() => []);
  turns.forEach((t, i) => {
    (turnsAt[t.at] as number[]).push(i);
    (turnsVia[t.a] as number[]).push(i);
    (turnsVia[t.b] as number[]).push(i);
  });
  return {
    n,
    ids,
    zone: Int32Array.from(zones),
    zoneCount: zoneIndex.size,
    pin,
    edgeA: Int32Array.from(a),
    edgeB: Int32Array.from(b),
    edgeLines: Int32Array.from(lines),
    incident,
    neighbours,
    turns,
    turnsAt,
    turnsVia,
  };
}
