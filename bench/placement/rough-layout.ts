// Step (a): rough positions from a seeded d3-force simulation, ticked by hand. Stations of a
// zone pull towards their zone's centre; zones start on an ellipse so they begin apart.
// Pinned stations are fixed. Output in grid units, scaled so the mean edge is `target`.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { PlacementGraph } from '../../src/layout/place/climb/placement-graph.ts';
import { lcg } from './seeded-random.ts';
import { stressLayout } from './stress-layout.ts';

const SCALE = 30;
const ASPECT = 1.6;
const STRESS_MAX = 1500;

interface Node extends SimulationNodeDatum {
  zone: number;
}

export function roughLayout(
  g: PlacementGraph,
  seed: number,
  target: number,
): { x: Float64Array; y: Float64Array } {
  const random = lcg(seed);
  const x = new Float64Array(g.n);
  const y = new Float64Array(g.n);
  const spread = Math.sqrt(g.n) * target;
  for (let i = 0; i < g.n; i++) {
    const p = g.pin[i];
    x[i] = p ? p.x : (random() - 0.5) * spread * ASPECT;
    y[i] = p ? p.y : (random() - 0.5) * spread;
  }
  if (g.n <= STRESS_MAX) stressLayout(g, x, y, target, g.n > 300 ? 60 : 150);
  const nodes: Node[] = g.ids.map((_, i) => {
    const node: Node = {
      zone: g.zone[i] as number,
      x: (x[i] as number) * SCALE,
      y: (y[i] as number) * SCALE,
    };
    if (g.pin[i]) {
      node.fx = node.x;
      node.fy = node.y;
    }
    return node;
  });
  const links: SimulationLinkDatum<Node>[] = [];
  for (let e = 0; e < g.edgeA.length; e++)
    links.push({ source: g.edgeA[e] as number, target: g.edgeB[e] as number });
  const sim = forceSimulation(nodes)
    .randomSource(lcg(seed + 1))
    .force(
      'link',
      forceLink(links)
        .distance(target * SCALE)
        .strength(0.7)
        .iterations(2),
    )
    .force(
      'charge',
      forceManyBody()
        .strength(-60)
        .distanceMax(SCALE * 8),
    )
    .force('collide', forceCollide(SCALE * 0.6))
    .force('x', forceX(0).strength(0.01))
    .force('y', forceY(0).strength(0.01 * ASPECT * ASPECT))
    .force('zone', zoneForce(nodes, g.zoneCount, 0.15))
    .stop();
  if (g.n <= STRESS_MAX) sim.alpha(0.3);
  sim.tick(g.n <= STRESS_MAX ? 80 : 300);
  nodes.forEach((node, i) => {
    x[i] = (node.x ?? 0) / SCALE;
    y[i] = (node.y ?? 0) / SCALE;
  });
  if (!g.pin.some((p) => p)) normalise(g, x, y, target);
  return { x, y };
}

/** Each station drifts towards the current centre of its zone. */
function zoneForce(nodes: Node[], zoneCount: number, strength: number) {
  const cx = new Float64Array(zoneCount);
  const cy = new Float64Array(zoneCount);
  const count = new Float64Array(zoneCount);
  return (alpha: number): void => {
    cx.fill(0);
    cy.fill(0);
    count.fill(0);
    for (const n of nodes) {
      if (n.zone < 0) continue;
      cx[n.zone] = (cx[n.zone] as number) + (n.x ?? 0);
      cy[n.zone] = (cy[n.zone] as number) + (n.y ?? 0);
      count[n.zone] = (count[n.zone] as number) + 1;
    }
    const k = strength * alpha;
    for (const n of nodes) {
      if (n.zone < 0 || n.fx !== undefined) continue;
      const c = count[n.zone] as number;
      n.vx = (n.vx ?? 0) + ((cx[n.zone] as number) / c - (n.x ?? 0)) * k;
      n.vy = (n.vy ?? 0) + ((cy[n.zone] as number) / c - (n.y ?? 0)) * k;
    }
  };
}

/** Stretches towards a landscape aspect and scales so the mean edge is `target` long. */
function normalise(g: PlacementGraph, x: Float64Array, y: Float64Array, target: number): void {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < g.n; i++) {
    minX = Math.min(minX, x[i] as number);
    maxX = Math.max(maxX, x[i] as number);
    minY = Math.min(minY, y[i] as number);
    maxY = Math.max(maxY, y[i] as number);
  }
  const w = Math.max(maxX - minX, 1e-6);
  const h = Math.max(maxY - minY, 1e-6);
  const r = Math.min(2, Math.max(0.5, ASPECT / (w / h)));
  const sx = Math.sqrt(r);
  const sy = 1 / sx;
  for (let i = 0; i < g.n; i++) {
    x[i] = ((x[i] as number) - minX) * sx;
    y[i] = ((y[i] as number) - minY) * sy;
  }
  let total = 0;
  for (let e = 0; e < g.edgeA.length; e++) {
    const a = g.edgeA[e] as number;
    const b = g.edgeB[e] as number;
    total += Math.hypot((x[a] as number) - (x[b] as number), (y[a] as number) - (y[b] as number));
  }
  const mean = g.edgeA.length > 0 ? total / g.edgeA.length : target;
  const s = mean > 1e-9 ? target / mean : 1;
  for (let i = 0; i < g.n; i++) {
    x[i] = (x[i] as number) * s;
    y[i] = (y[i] as number) * s;
  }
}
