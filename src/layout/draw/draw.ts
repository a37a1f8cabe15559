// Stage 5: drawing. Each line runs at a constant offset from the centre of every edge it
// uses (its index in the edge's order × spacing), with mitred corners; where its offset
// changes at a station it jogs at 45°. Interchanges get one capsule across the bundle.
import type { LineGeometry, LinePathGeometry, Point, StationGeometry } from '../geometry.ts';
import type { TransitGraph } from '../graph/graph.ts';
import { normal, offsetInterior, simplify, unit, type Vec } from './offset.ts';
import { joinShapes, resolveStation, type JoinShape, type StationPass } from './station-joins.ts';
import { crossingsNear, fitCapsule, type Piece } from './station-marker.ts';

const OCTILINEAR_AXES: readonly Vec[] = [
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: Math.SQRT1_2, y: Math.SQRT1_2 },
  { x: Math.SQRT1_2, y: -Math.SQRT1_2 },
];

export interface DrawInput {
  readonly graph: TransitGraph;
  /** Pixel position of each node. */
  readonly position: readonly Point[];
  /** Grid position of each node. */
  readonly gridPos: readonly { gx: number; gy: number }[];
  /** Pixel polyline of each edge from a to b (simplified, endpoints at the stations). */
  readonly edgePoints: readonly Point[][];
  /** Lines of each edge from left to right, looking from a towards b. */
  readonly order: readonly number[][];
  /** Each bundle's shift off its edge's centre, in line spacings right of a→b (0: centred). */
  readonly shift?: readonly number[];
  readonly lineSpacing: number;
  readonly lineWidth: number;
  /**
   * Whether the layout is past its time limit: from then on, joins at the stations not yet
   * resolved keep their plain shapes (no search for shapes that overlap less).
   */
  readonly late?: (() => boolean) | undefined;
}

export interface Drawing {
  readonly stations: StationGeometry[];
  readonly lines: LineGeometry[];
}

interface Leg {
  points: Point[]; // travel order
  offset: number; // to the right of the travel direction
}

function legOf(input: DrawInput, from: number, to: number, line: number): Leg | null {
  const g = input.graph;
  const e = g.edgeIndex.get(from < to ? `${from},${to}` : `${to},${from}`);
  if (e === undefined) return null;
  const pts = input.edgePoints[e] ?? [];
  const order = input.order[e] ?? [];
  const k = order.length;
  const i = Math.max(0, order.indexOf(line));
  const o = (i - (k - 1) / 2 + (input.shift?.[e] ?? 0)) * input.lineSpacing;
  const forward = (g.edges[e]?.a ?? from) === from;
  return forward ? { points: pts, offset: o } : { points: [...pts].reverse(), offset: -o };
}

function firstDir(leg: Leg): Vec {
  return unit(leg.points[0] as Point, (leg.points[1] ?? leg.points[0]) as Point);
}

function lastDir(leg: Leg): Vec {
  const n = leg.points.length;
  return unit((leg.points[n - 2] ?? leg.points[0]) as Point, leg.points[n - 1] as Point);
}

interface PathPlan {
  readonly line: number;
  readonly path: readonly number[];
  readonly legs: Leg[];
  readonly closed: boolean;
  /** The join at each stop (a closed path's last stop shares the first one's). */
  readonly joins: (StationPass | null)[];
}

/** Legs of a path and the shapes its join may take at each stop. */
function planPath(input: DrawInput, line: number, path: readonly number[]): PathPlan {
  const legs: Leg[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const leg = legOf(input, path[i] as number, path[i + 1] as number, line);
    legs.push(leg ?? { points: [], offset: 0 });
  }
  const closed = path.length > 2 && path[0] === path[path.length - 1];
  const joins: (StationPass | null)[] = [];
  for (let i = 0; i < path.length; i++) {
    if (closed && i === path.length - 1) {
      joins.push(joins[0] ?? null);
      continue;
    }
    const inLeg = i > 0 ? legs[i - 1] : closed ? legs[legs.length - 1] : undefined;
    const outLeg = i < legs.length ? legs[i] : closed ? legs[0] : undefined;
    const s = input.position[path[i] as number] as Point;
    const hasIn = inLeg !== undefined && inLeg.points.length > 1;
    const hasOut = outLeg !== undefined && outLeg.points.length > 1;
    const reachIn = hasIn ? lastLength(inLeg) / 2 : 0;
    const reachOut = hasOut ? firstLength(outLeg) / 2 : 0;
    let shapes: JoinShape[];
    let inFar: Point | null = null;
    let outFar: Point | null = null;
    if (hasIn) {
      const u = lastDir(inLeg);
      const n = normal(u);
      inFar = {
        x: s.x + n.x * inLeg.offset - u.x * reachIn,
        y: s.y + n.y * inLeg.offset - u.y * reachIn,
      };
    }
    if (hasOut) {
      const u = firstDir(outLeg);
      const n = normal(u);
      outFar = {
        x: s.x + n.x * outLeg.offset + u.x * reachOut,
        y: s.y + n.y * outLeg.offset + u.y * reachOut,
      };
    }
    if (hasIn && hasOut) {
      shapes = joinShapes(
        s,
        lastDir(inLeg),
        inLeg.offset,
        firstDir(outLeg),
        outLeg.offset,
        input.lineSpacing,
        reachIn,
        reachOut,
      );
    } else if (hasOut) {
      const n = normal(firstDir(outLeg));
      shapes = [
        { points: [{ x: s.x + n.x * outLeg.offset, y: s.y + n.y * outLeg.offset }], centre: 0 },
      ];
    } else if (hasIn) {
      const n = normal(lastDir(inLeg));
      shapes = [
        { points: [{ x: s.x + n.x * inLeg.offset, y: s.y + n.y * inLeg.offset }], centre: 0 },
      ];
    } else {
      shapes = [{ points: [s], centre: 0 }];
    }
    joins.push({ line, shapes, inFar, outFar, chosen: 0 });
  }
  return { line, path, legs, closed, joins };
}

function lastLength(leg: Leg): number {
  const n = leg.points.length;
  const a = leg.points[n - 2] as Point;
  const b = leg.points[n - 1] as Point;
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function firstLength(leg: Leg): number {
  const a = leg.points[0] as Point;
  const b = leg.points[1] as Point;
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function drawPath(input: DrawInput, plan: PathPlan): LinePathGeometry {
  const { path, legs, closed } = plan;
  const points: Point[] = [];
  const stationPoints: number[] = [];
  for (let i = 0; i < path.length; i++) {
    const pass = plan.joins[i];
    const shape = pass?.shapes[pass.chosen] ?? {
      points: [input.position[path[i] as number] as Point],
      centre: 0,
    };
    let jp = shape.points;
    let centre = shape.centre;
    if (closed && i === 0) {
      jp = jp.slice(centre);
      centre = 0;
    } else if (closed && i === path.length - 1) {
      jp = jp.slice(0, centre + 1);
    }
    stationPoints.push(points.length + centre);
    points.push(...jp);
    if (i < legs.length) {
      const leg = legs[i] as Leg;
      if (leg.points.length > 2) points.push(...offsetInterior(leg.points, leg.offset));
    }
  }
  const names = path.map((n) => input.graph.nodes[n]?.id ?? '');
  return { stations: names, points, stationPoints };
}

export function drawLines(input: DrawInput): LineGeometry[] {
  const plans = input.graph.lines.map((line) =>
    line.paths.map((path) => planPath(input, line.index, path)),
  );
  // Every line's join at each station, so that joins can keep off each other.
  const atNode: StationPass[][] = input.graph.nodes.map(() => []);
  for (const linePlans of plans) {
    for (const plan of linePlans) {
      plan.joins.forEach((pass, i) => {
        if (!pass || (plan.closed && i === plan.path.length - 1)) return;
        atNode[plan.path[i] as number]?.push(pass);
      });
    }
  }
  for (const passes of atNode) {
    if (input.late?.()) break;
    resolveStation(passes, input.lineWidth / 2);
  }
  return input.graph.lines.map((line, li) => ({
    id: line.id,
    color: line.color,
    paths: (plans[li] ?? []).map((plan) => drawPath(input, plan)),
  }));
}

export function drawStations(input: DrawInput, lines: readonly LineGeometry[]): StationGeometry[] {
  const g = input.graph;
  const drawn: Point[][] = g.nodes.map(() => []);
  const pieces: Piece[][] = g.nodes.map(() => []);
  const r = input.lineWidth * 0.9 + 1.5;
  /** How far from an interchange of `count` lines a crossing may lie and still be covered. */
  const reachOf = (count: number): number => (input.lineSpacing * count) / 2 + r;
  const byId = new Map(g.nodes.map((n) => [n.id, n.index]));
  lines.forEach((line, li) => {
    for (const path of line.paths) {
      path.stations.forEach((id, i) => {
        const u = byId.get(id);
        const k = path.stationPoints[i] ?? -1;
        const p = path.points[k];
        if (u === undefined || !p) return;
        drawn[u]?.push(p);
        const count = g.nodes[u]?.lines.length ?? 0;
        if (count < 2) return;
        // The line's drawn pieces from the previous stop to the next that come near the
        // station, for the capsule fit.
        const s = input.position[u] as Point;
        const near = reachOf(count);
        const from = path.stationPoints[i - 1] ?? k;
        const to = path.stationPoints[i + 1] ?? k;
        for (let j = from + 1; j <= to; j++) {
          const a = path.points[j - 1] as Point;
          const b = path.points[j] as Point;
          if (
            Math.min(a.x, b.x) > s.x + near ||
            Math.max(a.x, b.x) < s.x - near ||
            Math.min(a.y, b.y) > s.y + near ||
            Math.max(a.y, b.y) < s.y - near
          )
            continue;
          pieces[u]?.push({ line: li, a, b });
        }
      });
    }
  });
  return g.nodes.map((node) => {
    const s = input.position[node.index] as Point;
    const grid = input.gridPos[node.index] ?? { gx: 0, gy: 0 };
    const lineIds = node.lines.map((l) => g.lines[l]?.id ?? '');
    const interchange = node.lines.length >= 2;
    let marker: StationGeometry['marker'] = { kind: 'dot', r: input.lineWidth * 0.75 + 1.5 };
    if (interchange) {
      const axis = bundleAxis(input, node.index);
      const reach = reachOf(node.lines.length);
      // Past the time limit, the plain capsule across the bundle.
      const fit = input.late?.()
        ? null
        : fitCapsule(
            s,
            [axis, ...OCTILINEAR_AXES.filter((v) => Math.abs(v.x * axis.y - v.y * axis.x) > 1e-6)],
            drawn[node.index] ?? [],
            crossingsNear(s, pieces[node.index] ?? [], reach),
            // A crossing under the capsule or its rim, as the quality measure has it.
            r + input.lineWidth / 2 - 0.25,
            r - input.lineWidth / 2,
          );
      const spread = fit ? Math.hypot(fit.b.x - fit.a.x, fit.b.y - fit.a.y) : 0;
      marker =
        fit && spread > 1e-6
          ? { kind: 'capsule', a: fit.a, b: fit.b, r }
          : {
              kind: 'capsule',
              a: {
                x: s.x - (axis.x * input.lineSpacing) / 2,
                y: s.y - (axis.y * input.lineSpacing) / 2,
              },
              b: {
                x: s.x + (axis.x * input.lineSpacing) / 2,
                y: s.y + (axis.y * input.lineSpacing) / 2,
              },
              r,
            };
    }
    return {
      id: node.id,
      x: s.x,
      y: s.y,
      grid: node.pin ? { gx: node.pin.x, gy: node.pin.y } : { gx: grid.gx, gy: grid.gy },
      lines: lineIds,
      interchange,
      pinned: node.pin !== undefined,
      marker,
    };
  });
}

/** Across the busiest edge at a station: the axis an interchange capsule lies on. */
function bundleAxis(input: DrawInput, node: number): Vec {
  const g = input.graph;
  let best = -1;
  let bestCount = -1;
  for (const e of g.nodes[node]?.edges ?? []) {
    const c = g.edges[e]?.lines.length ?? 0;
    if (c > bestCount) {
      bestCount = c;
      best = e;
    }
  }
  const pts = input.edgePoints[best];
  if (!pts || pts.length < 2) return { x: 0, y: 1 };
  const edge = g.edges[best];
  const u =
    edge?.a === node
      ? unit(pts[0] as Point, pts[1] as Point)
      : unit(pts[pts.length - 1] as Point, pts[pts.length - 2] as Point);
  return normal(u);
}

export { simplify };
