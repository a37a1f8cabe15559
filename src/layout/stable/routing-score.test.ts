// The routing judge's crossing count: binned by grid cell, it must find exactly the pairs that
// comparing every grid step with every other finds.
import { describe, expect, it } from 'vitest';
import { segmentClash } from '../geom/segment.ts';
import { generateMetroMap, seededRandom } from '../generate-map.ts';
import { buildGraph } from '../graph/graph.ts';
import type { TransitGraph } from '../graph/graph.ts';
import { routeGraph } from '../route/route.ts';
import type { Routing } from '../route/route.ts';
import { edgeCrossings, scoreRouting } from './routing-score.ts';
import type { GridSegment } from './routing-score.ts';

/** Every grid step of every route. */
function steps(routing: Routing): GridSegment[] {
  const { grid } = routing;
  return routing.paths.flatMap((path, e) =>
    path.slice(1).map((q, i) => {
      const p = path[i] as number;
      return { e, ax: grid.gx(p), ay: grid.gy(p), bx: grid.gx(q), by: grid.gy(q) };
    }),
  );
}

/** Crossing pairs of routed edges, every step against every other (weighted by lines). */
function bruteCrossings(graph: TransitGraph, segs: readonly GridSegment[]): number {
  const pairs = new Set<string>();
  let n = 0;
  segs.forEach((s, i) =>
    segs.slice(i + 1).forEach((t) => {
      if (s.e === t.e) return;
      const ends = [`${s.ax},${s.ay}`, `${s.bx},${s.by}`];
      if (ends.includes(`${t.ax},${t.ay}`) || ends.includes(`${t.bx},${t.by}`)) return;
      if (segmentClash(s.ax, s.ay, s.bx, s.by, t.ax, t.ay, t.bx, t.by) !== 1) return;
      const key = [s.e, t.e].sort((x, y) => x - y).join('|');
      if (pairs.has(key)) return;
      pairs.add(key);
      n += (graph.edges[s.e]?.lines.length ?? 1) * (graph.edges[t.e]?.lines.length ?? 1);
    }),
  );
  return n;
}

describe('scoreRouting', () => {
  it('counts the same crossings as comparing every grid step with every other', () => {
    for (const seed of [1, 2, 3, 4]) {
      const graph = buildGraph(generateMetroMap({ stations: 60, lines: 6, seed }));
      // Scattered rough positions, so that routes cross.
      const random = seededRandom(seed);
      const rough = new Float64Array(graph.nodes.length * 2).map(() => random() * 12);
      const routing = routeGraph(graph, rough);
      const segs = steps(routing);
      const expected = bruteCrossings(graph, segs);
      expect(expected).toBeGreaterThan(0);
      expect(edgeCrossings(graph, segs)).toBe(expected);
      expect(scoreRouting(graph, routing).crossings).toBeGreaterThanOrEqual(expected);
    }
  });
});
