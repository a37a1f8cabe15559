// Stage 2: rough positions. A seeded d3-force simulation, ticked by hand, places the
// stations so that neighbours sit about `linkLength` grid units apart, stations of a
// zone gather, and pinned stations stay exactly where the map puts them.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { findChains } from '../graph/chains.ts';
import { edgeKey, type TransitGraph } from '../graph/graph.ts';
import { lcg } from './random.ts';
import { allPairs, STRESS_MAX_NODES, stressRefine } from './stress.ts';
import { untangle, type TangleGraph } from './untangle.ts';

/** Pixels per grid unit inside the simulation (d3-force's defaults suit this scale). */
const SCALE = 30;

interface SimNode extends SimulationNodeDatum {
  /** The graph node (d3 overwrites `index` with the array position). */
  node: number;
  zone: number;
  /** How many stations this node stands for (itself plus half of its chains). */
  mass: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  length: number;
  /** Lines along the chain this link stands for. */
  lines: number;
}

export interface RoughOptions {
  readonly seed: number;
  /** Preferred distance between neighbouring stations, in grid units. */
  readonly linkLength: number;
  /** Number of ticks; defaults to a count that keeps large maps fast. */
  readonly ticks?: number;
  /**
   * Untangling (untangle.ts): 'after' the simulation and stress refinement (the default);
   * 'during' also at 70% of the ticks, so that the last ticks and the refinement start from
   * fewer crossings; or 'none'.
   */
  readonly untangle?: 'none' | 'after' | 'during';
}

/** Returns rough positions in grid units, one per node, as [x0, y0, x1, y1, ...]. */
export function roughPositions(graph: TransitGraph, options: RoughOptions): Float64Array {
  const n = graph.nodes.length;
  const out = new Float64Array(n * 2);
  if (n === 0) return out;
  const L = options.linkLength * SCALE;
  // Contract degree-2 chains: simulate junctions and chain middles only.
  const chains = findChains(graph);
  const kept = new Uint8Array(n);
  const pairs = new Map<string, number>();
  for (const c of chains) {
    const a = c.nodes[0] as number;
    const b = c.nodes[c.nodes.length - 1] as number;
    kept[a] = kept[b] = 1;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  for (const c of chains) {
    const a = c.nodes[0] as number;
    const b = c.nodes[c.nodes.length - 1] as number;
    const interior = c.nodes.length - 2;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (interior >= 1 && (a === b || (pairs.get(key) ?? 0) > 1 || interior >= 3)) {
      kept[c.nodes[Math.floor(c.nodes.length / 2)] as number] = 1;
    }
  }
  const zoneIds = new Map<string, number>();
  const simIndex = new Int32Array(n).fill(-1);
  const nodes: SimNode[] = [];
  for (const node of graph.nodes) {
    if (!kept[node.index] && node.edges.length > 0) continue;
    let zone = -1;
    if (node.zone !== undefined) {
      zone = zoneIds.get(node.zone) ?? zoneIds.size;
      zoneIds.set(node.zone, zone);
    }
    const sim: SimNode = { node: node.index, zone, mass: 1 };
    if (node.pin) {
      sim.fx = simulatedPin(node.pin.x) * SCALE;
      sim.fy = simulatedPin(node.pin.y) * SCALE;
      sim.x = sim.fx;
      sim.y = sim.fy;
    }
    simIndex[node.index] = nodes.length;
    nodes.push(sim);
  }
  // Links between consecutive kept nodes along each chain.
  const links: SimLink[] = [];
  for (const c of chains) {
    let last = 0;
    for (let i = 1; i < c.nodes.length; i++) {
      const u = c.nodes[i] as number;
      if (!kept[u]) continue;
      const s = simIndex[c.nodes[last] as number] as number;
      const t = simIndex[u] as number;
      const steps = i - last;
      // In large maps busy junctions need room for all their edges: lengthen the links
      // between them (measured: fewer crossings and label clashes from ~150 stations up).
      const busy = (u: number): number => Math.max(0, (graph.nodes[u]?.edges.length ?? 2) - 2);
      const stretch = n > 150 ? 1 + 0.12 * Math.min(6, busy(c.nodes[last] as number) + busy(u)) : 1;
      const lines =
        graph.edges[
          graph.edgeIndex.get(edgeKey(c.nodes[last] as number, c.nodes[last + 1] as number)) ?? -1
        ]?.lines.length ?? 1;
      if (s !== t) links.push({ source: s, target: t, length: steps * L * stretch, lines });
      const extra = (steps - 1) / 2;
      (nodes[s] as SimNode).mass += extra;
      (nodes[t] as SimNode).mass += extra;
      last = i;
    }
  }
  initialPositions(nodes, links, lcg(options.seed * 7919 + 13));
  const ticks = options.ticks ?? defaultTicks(nodes.length);
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(lcg(options.seed))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .distance((l) => l.length)
        .strength(0.7),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength((d) => -L * 0.8 * Math.sqrt(d.mass))
        .distanceMax(L * 8)
        .theta(0.9),
    )
    .force('x', forceX<SimNode>(0).strength(0.004))
    .force('y', forceY<SimNode>(0).strength(0.004))
    .force('zones', zoneForce(nodes, zoneIds.size, 0.015))
    .stop();
  const tangle = tangleGraph(nodes, links);
  const untangling = options.untangle ?? 'after';
  if (untangling === 'during') {
    const first = Math.round(ticks * 0.7);
    sim.tick(first);
    untangleNodes(nodes, tangle, L);
    sim.tick(ticks - first);
  } else {
    sim.tick(ticks);
  }
  const m = nodes.length;
  if (m >= 3 && m <= STRESS_MAX_NODES) {
    const pos = new Float64Array(m * 2);
    const fixed = new Uint8Array(m);
    nodes.forEach((node, i) => {
      pos[i * 2] = node.x ?? 0;
      pos[i * 2 + 1] = node.y ?? 0;
      fixed[i] = node.fx != null ? 1 : 0;
    });
    const D = allPairs(
      m,
      links.map((l) => ({ s: sourceIndex(l), t: targetIndex(l), length: l.length })),
    );
    let far = 0;
    for (const d of D) if (d !== Infinity && d > far) far = d;
    stressRefine(pos, D, m, fixed, m <= 60 ? 80 : m <= 200 ? 40 : 25, far + 2 * L);
    nodes.forEach((node, i) => {
      node.x = pos[i * 2] as number;
      node.y = pos[i * 2 + 1] as number;
    });
  }
  // Last, whatever the refinement left crossed (measured on the bench maps: 1000 stations
  // 308 -> 131 crossings, 100 stations 15 -> 9, the real networks fewer or as many).
  if (untangling !== 'none') untangleNodes(nodes, tangle, L);
  for (const node of nodes) {
    out[node.node * 2] = finiteOr(node.x, node.fx) / SCALE;
    out[node.node * 2 + 1] = finiteOr(node.y, node.fy) / SCALE;
  }
  // Spread each chain's other stations evenly between the kept ones.
  for (const c of chains) {
    let last = 0;
    for (let i = 1; i < c.nodes.length; i++) {
      const u = c.nodes[i] as number;
      if (!kept[u]) continue;
      const a = c.nodes[last] as number;
      for (let j = last + 1; j < i; j++) {
        const t = (j - last) / (i - last);
        const v = c.nodes[j] as number;
        out[v * 2] = (out[a * 2] as number) * (1 - t) + (out[u * 2] as number) * t;
        out[v * 2 + 1] = (out[a * 2 + 1] as number) * (1 - t) + (out[u * 2 + 1] as number) * t;
      }
      last = i;
    }
  }
  return out;
}

/**
 * A pin as the simulation sees it: to a millionth of a grid unit. Pins a denormal apart
 * (1e-300) have a squared distance of 0 but a nonzero offset, and d3-force's link force then
 * divides by that zero distance: NaN spreads to every station (a fuzzed map found it). The
 * drawn position still uses the exact pin.
 */
function simulatedPin(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** A simulated coordinate, or where the node is pinned, or 0: never NaN or infinite. */
function finiteOr(v: number | undefined, fixed: number | null | undefined): number {
  if (v !== undefined && Number.isFinite(v)) return v;
  return fixed != null && Number.isFinite(fixed) ? fixed : 0;
}

function sourceIndex(l: SimLink): number {
  return typeof l.source === 'object' ? (l.source.index ?? 0) : Number(l.source);
}

function targetIndex(l: SimLink): number {
  return typeof l.target === 'object' ? (l.target.index ?? 0) : Number(l.target);
}

/** The simulated nodes and links as untangle.ts sees them. */
function tangleGraph(nodes: readonly SimNode[], links: readonly SimLink[]): TangleGraph {
  const k = links.length;
  const ea = new Int32Array(k);
  const eb = new Int32Array(k);
  const length = new Float64Array(k);
  const weight = new Float64Array(k);
  const incident: number[][] = nodes.map(() => []);
  links.forEach((l, i) => {
    const s = sourceIndex(l);
    const t = targetIndex(l);
    ea[i] = s;
    eb[i] = t;
    length[i] = l.length;
    weight[i] = Math.max(1, l.lines);
    incident[s]?.push(i);
    incident[t]?.push(i);
  });
  const fixed = new Uint8Array(nodes.length);
  nodes.forEach((node, i) => {
    fixed[i] = node.fx != null ? 1 : 0;
  });
  return { n: nodes.length, ea, eb, length, weight, incident, fixed };
}

/** Untangles the simulated positions in place (stations kept 0.6 of a link apart). */
function untangleNodes(nodes: SimNode[], tangle: TangleGraph, linkLength: number): void {
  if (nodes.length < 4) return;
  const pos = new Float64Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    pos[i * 2] = finiteOr(node.x, node.fx);
    pos[i * 2 + 1] = finiteOr(node.y, node.fy);
  });
  if (untangle(tangle, pos, linkLength * 0.6) === 0) return;
  nodes.forEach((node, i) => {
    if (node.fx != null) return;
    node.x = pos[i * 2] as number;
    node.y = pos[i * 2 + 1] as number;
    node.vx = 0;
    node.vy = 0;
  });
}

function defaultTicks(n: number): number {
  if (n <= 150) return 160;
  if (n <= 400) return 120;
  return Math.max(70, Math.round(120 * Math.sqrt(400 / n)));
}

/** Breadth-first placement on a spiral: neighbours start near each other. */
function initialPositions(nodes: SimNode[], links: readonly SimLink[], random: () => number): void {
  const adj: number[][] = nodes.map(() => []);
  for (const l of links) {
    adj[l.source as number]?.push(l.target as number);
    adj[l.target as number]?.push(l.source as number);
  }
  const order: number[] = [];
  const seen = new Uint8Array(nodes.length);
  for (let s = 0; s < nodes.length; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q] as number;
      order.push(u);
      for (const v of adj[u] ?? []) {
        if (!seen[v]) {
          seen[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  const golden = Math.PI * (3 - Math.sqrt(5));
  const turn = random() * Math.PI * 2;
  // The seed also picks which station starts in the middle.
  if (order.length > 1) {
    const k = Math.floor(random() * Math.min(order.length, 8));
    const [first] = order.splice(k, 1);
    order.unshift(first as number);
  }
  order.forEach((u, i) => {
    const node = nodes[u];
    if (!node || node.fx != null) return;
    const r = SCALE * Math.sqrt(0.5 + i) * 2;
    node.x = r * Math.cos(i * golden + turn) + (random() - 0.5) * SCALE;
    node.y = r * Math.sin(i * golden + turn) + (random() - 0.5) * SCALE;
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
