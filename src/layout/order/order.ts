// Stage 4: the order of lines on shared edges, chosen so that lines cross as little as
// possible where they part (after LOOM). Edges joined by a station of degree 2 that all
// their lines pass through form one segment, which keeps one order from end to end; a
// local search swaps and reorders lines on each segment while the count of crossings at
// its two ends drops; among orders with as many crossings it takes the one with fewer
// jogs (a line going straight through a station whose offset changes there).
import type { TransitGraph } from '../graph/graph.ts';
import type { Routing } from '../route/route.ts';
import { segments, type Segment } from './segments.ts';

/** A crossing costs more than any number of jogs at one station could. */
const JOG_WEIGHT = 1000;

/** A line passing through a node from one edge to another. */
interface Pass {
  readonly line: number;
  readonly e: number;
  readonly f: number;
}

export function orderLines(graph: TransitGraph, routing: Routing): number[][] {
  const L = Math.max(1, graph.lines.length);
  const segs = segments(graph);
  const order: number[][] = graph.edges.map((e) => [...e.lines]);
  const pos = new Int16Array(graph.edges.length * L);
  const passes = passesByNode(graph);
  const port = (e: number, v: number): number => {
    const edge = graph.edges[e];
    const p = edge?.a === v ? routing.ctx.portA[e] : routing.ctx.portB[e];
    return Math.max(0, (p as number) ?? 0);
  };
  const apply = (seg: Segment, lines: readonly number[]): void => {
    seg.edges.forEach((e, i) => {
      const o = seg.forward[i] ? [...lines] : [...lines].reverse();
      order[e] = o;
      o.forEach((l, k) => (pos[e * L + l] = k));
    });
  };
  const slot = (l: number, e: number, v: number): number => {
    const k = order[e]?.length ?? 1;
    const i = pos[e * L + l] as number;
    return port(e, v) * 64 + ((graph.edges[e]?.a ?? v) === v ? i : k - 1 - i);
  };
  const crossingsAt = (v: number): number => {
    const list = passes[v] ?? [];
    let n = 0;
    const chords = list.map((p) => {
      const a = slot(p.line, p.e, v);
      const b = slot(p.line, p.f, v);
      return a < b ? [a, b, p.line] : [b, a, p.line];
    });
    for (let i = 0; i < chords.length; i++) {
      const [a1, b1, l1] = chords[i] as number[];
      for (let j = i + 1; j < chords.length; j++) {
        const [a2, b2, l2] = chords[j] as number[];
        if (l1 === l2) continue;
        if (
          ((a1 as number) < (a2 as number) &&
            (a2 as number) < (b1 as number) &&
            (b1 as number) < (b2 as number)) ||
          ((a2 as number) < (a1 as number) &&
            (a1 as number) < (b2 as number) &&
            (b2 as number) < (b1 as number))
        )
          n++;
      }
    }
    return n;
  };

  /** Lines going straight through v whose offset changes there: each jogs (two bends). */
  const jogsAt = (v: number): number => {
    let n = 0;
    for (const p of passes[v] ?? []) {
      if ((port(p.e, v) - port(p.f, v) + 8) % 8 !== 4) continue;
      if (offsetAt(p.line, p.e, v) !== -offsetAt(p.line, p.f, v)) n++;
    }
    return n;
  };
  /** Twice the line's offset on e, to the right of travel away from v (in line spacings). */
  const offsetAt = (l: number, e: number, v: number): number => {
    const k = order[e]?.length ?? 1;
    const x = 2 * (pos[e * L + l] as number) - (k - 1);
    return graph.edges[e]?.a === v ? x : -x;
  };
  /** Crossings first; among orders with as many, fewer jogs. */
  const costAt = (v: number): number => crossingsAt(v) * JOG_WEIGHT + jogsAt(v);

  for (const seg of segs)
    apply(
      seg,
      [...seg.lines].sort((a, b) => a - b),
    );
  const cost = (seg: Segment): number =>
    seg.start === seg.end ? costAt(seg.start) : costAt(seg.start) + costAt(seg.end);

  const busy = segs.filter((s) => s.lines.length >= 2);
  const maxPasses = graph.nodes.length > 400 ? 3 : 6;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (const seg of busy) {
      let current = [...(order[seg.edges[0] as number] ?? [])];
      if (!seg.forward[0]) current.reverse();
      let best = cost(seg);
      if (best === 0) continue;
      const candidates = seg.lines.length <= 4 ? permutations(current) : neighbours(current);
      for (const cand of candidates) {
        apply(seg, cand);
        const c = cost(seg);
        if (c < best) {
          best = c;
          current = cand;
          improved = true;
        }
      }
      apply(seg, current);
    }
    if (!improved) break;
  }
  return order;
}

export function passesByNode(graph: TransitGraph): Pass[][] {
  const out: Pass[][] = graph.nodes.map(() => []);
  const key = (u: number, v: number): number | undefined =>
    graph.edgeIndex.get(u < v ? `${u},${v}` : `${v},${u}`);
  for (const line of graph.lines) {
    for (const path of line.paths) {
      const closed = path.length > 2 && path[0] === path[path.length - 1];
      for (let i = 0; i < path.length; i++) {
        const prev = closed && i === 0 ? path[path.length - 2] : path[i - 1];
        const next = path[i + 1];
        if (closed && i === path.length - 1) continue;
        if (prev === undefined || next === undefined) continue;
        const v = path[i] as number;
        const e = key(prev, v);
        const f = key(next, v);
        if (e === undefined || f === undefined || e === f) continue;
        out[v]?.push({ line: line.index, e, f });
      }
    }
  }
  return out;
}

/** Every order reachable by one adjacent swap or by moving one line to another place. */
function neighbours(xs: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < xs.length; j++) {
      if (i === j) continue;
      const ys = [...xs];
      const [x] = ys.splice(i, 1);
      ys.splice(j, 0, x as number);
      out.push(ys);
    }
  }
  return out;
}

function permutations(xs: readonly number[]): number[][] {
  if (xs.length <= 1) return [[...xs]];
  const out: number[][] = [];
  xs.forEach((x, i) => {
    for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)]))
      out.push([x, ...rest]);
  });
  return out;
}
