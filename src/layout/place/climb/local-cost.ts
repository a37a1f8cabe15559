// The weighted cost of everything a move of a set of stations can change: their edges
// (octilinearity, length, crossings, clearance), the lines' turns at and next to them,
// the angles between edges around them, and their distance from their zone.
import type { GridState } from './grid-state.ts';
import { pointSegmentDistance, segmentClash } from '../../geom/segment.ts';
import { angleBetween, bendPenalty, octiPenalty } from './segment-math.ts';
import { foreignZones, type ZoneFrame } from './zone-frame.ts';

export interface Weights {
  octi: number;
  length: number;
  targetLength: number;
  cross: number;
  clearance: number;
  bend: number;
  angle: number;
  zone: number;
  foreign: number;
  /** Per grid unit off-centre along an axis too long for the landscape frame. */
  aspect: number;
}

export const WEIGHTS: Weights = {
  octi: 15,
  length: 1.5,
  targetLength: 2,
  cross: 30,
  clearance: 8,
  bend: 2,
  angle: 6,
  zone: 0.25,
  foreign: 3,
  aspect: 4,
};

const CLEAR = 0.75;

/** Scratch sets reused between evaluations. */
export class CostScratch {
  readonly edges = new Set<number>();
  readonly turns = new Set<number>();
  readonly centres = new Set<number>();
  readonly near = new Set<number>();
  readonly affected: number[] = [];
}

export function setCost(
  s: GridState,
  set: readonly number[],
  inSet: Uint8Array,
  zones: ZoneFrame,
  w: Weights,
  scratch: CostScratch,
): number {
  const g = s.g;
  const { x, y } = s;
  const { edges, turns, centres, near } = scratch;
  edges.clear();
  turns.clear();
  centres.clear();
  for (const u of set) {
    for (const e of g.incident[u] as number[]) edges.add(e);
    for (const t of g.turnsAt[u] as number[]) turns.add(t);
    for (const t of g.turnsVia[u] as number[]) turns.add(t);
    centres.add(u);
    for (const v of g.neighbours[u] as number[]) centres.add(v);
  }
  const affected = scratch.affected;
  affected.length = 0;
  for (const e of edges) affected.push(e);
  let cost = 0;
  for (let i = 0; i < affected.length; i++) {
    const e = affected[i] as number;
    const a = g.edgeA[e] as number;
    const b = g.edgeB[e] as number;
    const ax = x[a] as number;
    const ay = y[a] as number;
    const bx = x[b] as number;
    const by = y[b] as number;
    const dx = bx - ax;
    const dy = by - ay;
    cost += w.octi * octiPenalty(dx, dy);
    const len = Math.max(Math.abs(dx), Math.abs(dy));
    cost += w.length * (len - w.targetLength) ** 2;
    const minX = Math.min(ax, bx);
    const maxX = Math.max(ax, bx);
    const minY = Math.min(ay, by);
    const maxY = Math.max(ay, by);
    // Crossings with unaffected edges (hash) and with later affected edges (pairwise).
    near.clear();
    s.edgesNear(minX, minY, maxX, maxY, near);
    for (const f of near) {
      if (edges.has(f)) continue;
      cost += w.cross * clash(s, a, b, f);
    }
    for (let j = i + 1; j < affected.length; j++)
      cost += w.cross * clash(s, a, b, affected[j] as number);
    // Stations too close to this edge: unmoved ones from the hash, moved ones directly.
    near.clear();
    s.nodesNear(minX - 1, minY - 1, maxX + 1, maxY + 1, near);
    for (const v of near) if (!inSet[v]) cost += clearCost(s, v, ax, ay, bx, by, a, b, w);
    for (const v of set) cost += clearCost(s, v, ax, ay, bx, by, a, b, w);
  }
  for (const u of set) {
    const ux = x[u] as number;
    const uy = y[u] as number;
    // A moved station too close to an edge that is not moving.
    near.clear();
    s.edgesNear(ux - 1, uy - 1, ux + 1, uy + 1, near);
    for (const f of near) {
      if (edges.has(f)) continue;
      const a = g.edgeA[f] as number;
      const b = g.edgeB[f] as number;
      cost += clearCost(
        s,
        u,
        x[a] as number,
        y[a] as number,
        x[b] as number,
        y[b] as number,
        a,
        b,
        w,
      );
    }
    cost +=
      w.aspect *
      (zones.overX * Math.abs(ux - zones.midX) + zones.overY * Math.abs(uy - zones.midY));
    const z = g.zone[u] as number;
    if (z >= 0) {
      cost += w.zone * Math.hypot(ux - (zones.cx[z] as number), uy - (zones.cy[z] as number));
      cost += w.foreign * foreignZones(zones, z, ux, uy);
    }
  }
  for (const t of turns) {
    const turn = g.turns[t];
    if (!turn) continue;
    const cx = x[turn.at] as number;
    const cy = y[turn.at] as number;
    cost +=
      w.bend *
      turn.weight *
      bendPenalty(
        (x[turn.a] as number) - cx,
        (y[turn.a] as number) - cy,
        (x[turn.b] as number) - cx,
        (y[turn.b] as number) - cy,
      );
  }
  for (const c of centres) cost += w.angle * crowding(s, c);
  return cost;
}

function clash(s: GridState, a: number, b: number, f: number): number {
  const c = s.g.edgeA[f] as number;
  const d = s.g.edgeB[f] as number;
  if (c === a || c === b || d === a || d === b) return 0;
  const { x, y } = s;
  return segmentClash(
    x[a] as number,
    y[a] as number,
    x[b] as number,
    y[b] as number,
    x[c] as number,
    y[c] as number,
    x[d] as number,
    y[d] as number,
  );
}

function clearCost(
  s: GridState,
  v: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  a: number,
  b: number,
  w: Weights,
): number {
  if (v === a || v === b) return 0;
  const d = pointSegmentDistance(s.x[v] as number, s.y[v] as number, ax, ay, bx, by);
  return d < CLEAR ? w.clearance * (1 + (CLEAR - d) / CLEAR) : 0;
}

/** Edges leaving a station too close in angle to be drawn apart (under 45°, or equal). */
function crowding(s: GridState, c: number): number {
  const nb = s.g.neighbours[c] as number[];
  if (nb.length < 2) return 0;
  const cx = s.x[c] as number;
  const cy = s.y[c] as number;
  let cost = 0;
  for (let i = 0; i < nb.length; i++) {
    const p = nb[i] as number;
    for (let j = i + 1; j < nb.length; j++) {
      const q = nb[j] as number;
      const angle = angleBetween(
        (s.x[p] as number) - cx,
        (s.y[p] as number) - cy,
        (s.x[q] as number) - cx,
        (s.y[q] as number) - cy,
      );
      if (angle < 1 - 1e-9) cost += 2 - angle;
      else if (angle < 1 + 1e-9) cost += 0.15;
    }
  }
  return cost;
}
