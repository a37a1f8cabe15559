// Untangling rough positions. The octilinear routing follows the rough layout (stations land
// near their rough spots, edges leave a station in the cyclic order they had there), so two
// straight edges that cross in the rough layout nearly always cross on the finished map
// (measured: over 12 seeds of the bench's 100-station map, rough and final crossings moved
// together). A force layout often settles with a station or a chain on the wrong side of an
// edge; a greedy pass moves it across: each node of degree 1 or 2 (a terminus, a chain's
// middle) tries spots around each neighbour at the edge's length, half-way between its two
// neighbours and mirrored across the line joining them, and takes the one whose edges cross
// the fewest others (weighted by the lines on both edges) if that is fewer than now. Nodes
// keep `minDist` apart. Deterministic: nodes in index order, candidates in a fixed order.

import { segmentsCross } from '../geom/segment.ts';

/** A straight-line drawing's graph, as the untangling sees it. */
export interface TangleGraph {
  readonly n: number;
  /** Endpoints, preferred length and weight (number of lines) of each edge. */
  readonly ea: Int32Array;
  readonly eb: Int32Array;
  readonly length: Float64Array;
  readonly weight: Float64Array;
  /** The edges at each node. */
  readonly incident: readonly (readonly number[])[];
  /** 1 for nodes that must not move (pins). */
  readonly fixed: Uint8Array;
}

/** Directions tried around a neighbour. */
const DIRS = 8;

/** Weighted crossings of the edges at node u with every edge not sharing an end. */
export function crossingsAt(g: TangleGraph, p: Float64Array, u: number): number {
  let total = 0;
  const m = g.ea.length;
  for (const e of g.incident[u] ?? []) {
    const a = g.ea[e] as number;
    const b = g.eb[e] as number;
    const ax = p[a * 2] as number;
    const ay = p[a * 2 + 1] as number;
    const bx = p[b * 2] as number;
    const by = p[b * 2 + 1] as number;
    const minX = Math.min(ax, bx);
    const maxX = Math.max(ax, bx);
    const minY = Math.min(ay, by);
    const maxY = Math.max(ay, by);
    for (let f = 0; f < m; f++) {
      const c = g.ea[f] as number;
      const d = g.eb[f] as number;
      if (c === a || c === b || d === a || d === b) continue;
      const cx = p[c * 2] as number;
      const cy = p[c * 2 + 1] as number;
      const dx = p[d * 2] as number;
      const dy = p[d * 2 + 1] as number;
      if (Math.max(cx, dx) < minX || Math.min(cx, dx) > maxX) continue;
      if (Math.max(cy, dy) < minY || Math.min(cy, dy) > maxY) continue;
      if (segmentsCross(ax, ay, bx, by, cx, cy, dx, dy))
        total += (g.weight[e] as number) * (g.weight[f] as number);
    }
  }
  return total;
}

/** The spots node u tries, as [x0, y0, x1, y1, ...] (it has one or two neighbours). */
function candidates(g: TangleGraph, p: Float64Array, u: number, out: number[]): void {
  out.length = 0;
  const inc = g.incident[u] ?? [];
  const ux = p[u * 2] as number;
  const uy = p[u * 2 + 1] as number;
  for (const e of inc) {
    const v = (g.ea[e] === u ? g.eb[e] : g.ea[e]) as number;
    const len = g.length[e] as number;
    for (let k = 0; k < DIRS; k++) {
      const angle = (k * Math.PI * 2) / DIRS;
      out.push(
        (p[v * 2] as number) + len * Math.cos(angle),
        (p[v * 2 + 1] as number) + len * Math.sin(angle),
      );
    }
  }
  if (inc.length !== 2) return;
  const v = (
    g.ea[inc[0] as number] === u ? g.eb[inc[0] as number] : g.ea[inc[0] as number]
  ) as number;
  const w = (
    g.ea[inc[1] as number] === u ? g.eb[inc[1] as number] : g.ea[inc[1] as number]
  ) as number;
  const vx = p[v * 2] as number;
  const vy = p[v * 2 + 1] as number;
  const dx = (p[w * 2] as number) - vx;
  const dy = (p[w * 2 + 1] as number) - vy;
  out.push(vx + dx / 2, vy + dy / 2);
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return;
  const t = ((ux - vx) * dx + (uy - vy) * dy) / len2;
  out.push(vx + 2 * t * dx - (ux - vx), vy + 2 * t * dy - (uy - vy));
}

/**
 * Moves nodes of degree 1 and 2 (in place in `p`, [x0, y0, x1, y1, ...]) while a move makes
 * their edges cross less; at most `passes` sweeps. Returns the number of moves made.
 */
export function untangle(g: TangleGraph, p: Float64Array, minDist: number, passes = 2): number {
  const minD2 = minDist * minDist;
  const clear = (u: number, x: number, y: number): boolean => {
    for (let v = 0; v < g.n; v++) {
      if (v === u) continue;
      const dx = (p[v * 2] as number) - x;
      const dy = (p[v * 2 + 1] as number) - y;
      if (dx * dx + dy * dy < minD2) return false;
    }
    return true;
  };
  const spots: number[] = [];
  let moved = 0;
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (let u = 0; u < g.n; u++) {
      const degree = g.incident[u]?.length ?? 0;
      if (g.fixed[u] || degree === 0 || degree > 2) continue;
      const before = crossingsAt(g, p, u);
      if (before === 0) continue;
      candidates(g, p, u, spots);
      const hx = p[u * 2] as number;
      const hy = p[u * 2 + 1] as number;
      let best = before;
      let bx = hx;
      let by = hy;
      for (let k = 0; k < spots.length; k += 2) {
        const x = spots[k] as number;
        const y = spots[k + 1] as number;
        if (!clear(u, x, y)) continue;
        p[u * 2] = x;
        p[u * 2 + 1] = y;
        const c = crossingsAt(g, p, u);
        if (c < best) {
          best = c;
          bx = x;
          by = y;
        }
      }
      p[u * 2] = bx;
      p[u * 2 + 1] = by;
      if (best < before) {
        changed = true;
        moved++;
      }
    }
    if (!changed) break;
  }
  return moved;
}
