// The baseline the layout must beat: a plain seeded d3-force layout. Stations sit where the
// simulation leaves them, every line is drawn as straight segments between its stations
// (lines on a shared edge fall on top of each other) and every label sits to the right of
// its station. It returns a Geometry, so the same measureQuality applies to both.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type {
  Geometry,
  LabelGeometry,
  LineGeometry,
  Point,
  StationGeometry,
} from '../src/layout/geometry.ts';
import { seededRandom } from '../src/layout/generate-map.ts';
import { textWidth } from '../src/layout/labels/text.ts';
import { linePaths, type TransitMap } from '../src/model/schema.ts';

export interface BaselineOptions {
  readonly seed?: number;
  /** Pixels per grid unit; the force layout aims for one grid unit per edge. */
  readonly gridSize?: number;
  readonly fontSize?: number;
  readonly ticks?: number;
}

interface Node extends SimulationNodeDatum {
  readonly id: string;
}

export function baselineForce(map: TransitMap, options: BaselineOptions = {}): Geometry {
  const gridSize = options.gridSize ?? 44;
  const fontSize = options.fontSize ?? 12;
  const nodes: Node[] = map.stations.map((s) =>
    s.position
      ? { id: s.id, fx: s.position.x * gridSize, fy: s.position.y * gridSize }
      : { id: s.id },
  );
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const seen = new Set<string>();
  const links: SimulationLinkDatum<Node>[] = [];
  for (const line of map.lines) {
    for (const path of linePaths(line)) {
      path.slice(1).forEach((b, i) => {
        const a = path[i] ?? '';
        const key = [a, b].sort().join('|');
        if (a === b || seen.has(key) || !index.has(a) || !index.has(b)) return;
        seen.add(key);
        links.push({ source: index.get(a) ?? 0, target: index.get(b) ?? 0 });
      });
    }
  }
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(options.seed ?? 1))
    .force('link', forceLink(links).distance(gridSize).strength(1))
    .force('charge', forceManyBody().strength(-gridSize * 2))
    .force('collide', forceCollide(gridSize / 2))
    .stop();
  simulation.tick(options.ticks ?? 300);

  const at = (id: string): Point => {
    const n = nodes[index.get(id) ?? -1];
    return { x: n?.x ?? 0, y: n?.y ?? 0 };
  };
  const linesAt = new Map<string, string[]>();
  for (const line of map.lines) {
    for (const id of new Set(linePaths(line).flat()))
      linesAt.set(id, [...(linesAt.get(id) ?? []), line.id]);
  }
  const stations: StationGeometry[] = map.stations.map((s) => {
    const { x, y } = at(s.id);
    const lines = linesAt.get(s.id) ?? [];
    return {
      id: s.id,
      x,
      y,
      grid: { gx: x / gridSize, gy: y / gridSize },
      lines,
      interchange: lines.length >= 2,
      pinned: s.position !== undefined,
      marker: { kind: 'dot', r: lines.length >= 2 ? 6 : 4 },
    };
  });
  const lines: LineGeometry[] = map.lines.map((line) => ({
    id: line.id,
    color: line.color,
    paths: linePaths(line).map((stops) => ({
      stations: stops,
      points: stops.map(at),
      stationPoints: stops.map((_, i) => i),
    })),
  }));
  const labels: LabelGeometry[] = map.stations.map((s, i) => {
    const st = stations[i];
    const x = (st?.x ?? 0) + 8;
    const y = st?.y ?? 0;
    const box = {
      x,
      y: y - fontSize * 0.6,
      width: textWidth(s.label, fontSize),
      height: fontSize * 1.2,
    };
    return {
      stationId: s.id,
      rows: [s.label],
      anchor: { x, y: y + fontSize * 0.35 },
      textAnchor: 'start',
      direction: 'E',
      fontSize,
      rowHeight: fontSize * 1.2,
      box,
    };
  });
  return {
    stations,
    lines,
    labels,
    zones: [],
    bounds: boundsOf([
      ...stations,
      ...labels.map((l) => ({ x: l.box.x + l.box.width, y: l.box.y })),
    ]),
    gridSize,
    lineSpacing: 0,
    lineWidth: 4,
  };
}

function boundsOf(points: readonly Point[]): Geometry['bounds'] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
