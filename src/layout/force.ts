// Stage 2: rough positions. A seeded d3-force simulation, ticked by hand, places the
// stations so that neighbours sit about `linkLength` grid units apart, stations of a
// zone gather, and pinned stations stay exactly where the map puts them.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { TransitGraph } from './graph.ts';
import { lcg } from './random.ts';

/** Pixels per grid unit inside the simulation (d3-force's defaults suit this scale). */
const SCALE = 30;

interface SimNode extends SimulationNodeDatum {
  index: number;
  zone: number;
}

export interface RoughOptions {
  readonly seed: number;
  /** Preferred distance between neighbouring stations, in grid units. */
  readonly linkLength: number;
  /** Number of ticks; defaults to a count that keeps large maps fast. */
  readonly ticks?: number;
}

/** Returns rough positions in grid units, one per node, as [x0, y0, x1, y1, ...]. */
export function roughPositions(graph: TransitGraph, options: RoughOptions): Float64Array {
  const n = graph.nodes.length;
  const out = new Float64Array(n * 2);
  if (n === 0) return out;
  const zoneIds = new Map<string, number>();
  const nodes: SimNode[] = graph.nodes.map((node) => {
    let zone = -1;
    if (node.zone !== undefined) {
      zone = zoneIds.get(node.zone) ?? zoneIds.size;
      zoneIds.set(node.zone, zone);
    }
    const sim: SimNode = { index: node.index, zone };
    if (node.pin) {
      sim.fx = node.pin.x * SCALE;
      sim.fy = node.pin.y * SCALE;
      sim.x = sim.fx;
      sim.y = sim.fy;
    }
    return sim;
  });
  initialPositions(graph, nodes);
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((e) => ({
    source: e.a,
    target: e.b,
  }));
  const ticks = options.ticks ?? defaultTicks(n);
  const L = options.linkLength * SCALE;
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(lcg(options.seed))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.index)
        .distance(L)
        .strength(0.9),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(-L * 0.9)
        .distanceMax(L * 6)
        .theta(0.9),
    )
    .force('collide', forceCollide<SimNode>(L * 0.45).strength(0.7))
    .force('zones', zoneForce(nodes, zoneIds.size, 0.08))
    .stop();
  sim.tick(ticks);
  for (const node of nodes) {
    out[node.index * 2] = (node.x ?? 0) / SCALE;
    out[node.index * 2 + 1] = (node.y ?? 0) / SCALE;
  }
  return out;
}

function defaultTicks(n: number): number {
  if (n <= 150) return 260;
  if (n <= 400) return 200;
  return Math.max(80, Math.round(200 * Math.sqrt(400 / n)));
}

/** Breadth-first placement on a spiral: neighbours start near each other. */
function initialPositions(graph: TransitGraph, nodes: SimNode[]): void {
  const order: number[] = [];
  const seen = new Uint8Array(nodes.length);
  for (let s = 0; s < nodes.length; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q] as number;
      order.push(u);
      for (const e of graph.nodes[u]?.edges ?? []) {
        const edge = graph.edges[e];
        if (!edge) continue;
        const v = edge.a === u ? edge.b : edge.a;
        if (!seen[v]) {
          seen[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  const golden = Math.PI * (3 - Math.sqrt(5));
  order.forEach((u, i) => {
    const node = nodes[u];
    if (!node || node.fx != null) return;
    const r = SCALE * Math.sqrt(0.5 + i) * 1.2;
    node.x = r * Math.cos(i * golden);
    node.y = r * Math.sin(i * golden);
  });
}

/** Pulls each station towards the current centre of its zone. */
function zoneForce(nodes: SimNode[], zoneCount: number, strength: number) {
  const cx = new Float64Array(zoneCount);
  const cy = new Float64Array(zoneCount);
  const count = new Float64Array(zoneCount);
  return (alpha: number) => {
    if (zoneCount === 0) return;
    cx.fill(0);
    cy.fill(0);
    count.fill(0);
    for (const node of nodes) {
      if (node.zone < 0) continue;
      cx[node.zone] = (cx[node.zone] ?? 0) + (node.x ?? 0);
      cy[node.zone] = (cy[node.zone] ?? 0) + (node.y ?? 0);
      count[node.zone] = (count[node.zone] ?? 0) + 1;
    }
    for (const node of nodes) {
      if (node.zone < 0 || node.fx != null) continue;
      const c = count[node.zone] ?? 1;
      const k = strength * alpha;
      node.vx = (node.vx ?? 0) + ((cx[node.zone] ?? 0) / c - (node.x ?? 0)) * k;
      node.vy = (node.vy ?? 0) + ((cy[node.zone] ?? 0) / c - (node.y ?? 0)) * k;
    }
  };
}
