// Where the stations go, and the one routing every layout ends with. Every layout settles
// the stations' grid points first and then routes all edges between them with every station
// fixed (`pinnedRouting`). The picture is thus a function of the positions alone: a re-layout
// that holds every station, a reload with the saved positions and a file that pins every
// station all draw exactly the same thing.
//
// - Fresh, small, unpinned map: reference drawings (embed/reference.ts), one per outer face,
//   each scaled to the grid and climbed on it with crossings priced out (climb-from.ts);
//   routed, they compete with the force-directed candidate below: fewest crossings first,
//   then bends, detours and edge-length spread, and for the closest three the labels left
//   unclear once drawn (`judge`).
// - Fresh, larger or partly pinned map: the screened force layouts, routed and searched
//   (`search` below, layout.ts's bestRouting); its stations' grid points are kept.
// - After an edit (`previous`): held stations stay, only the free ones are placed (hold.ts).
import type { TransitMap } from '../../model/schema.ts';
import type { TransitGraph } from '../graph/graph.ts';
import type { PreviousStation } from '../geometry.ts';
import { referenceLayouts } from '../embed/reference.ts';
import { climbFrom } from '../place/climb/climb-from.ts';
import type { Routing } from '../route/route.ts';
import type { RoutingMemo } from '../route/routing-memo.ts';
import { holdPrevious, pinAll } from './hold.ts';
import { compareScores, scoreCost, scoreRouting, type RoutingScore } from './routing-score.ts';

export interface RoutingStages {
  readonly route: (graph: TransitGraph, rough: Float64Array) => Routing;
  readonly improve: (routing: Routing, graph: TransitGraph) => void;
}

export interface PlanInput {
  readonly map: TransitMap;
  readonly graph: TransitGraph;
  readonly seed: number;
  readonly previous: Readonly<Record<string, PreviousStation>> | undefined;
  readonly stages: RoutingStages;
  /** The routing of a fresh layout by the force-directed search (for maps the reference skips). */
  readonly search: () => Routing;
  readonly memo?: RoutingMemo | undefined;
  /** Whether the layout's time limit has passed (the optional candidate is then skipped). */
  readonly late?: (() => boolean) | undefined;
  /** Labels a routing leaves unclear once drawn (to choose between close candidates). */
  readonly judge?: ((routing: Routing) => number) | undefined;
}

/** Mean edge length of the reference on the grid, in grid units. */
const REFERENCE_LENGTH = 3;

/** The final routing of a layout: stations placed as above, then routed between them. */
export function planRouting(input: PlanInput): Routing {
  const { graph, seed, stages, memo } = input;
  const keep = (g: TransitGraph, compute: () => Routing): Routing =>
    memo ? memo(g, seed, compute) : compute();
  const held = input.previous ? holdPrevious(graph, input.previous) : null;
  if (held) {
    let fixed = held.graph;
    if (held.free.length > 0) {
      const first = stages.route(fixed, held.rough);
      stages.improve(first, fixed);
      fixed = pinAll(fixed, ...gridPoints(first));
    }
    const g = fixed;
    return keep(g, () => pinnedRouting(g, stages));
  }
  if (graph.nodes.length > 0 && graph.nodes.every((node) => node.pin))
    return keep(graph, () => pinnedRouting(graph, stages));
  return keep(graph, () => {
    const searched = pinnedRouting(pinAll(graph, ...gridPoints(input.search())), stages);
    const routings = [searched];
    // Every candidate is routed the same way; the best drawing wins.
    for (const placed of referenceCandidates(input)) {
      if (input.late?.()) break;
      routings.push(pinnedRouting(pinAll(graph, ...placed), stages));
    }
    // One candidate (a big map) needs no judging: scoring a dense map's routes takes seconds.
    if (routings.length === 1) return searched;
    const candidates = routings.map((routing) => ({
      routing,
      score: scoreRouting(graph, routing),
    }));
    return bestCandidate(candidates, input);
  });
}

/** Candidates whose labels are placed to judge them (the best by their routing alone). */
const JUDGED = 3;
/** A label that cannot be set clear of lines, markers and other labels, in bends. */
const UNCLEAR_LABEL = 6;

interface Candidate {
  readonly routing: Routing;
  readonly score: RoutingScore;
}

/**
 * The candidate with the fewest crossings; among those, the best by bends, detours and
 * spread, plus — for the few best, where the layout can afford it — its unclear labels.
 */
function bestCandidate(candidates: readonly Candidate[], input: PlanInput): Routing {
  const ranked = [...candidates].sort((a, b) => compareScores(a.score, b.score));
  const first = ranked[0] as Candidate;
  const judge = input.judge;
  if (!judge || ranked.length === 1) return first.routing;
  const contenders = ranked.filter((c) => c.score.crossings === first.score.crossings);
  let best = first;
  let bestCost = Infinity;
  for (const c of contenders.slice(0, JUDGED)) {
    if (input.late?.()) break;
    const cost = scoreCost(c.score) + UNCLEAR_LABEL * judge(c.routing);
    if (cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  return best.routing;
}

/** Every station pinned: route between the pins, then the local search (in place). */
export function pinnedRouting(graph: TransitGraph, stages: RoutingStages): Routing {
  const rough = new Float64Array(graph.nodes.length * 2);
  graph.nodes.forEach((node, i) => {
    rough[i * 2] = node.pin?.x ?? 0;
    rough[i * 2 + 1] = node.pin?.y ?? 0;
  });
  const routing = stages.route(graph, rough);
  stages.improve(routing, graph);
  return routing;
}

function gridPoints(routing: Routing): [Int32Array, Int32Array] {
  return [
    Int32Array.from(routing.point, (p) => routing.grid.gx(p)),
    Int32Array.from(routing.point, (p) => routing.grid.gy(p)),
  ];
}

/**
 * Reference drawings tried, one per outer face (the longest faces first). Eight gave the same
 * drawings as four on every map of the slide bench but one (at twice the time).
 */
const REFERENCE_CANDIDATES = 4;

/** The reference drawings on the grid; none where they do not apply (pins, size). */
function* referenceCandidates(input: PlanInput): Generator<[Int32Array, Int32Array]> {
  const { map, graph } = input;
  if (graph.nodes.some((node) => node.pin)) return;
  const n = graph.nodes.length;
  const options = { linkLength: REFERENCE_LENGTH };
  for (const reference of referenceLayouts(graph, options, REFERENCE_CANDIDATES)) {
    const rough = scaleTo(graph, reference.positions, REFERENCE_LENGTH);
    const p = climbFrom(map, rough, {
      targetLength: REFERENCE_LENGTH,
      sweeps: 6,
      startRadius: 3,
      // A crossing is never worth it; a turn of a line costs more than in the plain climb.
      weights: { cross: 1000, bend: 8 },
    });
    yield [
      Int32Array.from({ length: n }, (_, i) => p[i * 2] as number),
      Int32Array.from({ length: n }, (_, i) => p[i * 2 + 1] as number),
    ];
    if (input.late?.()) return;
  }
}

/** The positions scaled about the origin so that the mean edge is `length` long. */
function scaleTo(graph: TransitGraph, p: Float64Array, length: number): Float64Array {
  let sum = 0;
  for (const e of graph.edges)
    sum += Math.hypot(
      (p[e.a * 2] as number) - (p[e.b * 2] as number),
      (p[e.a * 2 + 1] as number) - (p[e.b * 2 + 1] as number),
    );
  const mean = sum / Math.max(1, graph.edges.length);
  const k = mean > 0 ? length / mean : 1;
  return p.map((v) => v * k);
}
