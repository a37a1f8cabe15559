// Labels for presentation mode's larger text: placed again on the finished drawing, each
// beside its own station, none over another, no more over lines than on the map itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../model/load.ts';
import type { TransitMap } from '../../model/schema.ts';
import { generateMetroMap } from '../generate-map.ts';
import type { Geometry, StationGeometry } from '../geometry.ts';
import { layoutMap } from '../layout.ts';
import { labelOverlaps } from '../measure/test-checks.ts';
import { markerAxis, markerRectDistance } from './label-geometry.ts';
import { labelsAtScale, sizesFor } from './labels-at-scale.ts';

/** Presentation mode's label size over the map's. */
const SCALE = 17 / 12;
/** How far (map pixels) a label's box may lie from its station's marker: one em on stage. */
const NEAR = 17;

function bundled(name: string): TransitMap {
  const text = readFileSync(new URL(`../../../maps/${name}.yaml`, import.meta.url), 'utf8');
  const map = loadText(text).maps[0];
  if (!map) throw new Error(`${name} did not load`);
  return map;
}

/** Each label's distance from its station's marker, by station id. */
function distances(g: Geometry): Map<string, number> {
  const byId = new Map(g.stations.map((s) => [s.id, s]));
  return new Map(
    g.labels.map((l) => {
      const s = byId.get(l.stationId) as StationGeometry;
      const { x, y, width, height } = l.box;
      return [l.stationId, markerRectDistance(markerAxis(s), x, y, x + width, y + height)];
    }),
  );
}

const kinds = (g: Geometry) => {
  const found = labelOverlaps(g);
  return {
    labelLabel: found.filter((f) => / \/ label /.test(f)),
    labelStation: found.filter((f) => / \/ station /.test(f)),
    labelLine: found.filter((f) => / \/ line /.test(f)),
  };
};

const maps: [string, () => TransitMap][] = [
  ['ml-system', () => bundled('ml-system')],
  ['ml-workflow', () => bundled('ml-workflow')],
  ['a generated 100-station map', () => generateMetroMap({ stations: 100, lines: 8, seed: 7 })],
];

describe.each(maps)('labels at presentation scale: %s', (_, load) => {
  const map = load();
  const normal = layoutMap(map);
  const { geometry: big, hidden } = labelsAtScale(normal, SCALE, undefined, map);

  it('moves no station and no line, and draws no leader', () => {
    expect(big.stations).toBe(normal.stations);
    expect(big.lines).toBe(normal.lines);
    expect(big.labels.filter((l) => l.leader)).toEqual([]);
  });

  it('sets every label larger than the map does, never smaller', () => {
    for (const l of big.labels) {
      expect(l.fontSize).toBeGreaterThanOrEqual(12 - 1e-9);
      expect(l.fontSize).toBeLessThanOrEqual(17 + 1e-9);
    }
    const full = big.labels.filter((l) => Math.abs(l.fontSize - 17) < 1e-9).length;
    expect(full).toBeGreaterThan(big.labels.length / 2);
  });

  it('keeps every label beside its station', () => {
    const far = [...distances(big)].filter(([, d]) => d > NEAR);
    expect(far).toEqual([]);
  });

  it('overlaps no label and no other station, and covers no more lines than the map', () => {
    const now = kinds(big);
    expect(now.labelLabel).toEqual([]);
    expect(now.labelStation).toEqual([]);
    expect(now.labelLine.length).toBeLessThanOrEqual(kinds(normal).labelLine.length);
  });

  it('accounts for every station: a label shown, or its name hidden', () => {
    const shown = big.labels.map((l) => l.stationId);
    expect([...shown, ...hidden].sort()).toEqual(normal.stations.map((s) => s.id).sort());
    // Hiding is the exception: a name that no spot beside its station has room for. How many
    // follows the drawing's density (ml-system today: 6 of 30, where the map itself has three
    // labels over lines; 3 to 4 on earlier drawings).
    expect(hidden.length).toBeLessThanOrEqual(Math.ceil(normal.stations.length * 0.2));
  });

  it('keeps every label and zone name inside the bounds', () => {
    const b = big.bounds;
    const inside = (r: { x: number; y: number; width: number; height: number }) =>
      r.x >= b.x &&
      r.y >= b.y &&
      r.x + r.width <= b.x + b.width &&
      r.y + r.height <= b.y + b.height;
    expect(big.labels.filter((l) => !inside(l.box))).toEqual([]);
    expect(big.zones.filter((z) => !inside(z.labelBox))).toEqual([]);
    for (const z of big.zones) expect(z.fontSize).toBeGreaterThan(normal.zones[0]?.fontSize ?? 0);
  });

  it('is deterministic', () => {
    expect(labelsAtScale(normal, SCALE, undefined, map)).toEqual({ geometry: big, hidden });
  });
});

describe('labelsAtScale on small and bad input', () => {
  const dot = (id: string, x: number, y: number): StationGeometry => ({
    id,
    x,
    y,
    grid: { gx: x / 30, gy: y / 30 },
    lines: ['l'],
    interchange: false,
    pinned: false,
    marker: { kind: 'dot', r: 4.5 },
  });
  const straight = (points: [number, number][]) => ({
    id: 'l',
    color: '#000',
    paths: [{ stations: [], points: points.map(([x, y]) => ({ x, y })), stationPoints: [] }],
  });
  const base = (stations: StationGeometry[], lines = [straight([[0, 0]])]): Geometry => ({
    stations,
    lines,
    labels: [],
    zones: [],
    bounds: { x: 0, y: 0, width: 1, height: 1 },
    gridSize: 30,
    lineSpacing: 6,
    lineWidth: 4,
  });

  it('leaves the drawing as it is for a scale that is not a positive number', () => {
    const g = layoutMap(bundled('ml-workflow'));
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(labelsAtScale(g, scale)).toEqual({ geometry: g, hidden: [] });
    const empty = base([]);
    expect(labelsAtScale(empty, SCALE).geometry).toBe(empty);
  });

  it('names a station without a drawn label from `names`, or by its id', () => {
    const g = base([dot('a', 0, 0), dot('b', 300, 0)]);
    const { geometry } = labelsAtScale(g, SCALE, new Map([['a', 'Alpha <b>']]));
    const rows = new Map(geometry.labels.map((l) => [l.stationId, l.rows.join(' ')]));
    expect(rows).toEqual(
      new Map([
        ['a', 'Alpha <b>'],
        ['b', 'b'],
      ]),
    );
    expect(geometry.bounds.width).toBeGreaterThan(300);
  });

  it('hides a name boxed in by lines on every side rather than set it adrift', () => {
    // Lines 9 px above, below, left and right of the station: no box beside it is clear.
    const cage = [
      straight([
        [-200, -9],
        [200, -9],
      ]),
      straight([
        [-200, 9],
        [200, 9],
      ]),
      straight([
        [-9, -200],
        [-9, 200],
      ]),
      straight([
        [9, -200],
        [9, 200],
      ]),
    ];
    const g = base([dot('boxed', 0, 0), dot('free', 400, 400)], cage);
    const { geometry, hidden } = labelsAtScale(g, SCALE, new Map([['boxed', 'Feature store']]));
    expect(hidden).toEqual(['boxed']);
    expect(geometry.labels.map((l) => l.stationId)).toEqual(['free']);
  });

  it('offers smaller sizes down to the map’s own, never below', () => {
    expect(sizesFor(17 / 12).map((s) => s.factor)).toEqual([1, 0.88, 0.77, 1 / (17 / 12)]);
    expect(sizesFor(1.1).map((s) => s.factor)).toEqual([1, 1 / 1.1]);
    expect(sizesFor(1).map((s) => s.factor)).toEqual([1]);
    expect(sizesFor(0.5).map((s) => s.factor)).toEqual([1]);
    const costs = sizesFor(17 / 12).map((s) => s.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });
});
