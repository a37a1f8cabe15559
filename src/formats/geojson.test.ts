// LOOM's GeoJSON line graph: export, import, the round trip on every bundled map, bad input.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layout.ts';
import { linePaths } from '../model/line-paths.ts';
import { loadText } from '../model/load.ts';
import type { TransitMap } from '../model/schema.ts';
import { DEGREES_PER_PIXEL, exportGeoJson, toLoomGraph } from './geojson-export.ts';
import { importGeoJson } from './geojson-import.ts';

const root = join(import.meta.dirname, '..', '..');
const bundledMaps = readdirSync(join(root, 'maps'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => loadText(readFileSync(join(root, 'maps', f), 'utf8')).maps);

/** A path in a form that does not depend on its direction (or, for a loop, its start). */
function canonical(path: readonly string[]): string {
  const loop = path.length > 2 && path[0] === path[path.length - 1];
  const variants: string[][] = [];
  const base = loop ? path.slice(0, -1) : [...path];
  for (const seq of [base, [...base].reverse()]) {
    if (!loop) variants.push(seq);
    else for (let i = 0; i < seq.length; i++) variants.push([...seq.slice(i), ...seq.slice(0, i)]);
  }
  return variants.map((v) => v.join(' ')).sort()[0] as string;
}
const pathsOf = (map: Pick<TransitMap, 'lines'>) =>
  Object.fromEntries(map.lines.map((l) => [l.id, linePaths(l).map(canonical).sort()]));

/** Each line's connections (consecutive stops, either way round) and where its paths end. */
const trackOf = (map: Pick<TransitMap, 'lines'>) =>
  Object.fromEntries(
    map.lines.map((l) => {
      const edges = new Set<string>();
      const ends = new Map<string, number>();
      for (const path of linePaths(l)) {
        for (let i = 1; i < path.length; i++) edges.add([path[i - 1], path[i]].sort().join('~'));
      }
      // A station's degree on the line: the ends of a branching line are its degree-1 stops.
      for (const e of edges) for (const s of e.split('~')) ends.set(s, (ends.get(s) ?? 0) + 1);
      const termini = [...ends].filter(([, d]) => d === 1).map(([s]) => s);
      return [l.id, { edges: [...edges].sort(), termini: termini.sort() }];
    }),
  );

const small: TransitMap = {
  kind: 'map',
  id: 'tiny',
  title: 'Tiny',
  zones: [],
  lines: [
    { id: 'red', label: 'Red', color: '#f00', stops: ['a', 'b', 'c'] },
    { id: 'blue', label: 'Blue', color: '#0000ff', stops: [['b', 'c']] },
  ],
  stations: [
    { id: 'a', label: 'Alpha' },
    { id: 'b', label: 'Beta' },
    { id: 'c', label: 'Gamma' },
  ],
};

describe('GeoJSON export', () => {
  it('writes a node per station and an edge per connection, lines listed on each', () => {
    const geometry = layoutMap(small);
    const graph = toLoomGraph(small, geometry);
    const nodes = graph.features.filter((f) => f.geometry.type === 'Point');
    const edges = graph.features.filter((f) => f.geometry.type === 'LineString');
    expect(nodes.map((n) => n.properties)).toEqual([
      { id: 'a', station_id: 'a', station_label: 'Alpha' },
      { id: 'b', station_id: 'b', station_label: 'Beta' },
      { id: 'c', station_id: 'c', station_label: 'Gamma' },
    ]);
    expect(edges.map((e) => e.properties)).toEqual([
      { from: 'a', to: 'b', lines: [{ id: 'red', label: 'Red', color: 'ff0000' }] },
      {
        from: 'b',
        to: 'c',
        lines: [
          { id: 'red', label: 'Red', color: 'ff0000' },
          { id: 'blue', label: 'Blue', color: '0000ff' },
        ],
      },
    ]);
    // Our layout's positions, in degrees, north up.
    const b = geometry.stations.find((s) => s.id === 'b');
    const nodeB = nodes[1];
    expect(nodeB?.geometry.coordinates[0]).toBeCloseTo((b?.x ?? NaN) * DEGREES_PER_PIXEL, 6);
    expect(nodeB?.geometry.coordinates[1]).toBeCloseTo(-(b?.y ?? NaN) * DEGREES_PER_PIXEL, 6);
    // Each edge starts and ends at its nodes' coordinates.
    const ab = edges[0]?.geometry.coordinates ?? [];
    expect(ab[0]).toEqual(nodes[0]?.geometry.coordinates);
    expect(ab[ab.length - 1]).toEqual(nodeB?.geometry.coordinates);
  });

  it.each(bundledMaps.map((m) => [m.id, m] as const))(
    '%s: export then import keeps stations, labels, lines, their order, branches and colours',
    (_, map) => {
      const text = exportGeoJson(map, layoutMap(map));
      const back = importGeoJson(text, { id: map.id, title: map.title });
      expect(back.problems).toEqual([]);
      const imported = back.map;
      if (!imported) throw new Error('no map');
      expect(imported.stations.map((s) => [s.id, s.label]).sort()).toEqual(
        map.stations
          .filter((s) => map.lines.some((l) => linePaths(l).flat().includes(s.id)))
          .map((s) => [s.id, s.label])
          .sort(),
      );
      // LOOM's format has no order of lines: they come back in order of first appearance.
      expect(imported.lines.map((l) => [l.id, l.label, l.color]).sort()).toEqual(
        map.lines
          .map((l) => [l.id, l.label, l.color.length === 4 ? expand(l.color) : l.color])
          .sort(),
      );
      // A line graph keeps each line's track, not how a branching line was split into paths:
      // every connection and every end comes back, and a line of one path comes back whole.
      expect(trackOf(imported)).toEqual(trackOf(map));
      const single = (m: Pick<TransitMap, 'lines'>) =>
        Object.fromEntries(
          Object.entries(pathsOf(m)).filter(
            ([id]) =>
              linePaths(
                map.lines.find((l) => l.id === id) ?? { id, label: '', color: '#000', stops: [] },
              ).length === 1,
          ),
        );
      expect(single(imported)).toEqual(single(map));
      // And the YAML loads as a map in the app.
      const loaded = loadText(back.yaml ?? '');
      expect(loaded.problems).toEqual([]);
      expect(loaded.maps[0]?.stations).toHaveLength(imported.stations.length);
    },
  );
});

const expand = (c: string) => `#${[...c.slice(1)].map((d) => d + d).join('')}`;

// A LOOM-style graph: a junction node without station_id (n3: degree 4), a pass-through node
// without station_id (n4: degree 2), a branch of line 2 towards D.
const LOOM = `{
  "type": "FeatureCollection",
  "features": [
    { "type": "Feature", "geometry": { "type": "Point", "coordinates": [9.1, 48.7] },
      "properties": { "id": "n1", "station_id": "de:1", "station_label": "Hauptbahnhof" } },
    { "type": "Feature", "geometry": { "type": "Point", "coordinates": [9.2, 48.7] },
      "properties": { "id": "n2", "station_id": "de:2", "station_label": "Nordbahnhof" } },
    { "type": "Feature", "geometry": { "type": "Point", "coordinates": [9.15, 48.75] },
      "properties": { "id": "n3" } },
    { "type": "Feature", "geometry": { "type": "Point", "coordinates": [9.15, 48.8] },
      "properties": { "id": "n4" } },
    { "type": "Feature", "geometry": { "type": "Point", "coordinates": [9.15, 48.85] },
      "properties": { "id": "n5", "station_id": "de:5", "station_label": "Zoo" } },
    { "type": "Feature", "geometry": { "type": "Point", "coordinates": [9.3, 48.75] },
      "properties": { "id": 6, "station_id": 6, "station_label": "Messe" } },
    { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [[9.1, 48.7], [9.15, 48.75]] },
      "properties": { "from": "n1", "to": "n3", "lines": [{ "id": "U1", "label": "U1", "color": "e2001a" }] } },
    { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [[9.2, 48.7], [9.15, 48.75]] },
      "properties": { "from": "n2", "to": "n3", "lines": [{ "id": "U2", "label": "U2", "color": "#0A64B4" }] } },
    { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [[9.15, 48.75], [9.15, 48.8]] },
      "properties": { "from": "n3", "to": "n4", "lines": [{ "id": "U1" }, { "id": "U2" }] } },
    { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [[9.15, 48.8], [9.15, 48.85]] },
      "properties": { "from": "n4", "to": "n5", "lines": [{ "id": "U1" }, { "id": "U2" }] } },
    { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [[9.15, 48.75], [9.3, 48.75]] },
      "properties": { "from": "n3", "to": 6, "lines": [{ "id": "U2" }] } }
  ]
}`;

describe('GeoJSON import', () => {
  it('keeps a junction as a station, passes through degree-2 nodes, rebuilds branches', () => {
    const result = importGeoJson(LOOM, { id: 'stuttgart', title: 'Stuttgart' });
    expect(result.problems).toEqual([]);
    expect(result.map).toEqual({
      kind: 'map',
      id: 'stuttgart',
      title: 'Stuttgart',
      lines: [
        { id: 'u1', label: 'U1', color: '#e2001a', stops: ['de-1', 'n3', 'de-5'] },
        {
          id: 'u2',
          label: 'U2',
          color: '#0a64b4',
          stops: [
            ['de-2', 'n3', 'de-5'],
            ['n3', '6'],
          ],
        },
      ],
      stations: [
        { id: 'de-1', label: 'Hauptbahnhof' },
        { id: 'n3', label: 'n3' },
        { id: 'de-5', label: 'Zoo' },
        { id: 'de-2', label: 'Nordbahnhof' },
        { id: '6', label: 'Messe' },
      ],
    });
    const loaded = loadText(result.yaml ?? '');
    expect(loaded.problems).toEqual([]);
    expect(loaded.maps[0]?.lines.map((l) => l.id)).toEqual(['u1', 'u2']);
  });

  it('refuses what is not a FeatureCollection, at its place', () => {
    const result = importGeoJson('[1, 2]', { id: 'x', title: 'x' });
    expect(result.map).toBeNull();
    expect(result.problems).toMatchObject([
      {
        severity: 'error',
        line: 1,
        column: 1,
        message: expect.stringContaining('FeatureCollection'),
      },
    ]);
    const typed = importGeoJson('{\n  "type": "Feature"\n}', { id: 'x', title: 'x' });
    expect(typed.problems).toMatchObject([
      { line: 2, message: expect.stringContaining('"Feature"') },
    ]);
  });

  it('names an edge to a missing node and a line without id, with their lines', () => {
    const broken = LOOM.replace('"to": 6,', '"to": "n9",').replace(
      '{ "id": "U1" }, { "id": "U2" }',
      '{ "id": "U1" }, { "label": "U2" }',
    );
    const result = importGeoJson(broken, { id: 'x', title: 'x' });
    expect(result.map).toBeNull();
    expect(result.yaml).toBeNull();
    const lineOf = (needle: string) => broken.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(result.problems).toMatchObject([
      {
        severity: 'error',
        line: lineOf('{ "label": "U2" }'),
        message: 'line 1 of edge (LineString feature 8) has no "id"; every line needs one',
      },
      {
        severity: 'error',
        line: lineOf('"n9"'),
        message: expect.stringContaining('goes to node "n9", which no Point feature declares'),
      },
    ]);
  });

  it('reports JSON syntax errors with their line', () => {
    const result = importGeoJson('{\n  "type": "FeatureCollection",\n  "features": [\n}', {
      id: 'x',
      title: 'x',
    });
    expect(result.map).toBeNull();
    expect(result.problems[0]?.severity).toBe('error');
    expect(result.problems[0]?.line).toBeGreaterThan(1);
  });

  it('warns about an unreadable colour and draws the line grey', () => {
    const result = importGeoJson(LOOM.replace('"e2001a"', '"red"'), { id: 'x', title: 'x' });
    expect(result.map?.lines[0]?.color).toBe('#777777');
    expect(result.problems).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('"U1"') },
    ]);
  });
});
