import { describe, expect, it, vi } from 'vitest';
import { layoutMap, layoutMapWith, STAGES } from './layout.ts';
import type { TransitMap } from '../model/schema.ts';
import { linesOnTop, nonOctilinear, stopsOutOfPlace, tooClose } from './measure/test-checks.ts';

function map(lines: TransitMap['lines'], extra: TransitMap['stations'] = []): TransitMap {
  const ids = new Set<string>();
  for (const line of lines) {
    const stops = line.stops;
    const flat = typeof stops[0] === 'string' ? (stops as string[]) : (stops as string[][]).flat();
    for (const id of flat) ids.add(id);
  }
  const pinned = new Map(extra.map((s) => [s.id, s]));
  const stations = [...ids].map((id) => pinned.get(id) ?? { id, label: id.toUpperCase() });
  for (const s of extra) if (!ids.has(s.id)) stations.push(s);
  return { kind: 'map', id: 'test', title: 'Test', zones: [], lines, stations };
}

const line = (id: string, stops: string[] | string[][], color = '#123456') => ({
  id,
  label: id,
  color,
  stops,
});

const trunk = map([
  line('a', ['s1', 's2', 's3', 's4', 's5', 'a1', 'a2']),
  line('b', ['b1', 's1', 's2', 's3', 's4', 's5', 'b2'], '#aa0000'),
  line('c', ['c1', 's2', 's3', 's4', 'c2'], '#00aa00'),
]);

const loopAndBranch = map([
  line('ring', ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r1']),
  line('fork', [
    ['f1', 'f2', 'r3', 'f3'],
    ['f2', 'f4', 'f5'],
  ]),
]);

function expectClean(g: ReturnType<typeof layoutMap>): void {
  expect(nonOctilinear(g)).toEqual([]);
  expect(tooClose(g)).toEqual([]);
  expect(linesOnTop(g)).toEqual([]);
  expect(stopsOutOfPlace(g)).toEqual([]);
}

describe('layoutMap', () => {
  it('is deterministic', () => {
    expect(layoutMap(trunk, { seed: 7 })).toEqual(layoutMap(trunk, { seed: 7 }));
    expect(layoutMap(loopAndBranch)).toEqual(layoutMap(loopAndBranch));
  });

  it('draws lines on a shared trunk side by side, octilinear, stations apart', () => {
    const g = layoutMap(trunk);
    expectClean(g);
    const s3 = g.stations.find((s) => s.id === 's3');
    expect(s3?.interchange).toBe(true);
    expect(s3?.marker.kind).toBe('capsule');
  });

  it('draws loops closed and branches through their stops in order', () => {
    const g = layoutMap(loopAndBranch);
    expectClean(g);
    const ring = g.lines.find((l) => l.id === 'ring')?.paths[0];
    expect(ring?.stations).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r1']);
    expect(ring?.points[0]).toEqual(ring?.points[ring.points.length - 1]);
    const fork = g.lines.find((l) => l.id === 'fork');
    expect(fork?.paths.map((p) => p.stations)).toEqual([
      ['f1', 'f2', 'r3', 'f3'],
      ['f2', 'f4', 'f5'],
    ]);
  });

  it('honours pinned positions exactly', () => {
    const m = map(
      [line('a', ['p', 'q', 'r', 's']), line('b', ['x', 'q', 'y'])],
      [
        { id: 'p', label: 'P', position: { x: 0, y: 0 } },
        { id: 's', label: 'S', position: { x: 6, y: -3 } },
      ],
    );
    const g = layoutMap(m, { gridSize: 50 });
    const p = g.stations.find((s) => s.id === 'p');
    const s = g.stations.find((x) => x.id === 's');
    expect(p).toMatchObject({ x: 0, y: 0, grid: { gx: 0, gy: 0 }, pinned: true });
    expect(s).toMatchObject({ x: 300, y: -150, grid: { gx: 6, gy: -3 }, pinned: true });
    expectClean(g);
  });

  it('never throws on odd maps', () => {
    const full = map(
      [line('a', ['u', 'v']), line('self', ['w', 'w', 'x', 'ghost', 'x', 'w'])],
      [{ id: 'lonely', label: 'On no line' }],
    );
    // A stop at a station the map lacks (the loader reports it; the layout skips it).
    const odd = { ...full, stations: full.stations.filter((s) => s.id !== 'ghost') };
    const g = layoutMap(odd);
    expect(g.stations).toHaveLength(5);
    expect(nonOctilinear(g)).toEqual([]);
    expect(tooClose(g)).toEqual([]);
    const two = layoutMap(map([line('a', ['u', 'v'])]));
    expect(two.stations).toHaveLength(2);
  });

  it('keeps disconnected parts apart', () => {
    const g = layoutMap(map([line('a', ['a1', 'a2', 'a3']), line('b', ['b1', 'b2', 'b3'])]));
    expectClean(g);
  });

  it('falls back to a plain valid layout when a stage throws', () => {
    // Stages made to fail the way a bug would: the local search after it has half-changed
    // the routing, the line ordering outright. The app never injects stages.
    const failingImprove = {
      ...STAGES,
      improve: (routing: Parameters<typeof STAGES.improve>[0]) => {
        routing.point.fill(-1);
        throw new Error('injected failure');
      },
    };
    const failingOrder = {
      ...STAGES,
      order: () => {
        throw new Error('injected failure');
      },
    };
    const pinnedMap = map(
      [line('a', ['p', 'q', 'r', 's']), line('b', ['x', 'q', 'y'])],
      [{ id: 's', label: 'S', position: { x: 6, y: -3 } }],
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const stages of [failingImprove, failingOrder])
      for (const m of [trunk, loopAndBranch, pinnedMap]) {
        const g = layoutMapWith(m, {}, stages);
        expect(g.stations.map((s) => s.id).sort()).toEqual(m.stations.map((s) => s.id).sort());
        expectClean(g);
        expect(g.labels).toHaveLength(m.stations.length);
        expect(layoutMapWith(m, {}, stages)).toEqual(g);
      }
    const s = layoutMapWith(pinnedMap, { gridSize: 50 }, failingImprove).stations.find(
      (x) => x.id === 's',
    );
    expect(s).toMatchObject({ x: 300, y: -150, pinned: true });
    // The fallback really is a different, plainer layout, not the full one, and it is reported.
    expect(layoutMapWith(trunk, {}, failingImprove)).not.toEqual(layoutMap(trunk));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('fallback'), expect.any(Error));
    warn.mockClear();
    layoutMap(trunk);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
