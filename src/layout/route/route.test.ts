// Routing regressions found on the layout bench's maps.
import { describe, expect, it } from 'vitest';
import { roughPositions } from '../place/force.ts';
import { generateMetroMap } from '../generate-map.ts';
import { buildGraph } from '../graph/graph.ts';
import { layoutMap } from '../layout.ts';
import { measureQuality } from '../measure/quality.ts';
import { routeGraph } from './route.ts';

/** The bench's generated 100-station map (bench/bench-maps.ts). */
const bench100 = generateMetroMap({
  stations: 100,
  lines: 6,
  seed: 100,
  branches: 2,
  loops: 1,
  id: 'generated-100',
});

describe('routing', () => {
  it('places every station near its rough position (no drift along chains)', () => {
    // A clean route used to stop anywhere once it got expensive; on this map stations
    // drifted up to 37 grid units along whole chains, and long detours came back.
    const graph = buildGraph(bench100);
    const rough = roughPositions(graph, { seed: 1, linkLength: 2.8 });
    const routing = routeGraph(graph, rough);
    let worst = 0;
    for (const node of graph.nodes) {
      const p = routing.point[node.index] as number;
      const dx = routing.grid.gx(p) - (rough[node.index * 2] as number);
      const dy = routing.grid.gy(p) - (rough[node.index * 2 + 1] as number);
      worst = Math.max(worst, Math.hypot(dx, dy));
    }
    expect(worst).toBeLessThan(6);
    const longest = Math.max(...routing.paths.map((path) => path.length - 1));
    expect(longest).toBeLessThan(16);
  });

  it("lays out the bench's 100-station map with no lines on top of each other", () => {
    const q = measureQuality(layoutMap(bench100), bench100);
    expect(q.stacked.pairs).toBe(0);
    expect(q.octilinearity).toBe(1);
    expect(q.edgeLength.spread).toBeLessThan(0.8);
  });
});
