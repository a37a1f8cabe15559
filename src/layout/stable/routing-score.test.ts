// The routing judge's crossing count: binned by grid cell, it must find exactly the pairs that
// comparing every step with every other finds.
import { describe, expect, it } from 'vitest';
import { segmentClash } from '../geom/segment.ts';
import { generateMetroMap, seededRandom } from '../generate-map.ts';
import { buildGraph } from '../graph/graph.ts';
import type { TransitGraph } from '../graph/graph.ts';
import { routeGraph } from '../route/route.ts';
import type { Routing } from '../route/route.ts';
import { scoreRouting } from './routing-score.ts';

/** Crossing pairs of routed edges, every grid step against every other (weighted by lines). */
function bruteCrossings(graph: TransitGraph, routing: Routing): number {
  const { grid } = routing;
  const steps: [number, number, number, number, number][] = [];
  routing.paths.forEach((path, e) => {
    for (let i = 1; i < path.length; i++) {
      const p = path[i - 1] as number;
      const q = path[i] as number;
      steps.push([e, grid.gx(p), grid.gy(p), grid.gx(q), grid.gy(q)]);
    }
  });
  const pairs = new Set<string>();
  let n = 0;
  for (let i = 0; i < steps.length; i++)
    for (let j = i + 1; j < steps.length; j++) {
      const [e, ax, ay, bx, by] = steps[i] as number[];
      const [f, cx, cy, dx, dy] = steps[j] as number[];
      if (e === f) continue;
      const ends = [`${ax},${ay}`, `${bx},${by}`];
      if (ends.includes(`${cx},${cy}`) || ends.includes(`${dx},${dy}`)) continue;
      if (segmentClash(ax!, ay!, bx!, by!, cx!, cy!, dx!, dy!) !== 1) continue;
      const key = [e, f].sort((x, y) => x! - y!).join('|');
      if (pairs.has(key)) continue;
      pairs.add(key);
      n += (graph.edges[e!]?.lines.length ?? 1) * (graph.edges[f!]?.lines.length ?? 1);
    }
  let touching = 0;
  const through = new Map<number, number[]>();
  routing.paths.forEach((path, e) => {
    for (let i = 1; i + 1 < path.length; i++)
      through.set(path[i] as number, [...(through.get(path[i] as number) ?? []), e]);
  });
  for (const edges of through.values())
    for (let i = 0; i < edges.length; i++)
      for (let j = i + 1; j < edges.length; j++)
        touching +=
          (graph.edges[edges[i] as number]?.lines.length ?? 1) *
          (graph.edges[edges[j] as number]?.lines.length ?? 1);
  return n + touching;
}

describe('scoreRouting', () => {
  it('counts the same crossings as comparing every grid step with every other', () => {
    for (const seed of [1, 2, 3, 4]) {
      const graph = buildGraph(generateMetroMap({ stations: 60, lines: 6, seed }));
      // Scattered rough positions, so that routes cross.
      const random = seededRandom(seed);
      const rough = new Float64Array(graph.nodes.length * 2).map(() => random() * 12);
      const routing = routeGraph(graph, rough);
      const expected = bruteCrossings(graph, routing);
      expect(expected).toBeGreaterThan(0);
      expect(scoreRouting(graph, routing).crossings).toBe(expected);
    }
  });
});
