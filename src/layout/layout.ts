// The automatic layout: TransitMap + options → Geometry. Pure and deterministic.
// Pipeline (after octi and LOOM): graph → rough positions (seeded d3-force) → octilinear
// routing on a grid (+ local search) → line ordering → drawing → labels → zones.
import type { TransitMap } from '../model/schema.ts';
import type {
  Geometry,
  LabelGeometry,
  LayoutOptions,
  LineGeometry,
  Point,
  StationGeometry,
} from './geometry.ts';
import { buildGraph, type TransitGraph } from './graph/graph.ts';
import { roughPositions } from './place/force.ts';
import { climbFrom } from './place/climb/climb-from.ts';
import { planRouting } from './stable/positions.ts';
import { layoutNotes, timeLimit } from './stable/notes.ts';
import { routeGraph, type Routing } from './route/route.ts';
import { improveRouting } from './route/improve.ts';
import { orderLines } from './order/order.ts';
import { bundleShifts } from './order/shift.ts';
import { drawLines, drawStations, type DrawInput } from './draw/draw.ts';
import { simplify } from './draw/offset.ts';
import { placeLabelsCounted } from './labels/labels.ts';
import { drawZones } from './zones/zones.ts';
import { zoneFontSize } from './zones/zone-labels.ts';
import type { RoutingMemo } from './route/routing-memo.ts';
import { drawnBounds } from './geom/drawn-bounds.ts';
import { segmentsCross } from './geom/segment.ts';

export const DEFAULTS = {
  seed: 1,
  lineSpacing: 6,
  lineWidth: 4,
  fontSize: 12,
  minGridSize: 30,
  /** Preferred distance between neighbouring stations in the rough layout, in grid units. */
  linkLength: 2.8,
} as const;

/**
 * The stages of the pipeline that layoutMap runs, replaceable so that a test can make one
 * fail and check the fallback (`layoutMapWith`); the app always uses `STAGES`.
 */
export interface LayoutStages {
  readonly rough: typeof roughPositions;
  readonly route: typeof routeGraph;
  readonly improve: typeof improveRouting;
  readonly order: typeof orderLines;
}

export const STAGES: LayoutStages = {
  rough: roughPositions,
  route: routeGraph,
  improve: improveRouting,
  order: orderLines,
};

export function layoutMap(map: TransitMap, options: LayoutOptions = {}): Geometry {
  return layoutMapWith(map, options, STAGES);
}

/**
 * layoutMap with the given stages. A stage that throws on some unforeseen input does not
 * take the map down: the layout starts again in its simple form (stations in rows in
 * breadth-first order, one routing without local search, lines in map order), which is
 * valid — octilinear, pins honoured — if plainer. With a `memo` (the live editor's worker), a
 * routing already found for a graph of the same shape is reused (`routing-memo.ts`).
 */
export function layoutMapWith(
  map: TransitMap,
  options: LayoutOptions,
  stages: LayoutStages,
  memo?: RoutingMemo,
  progress: Progress = () => undefined,
): Geometry {
  const graph = buildGraph(map);
  progress(0.02);
  try {
    return finish(map, options, graph, stages, false, memo, progress);
  } catch (error) {
    // Said out loud (the worker's console), or a bug would hide behind the plain layout.
    console.warn('layout: a stage failed; drawing the plain fallback layout', error);
    return finish(map, options, buildGraph(map), stages, true);
  }
}

/**
 * Hears how far a layout has come, as a share of the work (0–1), at the end of each stage: a
 * big map's stages take seconds, and the page says so.
 */
export type Progress = (share: number) => void;

/** The share of a layout done when each stage ends (measured on big maps, roughly). */
const DONE_AT = { routing: 0.45, lines: 0.6, stations: 0.7, labels: 0.92 } as const;

function finish(
  map: TransitMap,
  options: LayoutOptions,
  graph: TransitGraph,
  stages: LayoutStages,
  simple: boolean,
  memo?: RoutingMemo,
  progress: Progress = () => undefined,
): Geometry {
  const seed = options.seed ?? DEFAULTS.seed;
  const lineSpacing = positive(options.lineSpacing, DEFAULTS.lineSpacing);
  const lineWidth = positive(options.lineWidth, DEFAULTS.lineWidth);
  const fontSize = positive(options.fontSize, DEFAULTS.fontSize);
  const maxBundle = graph.edges.reduce((m, e) => Math.max(m, e.lines.length), 1);
  const gridSize = positive(
    options.gridSize,
    Math.max(DEFAULTS.minGridSize, Math.ceil((maxBundle + 1.5) * lineSpacing + lineWidth)),
  );

  const clock = timeLimit(options.timeLimit);
  const sizes = { gridSize, lineSpacing, lineWidth, fontSize, late: clock.late };
  const draw = (routing: Routing, ordered: boolean, heard?: Progress) =>
    drawAndLabel(graph, routing, ordered ? stages.order(graph, routing) : null, sizes, heard);
  const routing = simple
    ? routeGraph(graph, rowPositions(graph, DEFAULTS.linkLength))
    : planRouting({
        map,
        graph,
        seed,
        previous: options.previous,
        stages,
        search: () => bestRouting(map, graph, seed, stages, clock.late),
        memo,
        late: clock.late,
        judge: (candidate) => draw(candidate, true).unclear,
      });
  progress(DONE_AT.routing);
  const { lines, stations, labels } = draw(routing, !simple, progress);
  const zones = drawZones(map, stations, lines, labels, {
    gridSize,
    fontSize: zoneFontSize(fontSize),
    lineWidth,
  });

  return {
    stations,
    lines,
    labels,
    zones,
    bounds: drawnBounds({ stations, lines, labels, zones, gridSize }, fontSize),
    gridSize,
    lineSpacing,
    lineWidth,
    notes: layoutNotes(graph, routing, simple, clock.cut()),
  };
}

interface Sizes {
  readonly gridSize: number;
  readonly lineSpacing: number;
  readonly lineWidth: number;
  readonly fontSize: number;
  /**
   * Whether the layout is past its time limit: what is left of the drawing is done plainly
   * (joins at stations keep their first shapes; labels keep off markers and each other but
   * not off lines): on a dense map those two are what take the time.
   */
  readonly late?: (() => boolean) | undefined;
}

/** Lines, stations and labels drawn from a routing (lines in map order without `order`). */
function drawAndLabel(
  graph: TransitGraph,
  routing: Routing,
  order: number[][] | null,
  sizes: Sizes,
  progress: Progress = () => undefined,
): {
  lines: LineGeometry[];
  stations: StationGeometry[];
  labels: LabelGeometry[];
  unclear: number;
} {
  const { gridSize, lineSpacing, lineWidth, fontSize, late } = sizes;
  const input = drawInput(graph, routing, gridSize, lineSpacing, lineWidth);
  const full: DrawInput = order
    ? { ...input, order, shift: bundleShifts(graph, routing, order), late }
    : { ...input, order: graph.edges.map((e) => [...e.lines]), late };
  const lines = drawLines(full);
  progress(DONE_AT.lines);
  const stations = drawStations(full, lines);
  progress(DONE_AT.stations);
  const texts = graph.nodes.map((n) => n.label);
  const placed = placeLabelsCounted(stations, texts, lines, { fontSize, lineWidth, late });
  progress(DONE_AT.labels);
  return { lines, stations, labels: placed.labels, unclear: placed.unclear };
}

/** Largest map that gets several rough layouts and the grid hill climb. */
const SEARCH_MAX_NODES = 80;
/** Force ticks of each of those rough layouts (measured on the bundled maps: 80 ticks gave
 * the default map 5 crossings instead of 11, at half the time of 160). */
const SEARCH_TICKS = 80;

/**
 * The routing. Small maps: several rough layouts (cheap), screened by how often their
 * straight edges cross; the best two are routed, and the cheaper one (fewest bends,
 * detours, crossings) is polished by a bounded hill climb on grid positions
 * (place/climb/climb-from.ts) and routed again. If that routing is no cheaper, the first
 * one gets the routing's local search instead. Large or pinned maps: one rough layout,
 * routed and searched. Deterministic throughout.
 */
function bestRouting(
  map: TransitMap,
  graph: TransitGraph,
  seed: number,
  stages: LayoutStages,
  late: () => boolean = () => false,
): Routing {
  const n = graph.nodes.length;
  const search = n <= SEARCH_MAX_NODES && !graph.nodes.some((node) => node.pin);
  const tries = !search ? 1 : n <= 40 ? 8 : 4;
  const routed = Math.min(tries, 2);
  const roughs: { rough: Float64Array; score: number; k: number }[] = [];
  for (let k = 0; k < tries; k++) {
    if (k > 0 && late()) break;
    const rough = stages.rough(graph, {
      seed: seed + k * 101,
      linkLength: DEFAULTS.linkLength,
      // Half the usual ticks: eight quicker layouts screened beat four slow ones.
      ...(search ? { ticks: SEARCH_TICKS } : {}),
      ...untangling(search, n),
    });
    roughs.push({ rough, score: tries > routed ? straightCrossings(graph, rough) : 0, k });
  }
  roughs.sort((x, y) => x.score - y.score || x.k - y.k);
  let routing: Routing | undefined;
  let roughBest: Float64Array | undefined;
  let best = Infinity;
  for (const { rough } of roughs.slice(0, routed)) {
    if (routing && late()) break;
    const candidate = stages.route(graph, rough);
    const total = routingCost(candidate);
    if (!routing || total < best) {
      best = total;
      routing = candidate;
      roughBest = rough;
    }
  }
  if (!routing || !roughBest) throw new Error('unreachable: at least one routing is tried');
  if (search && !late()) {
    const climbed = stages.route(
      graph,
      climbFrom(map, roughBest, { targetLength: 3, sweeps: 3, startRadius: 2 }),
    );
    if (routingCost(climbed) < best) return climbed;
  }
  if (!late()) stages.improve(routing, graph);
  return routing;
}

/**
 * How the rough layout is untangled (untangle.ts). The maps that get eight screened layouts
 * are left alone (on the bundled maps untangling gave as many crossings or more, and labels
 * that touch lines); the rest are untangled after the simulation, and the middle-sized maps
 * with only four screened layouts also during it. Measured on generated maps of 45-80
 * stations (generated-50: 2 crossings -> 0) and of 90-1000 stations (generated-100: 15 -> 9).
 */
function untangling(search: boolean, n: number): { untangle: 'none' | 'after' | 'during' } {
  if (!search) return { untangle: 'after' };
  return { untangle: n <= 40 ? 'none' : 'during' };
}

const routingCost = (routing: Routing): number => routing.cost.reduce((s, c) => s + c, 0);

/** Pairs of edges (weighted by their lines) whose straight segments cross. */
function straightCrossings(graph: TransitGraph, p: Float64Array): number {
  const x = (u: number): number => p[u * 2] as number;
  const y = (u: number): number => p[u * 2 + 1] as number;
  const edges = graph.edges;
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i] as TransitGraph['edges'][number];
    for (let j = i + 1; j < edges.length; j++) {
      const f = edges[j] as TransitGraph['edges'][number];
      if (e.a === f.a || e.a === f.b || e.b === f.a || e.b === f.b) continue;
      if (segmentsCross(x(e.a), y(e.a), x(e.b), y(e.b), x(f.a), y(f.a), x(f.b), y(f.b)))
        count += e.lines.length * f.lines.length;
    }
  }
  return count;
}

/** The fallback's rough positions: stations in rows, in breadth-first order. */
export function rowPositions(graph: TransitGraph, spacing: number): Float64Array {
  const n = graph.nodes.length;
  const out = new Float64Array(n * 2);
  const cols = Math.max(1, Math.ceil(Math.sqrt(n * 1.6)));
  const seen = new Uint8Array(n);
  let k = 0;
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q] as number;
      out[u * 2] = (k % cols) * spacing;
      out[u * 2 + 1] = Math.floor(k / cols) * spacing;
      k++;
      for (const e of graph.nodes[u]?.edges ?? []) {
        const edge = graph.edges[e];
        const v = edge ? (edge.a === u ? edge.b : edge.a) : u;
        if (!seen[v]) {
          seen[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  return out;
}

function positive(v: number | undefined, fallback: number): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : fallback;
}

function drawInput(
  graph: TransitGraph,
  routing: Routing,
  gridSize: number,
  lineSpacing: number,
  lineWidth: number,
): Omit<DrawInput, 'order'> {
  const { grid, point } = routing;
  const gridPos = graph.nodes.map((n) => {
    const p = point[n.index] as number;
    return { gx: grid.gx(p), gy: grid.gy(p) };
  });
  const position: Point[] = graph.nodes.map((n, i) => {
    if (n.pin) return { x: n.pin.x * gridSize, y: n.pin.y * gridSize };
    const g = gridPos[i] as { gx: number; gy: number };
    return { x: g.gx * gridSize, y: g.gy * gridSize };
  });
  const edgePoints = graph.edges.map((e, i) => {
    const path = routing.paths[i] ?? [];
    const pts = path.map((p) => ({ x: grid.gx(p) * gridSize, y: grid.gy(p) * gridSize }));
    if (pts.length === 0) return [position[e.a] as Point, position[e.b] as Point];
    pts[0] = position[e.a] as Point;
    pts[pts.length - 1] = position[e.b] as Point;
    return simplify(pts);
  });
  return { graph, position, gridPos, edgePoints, lineSpacing, lineWidth };
}
