// Fuzzing the layout with arbitrary valid maps (fast-check), shapes the metro generator never
// makes: disconnected parts, stations on no line, lines that double back (a, b, a), many lines
// on one edge, pins at the edge of the allowed range, odd labels. Every map that the loader
// accepts must lay out, without throwing, with every station placed, and with bounded work:
// the routing expands a bounded number of search states whatever the map.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMap } from '../model/check-map.ts';
import { hasErrors } from '../model/problem.ts';
import { MAX_COORDINATE, TransitMap } from '../model/schema.ts';
import type { TransitMapInput } from '../model/schema.ts';
import { roughPositions } from './place/force.ts';
import { generateMetroMap } from './generate-map.ts';
import { buildGraph } from './graph/graph.ts';
import { DEFAULTS, layoutMap } from './layout.ts';
import { CLEAN_BUDGET, FALLBACK_WORK, routeGraph } from './route/route.ts';

/**
 * CPU time per layout: a backstop against hangs only, far above what these maps take (under
 * a second each, on a loaded machine); the bound that matters is the routing's work, below.
 * The repros of e2e/fixtures/hostile took 8 s and 5 s before the routing bounded its work.
 */
const HANG_MS = 15_000;
// Thirty maps of up to 24 stations take 10-20 s of CPU; a loaded machine stretches the wall
// clock several-fold, so the properties get a timeout of their own.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const LABELS = [
  'A',
  'Ünïcödé Straße',
  'مرحبا',
  '東京',
  '😀🚇',
  'zero\u200bwidth',
  '<script>alert(1)</script>',
  'x'.repeat(200),
  'Two words '.repeat(19),
];
const label = fc.oneof(fc.constantFrom(...LABELS), fc.string({ minLength: 1, maxLength: 30 }));
const coordinate = fc.oneof(
  fc.integer({ min: -MAX_COORDINATE, max: MAX_COORDINATE }),
  fc.double({ min: -MAX_COORDINATE, max: MAX_COORDINATE, noNaN: true }),
  fc.constantFrom(-MAX_COORDINATE, MAX_COORDINATE, 0, -0),
);

const arbitraryMap: fc.Arbitrary<TransitMapInput> = fc
  .integer({ min: 2, max: 24 })
  .chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `s${i}`);
    const stop = fc.constantFrom(...ids);
    const path = fc
      .array(stop, { minLength: 2, maxLength: 10 })
      .map((p) => p.filter((s, i) => i === 0 || s !== p[i - 1]))
      .filter((p) => p.length >= 2);
    const line = fc.record({
      label,
      stops: fc.oneof(path, fc.array(path, { minLength: 1, maxLength: 3 })),
    });
    return fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 8 }),
      labels: fc.array(label, { minLength: n, maxLength: n }),
      zoneOf: fc.array(fc.option(fc.integer({ min: 0, max: 3 })), { minLength: n, maxLength: n }),
      pins: fc.array(fc.option(fc.record({ x: coordinate, y: coordinate }), { freq: 4 }), {
        minLength: n,
        maxLength: n,
      }),
    });
  })
  .map(({ lines, labels, zoneOf, pins }) => ({
    kind: 'map' as const,
    id: 'fuzz',
    title: 'Fuzz',
    zones: [0, 1, 2, 3].map((i) => ({ id: `z${i}`, label: `Zone ${i}` })),
    lines: lines.map((l, i) => ({
      id: `l${i}`,
      label: l.label,
      color: '#123456',
      stops: l.stops,
    })),
    stations: labels.map((text, i) => {
      const zone = zoneOf[i];
      const pin = pins[i];
      return {
        id: `s${i}`,
        label: text,
        ...(zone !== null && zone !== undefined ? { zone: `z${zone}` } : {}),
        ...(pin ? { position: pin } : {}),
      };
    }),
  }));

/** The map as the loader would accept it, or null (e.g. two pins on one spot). */
function accepted(input: TransitMapInput): TransitMap | null {
  const parsed = TransitMap.safeParse(input);
  if (!parsed.success) return null;
  const problems = checkMap(parsed.data, () => ({ line: 1, column: 1 }));
  return hasErrors(problems) ? null : parsed.data;
}

function layOut(map: TransitMap, seed = 1) {
  const start = cpuMs();
  const geometry = layoutMap(map, { seed });
  expect(cpuMs() - start).toBeLessThan(HANG_MS);
  const placed = new Set(geometry.stations.map((s) => s.id));
  for (const s of map.stations) expect(placed.has(s.id), `station ${s.id} placed`).toBe(true);
  for (const s of geometry.stations)
    expect(Number.isFinite(s.x) && Number.isFinite(s.y)).toBe(true);
  for (const l of geometry.lines)
    for (const p of l.paths)
      expect(p.points.every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
  const b = geometry.bounds;
  expect([b.x, b.y, b.width, b.height].every(Number.isFinite)).toBe(true);
  return geometry;
}

/**
 * The routing's work (search states expanded) for one seed: each edge's clean search is
 * bounded, and all fallback searches of a routing share one budget.
 */
function routingWork(map: TransitMap, seed: number) {
  const graph = buildGraph(map);
  const rough = roughPositions(graph, { seed, linkLength: DEFAULTS.linkLength });
  const routing = routeGraph(graph, rough);
  return { states: routing.scratch.heap.pops, edges: graph.edges.length };
}

/**
 * Fixed by default so that `npm test` is repeatable; FUZZ_SEED=random explores (seed 7 once
 * found layout-crash.json: pins a denormal apart made d3-force divide by a zero distance,
 * the NaN positions sent a direct path on an endless walk and V8 died of the array's size).
 */
const FUZZ_SEED =
  process.env['FUZZ_SEED'] === 'random' ? Date.now() : Number(process.env['FUZZ_SEED'] ?? 1);

/** Maps the property found, each once too slow (8 s, 5 s) or killing the test worker. */
const REPROS = ['layout-hang.json', 'layout-slow.json', 'layout-crash.json'].map((name) => {
  const url = new URL(`../../e2e/fixtures/hostile/${name}`, import.meta.url);
  const { map, seed } = JSON.parse(readFileSync(url, 'utf8')) as { map: unknown; seed: number };
  return { name, map: TransitMap.parse(map), seed };
});

describe('fuzzing the layout', () => {
  it('lays out arbitrary valid maps without throwing, every station placed', () => {
    fc.assert(
      fc.property(arbitraryMap, fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const map = accepted(input);
        fc.pre(map !== null);
        if (map) layOut(map, seed);
      }),
      { numRuns: 30, endOnFailure: true, seed: FUZZ_SEED },
    );
  }, 600_000);

  it('routes arbitrary valid maps with bounded work', () => {
    fc.assert(
      fc.property(arbitraryMap, fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const map = accepted(input);
        fc.pre(map !== null);
        if (!map) return;
        const { states, edges } = routingWork(map, seed);
        expect(states).toBeLessThanOrEqual(edges * CLEAN_BUDGET + FALLBACK_WORK);
      }),
      { numRuns: 20, endOnFailure: true, seed: FUZZ_SEED },
    );
  }, 600_000);

  it.each(REPROS.map((r) => [r.name, r] as const))(
    'lays out %s, spending at most the fallback budget',
    (_, { map, seed }) => {
      layOut(map, seed);
      const { states, edges } = routingWork(map, seed);
      // Before the budget: 0.6 and 3.0 million states, nearly all in fallback searches.
      expect(states).toBeLessThanOrEqual(edges * CLEAN_BUDGET + FALLBACK_WORK);
    },
  );

  it('keeps rough positions finite when pins are a denormal apart (layout-crash.json)', () => {
    const crash = REPROS.find((r) => r.name === 'layout-crash.json');
    if (!crash) throw new Error('repro missing');
    const rough = roughPositions(buildGraph(crash.map), {
      seed: crash.seed,
      linkLength: DEFAULTS.linkLength,
    });
    expect([...rough].every(Number.isFinite)).toBe(true);
  });

  it('lays out generated metro maps of random shape', () => {
    fc.assert(
      fc.property(
        fc.record({
          stations: fc.integer({ min: 2, max: 60 }),
          lines: fc.integer({ min: 1, max: 8 }),
          seed: fc.integer(),
          branches: fc.integer({ min: 0, max: 3 }),
          loops: fc.integer({ min: 0, max: 2 }),
          pinned: fc.integer({ min: 0, max: 8 }),
        }),
        (options) => {
          layOut(generateMetroMap(options));
        },
      ),
      { numRuns: 15, endOnFailure: true },
    );
  });

  it('lays out the corner cases: two pins at opposite corners, one isolated station', () => {
    const map = accepted({
      kind: 'map',
      id: 'corners',
      title: 'Corners',
      lines: [{ id: 'l', label: 'L', color: '#123', stops: ['a', 'b', 'a'] }],
      stations: [
        { id: 'a', label: 'A', position: { x: -MAX_COORDINATE, y: -MAX_COORDINATE } },
        { id: 'b', label: 'B', position: { x: MAX_COORDINATE, y: MAX_COORDINATE } },
        { id: 'c', label: 'Alone' },
      ],
    });
    expect(map).not.toBeNull();
    if (map) layOut(map);
  });
});
