// The bundled maps and solutions hold together: every file loads without problems against the
// bundled maps (so every station a solution names is on its map), every solution is drawn over
// a bundled map, and every tool has a solution on at least two maps, under the same id, name,
// link and colour everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from './load.ts';
import { formatProblem } from './problem.ts';
import type { Solution } from './schema.ts';

const root = join(import.meta.dirname, '..', '..');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry.name) && !entry.name.includes('.broken.') ? [path] : [];
    })
    .sort();
const files = yamlFiles(join(root, 'maps'));
const read = (path: string) => readFileSync(path, 'utf8');
const maps = files.flatMap((f) => loadText(read(f)).maps);
const loaded = files.map((file) => ({
  name: relative(root, file),
  result: loadText(read(file), { maps }),
}));
const solutions: Solution[] = loaded.flatMap((l) => [...l.result.solutions]);

const stationOf = (claim: Solution['covers'][number]) =>
  typeof claim === 'string' ? claim : claim.station;

describe('bundled maps and solutions', () => {
  it('include the system, workflow and organisation maps', () => {
    expect(maps.map((m) => m.id).sort()).toEqual(['ml-organization', 'ml-system', 'ml-workflow']);
  });

  it.each(loaded.map((l) => [l.name, l.result] as const))('%s loads without problems', (_, r) => {
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.maps.length + r.solutions.length + r.requirements.length).toBeGreaterThan(0);
  });

  it('every solution is drawn over a bundled map and names only its stations', () => {
    const unknown = solutions.flatMap((s) => {
      const map = maps.find((m) => m.id === s.map);
      if (!map) return [`${s.id}: no map "${s.map}"`];
      const ids = new Set(map.stations.map((st) => st.id));
      return s.covers
        .map(stationOf)
        .flatMap((id) => (ids.has(id) ? [] : [`${s.id}@${s.map}: ${id}`]));
    });
    expect(unknown).toEqual([]);
  });

  it('every partial claim says why in a note', () => {
    const bare = solutions.flatMap((s) =>
      s.covers.flatMap((c) =>
        typeof c !== 'string' && c.level === 'partial' && !c.note?.trim()
          ? [`${s.id}@${s.map}: ${c.station}`]
          : [],
      ),
    );
    expect(bare).toEqual([]);
  });

  it('no solution names a station twice, and no map holds a tool twice', () => {
    const repeated = solutions.flatMap((s) => {
      const ids = s.covers.map(stationOf);
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${s.id}@${s.map}: ${id}`);
    });
    expect(repeated).toEqual([]);
    const keys = solutions.map((s) => `${s.map}/${s.id}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('every solution id exists on at least two maps', () => {
    const mapsOf = new Map<string, Set<string>>();
    for (const s of solutions) mapsOf.set(s.id, (mapsOf.get(s.id) ?? new Set()).add(s.map));
    const single = [...mapsOf]
      .filter(([, on]) => on.size < 2)
      .map(([id, on]) => `${id}: ${[...on]}`);
    expect(single).toEqual([]);
    expect(mapsOf.size).toBeGreaterThanOrEqual(15);
  });

  it('the same tool has the same name, link and colour on every map', () => {
    const differing = solutions.flatMap((s) => {
      const first = solutions.find((o) => o.id === s.id) as Solution;
      const same = first.name === s.name && first.url === s.url && first.color === s.color;
      return same ? [] : [`${s.id}@${s.map}`];
    });
    expect(differing).toEqual([]);
  });
});

describe('the organisation map', () => {
  const map = maps.find((m) => m.id === 'ml-organization');

  it('has 14–20 teams in departments, each described, with short labels', () => {
    expect(map).toBeDefined();
    expect(map?.stations.length).toBeGreaterThanOrEqual(14);
    expect(map?.stations.length).toBeLessThanOrEqual(20);
    expect(map?.zones.length).toBeGreaterThanOrEqual(4);
    expect(map?.stations.every((s) => s.zone !== undefined)).toBe(true);
    expect(map?.stations.every((s) => (s.description ?? '').length > 20)).toBe(true);
    expect(map?.stations.filter((s) => s.label.length > 24).map((s) => s.label)).toEqual([]);
  });

  it('puts every team on a line', () => {
    const onLine = new Set(map?.lines.flatMap((l) => l.stops.flat()));
    expect(map?.stations.filter((s) => !onLine.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});
