// Our Geometry -> d3-tube-map's input, so that both renderers draw the same picture.
//
// d3-tube-map wants integer coordinates (y up), straight runs along the eight compass
// directions, and corners of a fixed shape: a node 1 unit along the old direction plus
// 1 along the new one away from the previous node (45° turns; 90° turns between axes).
// So each drawn path is snapped to a grid of `unit` map pixels, split into octilinear runs,
// and walked like a turtle: every turn becomes 45°/90° corner nodes, every run a straight
// node. Short runs get slightly longer, so the drawing can drift by a unit or two; stations
// are named on the node where the walk reaches them, one station per node.
import type { Geometry, LinePathGeometry, Point } from '../src/layout/geometry.ts';
import type { TubeMapData, TubeMapLine, TubeMapNode } from './tube-map-types.ts';

/** The compass directions E, NE, N, NW, W, SW, S, SE as d3-tube-map's vectors (y up). */
const VEC: readonly (readonly [number, number])[] = [
  [1, 0],
  [1, 1],
  [0, 1],
  [-1, 1],
  [-1, 0],
  [-1, -1],
  [0, -1],
  [1, -1],
];
const vec = (d: number): readonly [number, number] => VEC[((d % 8) + 8) % 8] ?? [1, 0];

interface Run {
  readonly dir: number;
  readonly length: number;
  /** Index of the path point this run ends at. */
  readonly endsAt: number;
}

function dirOf(dx: number, dy: number): number {
  return VEC.findIndex(([x, y]) => x === Math.sign(dx) && y === Math.sign(dy));
}

/** Octilinear runs through the snapped points: a diagonal part, then a straight part. */
function runsOf(points: readonly (readonly [number, number])[]): Run[] {
  const runs: Run[] = [];
  // Runs in the same direction stay apart, so that every stop keeps a node of its own.
  const push = (dir: number, length: number, endsAt: number) => {
    if (length > 0) runs.push({ dir, length, endsAt });
  };
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1] ?? [0, 0];
    const [bx, by] = points[i] ?? [0, 0];
    const dx = bx - ax;
    const dy = by - ay;
    const diagonal = Math.min(Math.abs(dx), Math.abs(dy));
    if (diagonal > 0) push(dirOf(dx, dy), diagonal, i);
    const rx = dx - Math.sign(dx) * diagonal;
    const ry = dy - Math.sign(dy) * diagonal;
    if (rx !== 0 || ry !== 0) push(dirOf(rx, ry), Math.max(Math.abs(rx), Math.abs(ry)), i);
  }
  return runs;
}

/** The 45°/90° steps turning from `from` to `to`: each is the next direction taken. */
function turnSteps(from: number, to: number): number[] {
  let delta = (((to - from) % 8) + 8) % 8;
  const sign = delta <= 4 ? 1 : -1;
  delta = Math.min(delta, 8 - delta);
  const steps: number[] = [];
  let d = from;
  while (delta > 0) {
    const big = d % 2 === 0 && delta >= 2; // axis to axis: one 90° corner
    d += sign * (big ? 2 : 1);
    delta -= big ? 2 : 1;
    steps.push(((d % 8) + 8) % 8);
  }
  return steps;
}

interface Walked {
  readonly nodes: TubeMapNode[];
  /** For each path point, the index of the node the walk had reached there. */
  readonly nodeAt: number[];
}

function walk(start: readonly [number, number], runs: readonly Run[]): Walked {
  let [x, y] = start;
  const nodes: TubeMapNode[] = [{ coords: [x, y] }];
  const nodeAt: number[] = [0];
  let dir = -1;
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    let straight = run.length;
    if (dir >= 0 && dir !== run.dir) {
      for (const step of turnSteps(dir, run.dir)) {
        const [ax, ay] = vec(dir);
        const [bx, by] = vec(step);
        x += ax + bx;
        y += ay + by;
        nodes.push({ coords: [x, y] });
        dir = step;
      }
      straight -= 1;
    }
    if (next && next.dir !== run.dir) straight -= 1;
    // The first move must be straight: d3-tube-map reads the first direction from it.
    if (dir < 0) straight = Math.max(1, straight);
    dir = run.dir;
    if (straight > 0) {
      const [vx, vy] = vec(dir);
      x += vx * straight;
      y += vy * straight;
      nodes.push({ coords: [x, y] });
    }
    while (nodeAt.length <= run.endsAt) nodeAt.push(nodes.length - 1);
  });
  return { nodes, nodeAt };
}

const snap = (p: Point, unit: number): [number, number] => [
  Math.round(p.x / unit),
  -Math.round(p.y / unit),
];

export interface Converted {
  readonly data: TubeMapData;
  /** Stations that got no node of their own (two stops snapped onto one node). */
  readonly dropped: number;
}

/**
 * d3-tube-map's input for `geometry`. `unit` is the grid step in map pixels; by default
 * d3-tube-map's line width (0.8 units) then equals ours.
 */
export function toTubeMap(
  geometry: Geometry,
  labelOf: (id: string) => string,
  unit = geometry.lineWidth / 0.8,
): Converted {
  const labels = new Map(geometry.labels.map((l) => [l.stationId, l]));
  const interchange = new Set(geometry.stations.filter((s) => s.interchange).map((s) => s.id));
  const named = new Set<string>();
  const lines = geometry.lines.flatMap((line) =>
    line.paths.flatMap((path: LinePathGeometry, p): TubeMapLine[] => {
      const snapped = path.points.map((pt) => snap(pt, unit));
      const runs = runsOf(snapped);
      if (runs.length === 0) return [];
      const { nodes, nodeAt } = walk(snapped[0] ?? [0, 0], runs);
      path.stations.forEach((id, s) => {
        const node = nodes[nodeAt[path.stationPoints[s] ?? 0] ?? 0];
        if (!node || node.name !== undefined) return;
        node.name = id;
        node.labelPos = labels.get(id)?.direction ?? 'E';
        if (interchange.has(id)) node.marker = 'interchange';
        named.add(id);
      });
      return [{ name: `${line.id}-${p}`, color: line.color, shiftCoords: [0, 0], nodes }];
    }),
  );
  const stations = Object.fromEntries(
    [...named].map((id) => [id, { label: labels.get(id)?.rows.join('\n') ?? labelOf(id) }]),
  );
  return { data: { stations, lines }, dropped: geometry.stations.length - named.size };
}
