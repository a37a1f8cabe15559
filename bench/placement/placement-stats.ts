// Measures a placement on its own, before routing: how many edges are straight octilinear
// segments, how many pairs of edges cross, how many lines turn, and the aspect ratio.
import type { TransitMap } from '../../src/model/schema.ts';
import { buildPlacementGraph } from '../../src/layout/place/climb/placement-graph.ts';
import { bendPenalty, octiPenalty } from '../../src/layout/place/climb/segment-math.ts';
import { segmentClash } from '../../src/layout/geom/segment.ts';

export interface PlacementStats {
  readonly edges: number;
  readonly octilinearEdges: number;
  readonly octilinearShare: number;
  /** Pairs of edges without a common station that cross or touch. */
  readonly crossings: number;
  /** Line passages through a station that are not straight. */
  readonly turns: number;
  readonly straightTurns: number;
  readonly aspect: number;
}

export function placementStats(
  map: TransitMap,
  pos: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
): PlacementStats {
  const g = buildPlacementGraph(map);
  const x = g.ids.map((id) => pos.get(id)?.x ?? 0);
  const y = g.ids.map((id) => pos.get(id)?.y ?? 0);
  const m = g.edgeA.length;
  let octi = 0;
  let crossings = 0;
  const at = (i: number): [number, number] => [x[i] as number, y[i] as number];
  for (let e = 0; e < m; e++) {
    const a = g.edgeA[e] as number;
    const b = g.edgeB[e] as number;
    const [ax, ay] = at(a);
    const [bx, by] = at(b);
    if (octiPenalty(bx - ax, by - ay) === 0) octi++;
    for (let f = e + 1; f < m; f++) {
      const c = g.edgeA[f] as number;
      const d = g.edgeB[f] as number;
      if (c === a || c === b || d === a || d === b) continue;
      const [cx, cy] = at(c);
      const [dx, dy] = at(d);
      if (segmentClash(ax, ay, bx, by, cx, cy, dx, dy) > 0) crossings++;
    }
  }
  let straight = 0;
  for (const t of g.turns) {
    const [cx, cy] = at(t.at);
    const [px, py] = at(t.a);
    const [qx, qy] = at(t.b);
    if (bendPenalty(px - cx, py - cy, qx - cx, qy - cy) < 1e-9) straight++;
  }
  const w = Math.max(...x) - Math.min(...x);
  const h = Math.max(...y) - Math.min(...y);
  return {
    edges: m,
    octilinearEdges: octi,
    octilinearShare: m === 0 ? 1 : octi / m,
    crossings,
    turns: g.turns.length,
    straightTurns: straight,
    aspect: h === 0 ? Infinity : w / h,
  };
}
