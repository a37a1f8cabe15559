import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../model/load.ts';
import type { TransitMap } from '../../model/schema.ts';
import type { Geometry, PreviousStation } from '../geometry.ts';
import { seededRandom } from '../generate-map.ts';
import { layoutMap } from '../layout.ts';
import { measureQuality } from '../measure/quality.ts';

const load = (file: string): TransitMap => {
  const map = loadText(readFileSync(file, 'utf8')).maps[0];
  if (!map) throw new Error(`${file} did not load`);
  return map;
};

const previousOf = (g: Geometry): Record<string, PreviousStation> =>
  Object.fromEntries(
    g.stations.map((s) => [s.id, { gx: s.grid.gx, gy: s.grid.gy, pinned: s.pinned }]),
  );

/** Stations (other than `except`) whose grid point changed, after removing a common shift. */
function moved(before: Geometry, after: Geometry, except = ''): string[] {
  const a = new Map(before.stations.map((s) => [s.id, s.grid]));
  const shifts = new Map<string, number>();
  for (const s of after.stations) {
    const p = a.get(s.id);
    if (!p || s.id === except) continue;
    const k = `${s.grid.gx - p.gx},${s.grid.gy - p.gy}`;
    shifts.set(k, (shifts.get(k) ?? 0) + 1);
  }
  const [shift] = [...shifts.entries()].sort((x, y) => y[1] - x[1])[0] ?? ['0,0'];
  return after.stations
    .filter((s) => {
      const p = a.get(s.id);
      return p && s.id !== except && `${s.grid.gx - p.gx},${s.grid.gy - p.gy}` !== shift;
    })
    .map((s) => s.id);
}

const withStation = (
  map: TransitMap,
  id: string,
  change: (s: TransitMap['stations'][number]) => TransitMap['stations'][number],
): TransitMap => ({
  ...map,
  stations: map.stations.map((s) => (s.id === id ? change(s) : s)),
});

describe.each(['maps/ml-system.yaml', 'maps/ml-workflow.yaml'])('stable layout of %s', (file) => {
  const map = load(file);
  const first = layoutMap(map);

  it('redraws the same picture from its own positions (a reload)', () => {
    expect(layoutMap(map, { previous: previousOf(first) })).toEqual(first);
  });

  it('moves at most 3 other stations when any station is dragged by two cells, and a reload keeps the result', () => {
    for (const station of map.stations) {
      const at = first.stations.find((s) => s.id === station.id)?.grid ?? { gx: 0, gy: 0 };
      const dragged = withStation(map, station.id, (s) => ({
        ...s,
        position: { x: at.gx + 2, y: at.gy },
      }));
      const after = layoutMap(dragged, { previous: previousOf(first) });
      expect(moved(first, after, station.id).length, station.id).toBeLessThanOrEqual(3);
      expect(after.stations.find((s) => s.id === station.id)?.grid).toEqual({
        gx: at.gx + 2,
        gy: at.gy,
      });
      expect(layoutMap(dragged, { previous: previousOf(after) })).toEqual(after);
    }
  });

  it('moves no station when a label is renamed', () => {
    const id = map.stations[3]?.id ?? '';
    const renamed = withStation(map, id, (s) => ({ ...s, label: `${s.label} (renamed, longer)` }));
    const after = layoutMap(renamed, { previous: previousOf(first) });
    expect(moved(first, after)).toEqual([]);
    expect(after.labels.find((l) => l.stationId === id)?.rows.join(' ')).toContain('renamed');
  });

  it('keeps the others in place when a station is unpinned, and places a new station beside its neighbours', () => {
    const id = map.stations[5]?.id ?? '';
    const at = first.stations.find((s) => s.id === id)?.grid ?? { gx: 0, gy: 0 };
    const pinned = withStation(map, id, (s) => ({ ...s, position: { x: at.gx, y: at.gy } }));
    const pinnedGeometry = layoutMap(pinned, { previous: previousOf(first) });
    const unpinned = layoutMap(map, { previous: previousOf(pinnedGeometry) });
    expect(moved(pinnedGeometry, unpinned, id)).toEqual([]);
    expect(unpinned.stations.find((s) => s.id === id)?.pinned).toBe(false);

    const [a, b] = [map.stations[0]?.id ?? '', map.stations[1]?.id ?? ''];
    const grown: TransitMap = {
      ...map,
      stations: [...map.stations, { id: 'added-station', label: 'Added station' }],
      lines: [
        ...map.lines,
        { id: 'added-line', label: 'Added', color: '#123456', stops: [a, 'added-station', b] },
      ],
    };
    const after = layoutMap(grown, { previous: previousOf(first) });
    expect(moved(first, after)).toEqual([]);
    const p = after.stations.find((s) => s.id === 'added-station')?.grid ?? { gx: 1e9, gy: 1e9 };
    const q = first.stations.find((s) => s.id === a)?.grid ?? { gx: 0, gy: 0 };
    expect(Math.max(Math.abs(p.gx - q.gx), Math.abs(p.gy - q.gy))).toBeLessThanOrEqual(6);
  });
});

describe('layout limits and notes', () => {
  const star = (k: number): TransitMap =>
    ({
      kind: 'map',
      id: 'star',
      title: 'Star',
      zones: [],
      stations: [
        { id: 'hub', label: 'Hub' },
        ...Array.from({ length: k }, (_, i) => ({ id: `s${i}`, label: `Stop ${i}` })),
      ],
      lines: Array.from({ length: k }, (_, i) => ({
        id: `l${i}`,
        label: `L${i}`,
        color: '#336699',
        stops: ['hub', `s${i}`],
      })),
    }) as TransitMap;

  it('draws a station of degree 9 and says why it cannot be clean', () => {
    const g = layoutMap(star(9));
    expect(g.stations).toHaveLength(10);
    expect(g.notes?.some((n) => n.includes('"hub"') && n.includes('9'))).toBe(true);
  });

  it('draws pins that force a crossing, and pins on one spot, with notes', () => {
    const square: TransitMap = {
      kind: 'map',
      id: 'sq',
      title: 'Crossed pins',
      zones: [],
      stations: [
        { id: 'a', label: 'A', position: { x: 0, y: 0 } },
        { id: 'b', label: 'B', position: { x: 6, y: 6 } },
        { id: 'c', label: 'C', position: { x: 6, y: 0 } },
        { id: 'd', label: 'D', position: { x: 0, y: 6 } },
        { id: 'e', label: 'E', position: { x: 0, y: 6 } },
      ],
      lines: [
        { id: 'x', label: 'X', color: '#aa0000', stops: ['a', 'b'] },
        { id: 'y', label: 'Y', color: '#0000aa', stops: ['c', 'd', 'e'] },
      ],
    } as TransitMap;
    const g = layoutMap(square);
    expect(g.stations).toHaveLength(5);
    expect(g.notes?.some((n) => n.includes('same grid point'))).toBe(true);
    expect(g.notes?.some((n) => n.includes('crossing'))).toBe(true);
  });

  it("a pin on top of another station's track still draws", () => {
    const map = load('maps/ml-workflow.yaml');
    const first = layoutMap(map);
    const line = first.lines[0];
    const mid = line?.paths[0]?.points[1] ?? { x: 0, y: 0 };
    const id = map.stations.find((s) => !line?.paths[0]?.stations.includes(s.id))?.id ?? '';
    const pinned = withStation(map, id, (s) => ({
      ...s,
      position: { x: Math.round(mid.x / first.gridSize), y: Math.round(mid.y / first.gridSize) },
    }));
    const g = layoutMap(pinned, { previous: previousOf(first) });
    expect(g.stations).toHaveLength(map.stations.length);
    for (const l of g.lines)
      for (const p of l.paths)
        for (const pt of p.points) expect(Number.isFinite(pt.x + pt.y)).toBe(true);
  });

  it('keeps to a 1 ms time limit with a valid drawing and a note', () => {
    const map = load('maps/ml-system.yaml');
    const g = layoutMap(map, { timeLimit: 1 });
    expect(g.stations).toHaveLength(map.stations.length);
    expect(g.notes).toContain('the layout reached its time limit and shows a simpler drawing');
  });

  it('draws a dense map past its time limit plainly: every station, every label, octilinear', () => {
    // 60 stations, 30 lines of 12 stops each: thick bundles everywhere.
    const random = seededRandom(5);
    const stations = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, label: `Stop ${i}` }));
    const lines = Array.from({ length: 30 }, (_, l) => {
      const stops = [...new Set(Array.from({ length: 40 }, () => Math.floor(random() * 60)))];
      return {
        id: `l${l}`,
        label: `L${l}`,
        color: '#336699',
        stops: stops.slice(0, 12).map((k) => `s${k}`),
      };
    });
    const map = { ...load('maps/ml-system.yaml'), id: 'dense', stations, lines, zones: [] };
    const g = layoutMap(map, { timeLimit: 1 });
    expect(g.notes).toContain('the layout reached its time limit and shows a simpler drawing');
    // The stations with more connections than directions are one note, not one each.
    expect(g.notes?.filter((n) => n.includes('more) connect to more than 8'))).toHaveLength(1);
    expect(g.stations).toHaveLength(60);
    expect(g.labels).toHaveLength(60);
    const q = measureQuality(g, map);
    expect(q.octilinearity).toBe(1);
    expect(q.labelOverlaps.labelLabel).toBe(0);
    expect(q.tooClosePairs).toBe(0);
  });

  it('says when a map cannot be drawn without crossings', () => {
    const g = layoutMap(load('maps/ml-system.yaml'));
    expect(g.notes?.some((n) => n.includes('not planar'))).toBe(true);
    expect(layoutMap(load('maps/ml-workflow.yaml')).notes).toEqual([]);
  });
});
