// Zone regions: soft shapes round each zone's stations and track, clear of other zones'
// stations, in few pieces of few points; zone names clear of what is drawn.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../model/load.ts';
import type { TransitMap } from '../../model/schema.ts';
import type { Geometry, Point, StationGeometry, ZoneGeometry } from '../geometry.ts';
import { generateMetroMap } from '../generate-map.ts';
import { distanceToLoop, pointInLoops, simplifyLoop, loopArea } from './hull.ts';
import { layoutMap } from '../layout.ts';
import { contours } from './marching-squares.ts';
import { measureQuality } from '../measure/quality.ts';
import { Occupancy } from './occupancy.ts';
import { Lattice } from './lattice.ts';
import { ZoneArea } from './zone-mask.ts';
import { closeGaps, joinPairs } from './zone-shape.ts';
import { zoneLabelOverlaps } from '../measure/quality-zones.ts';
import { flattenLoop, roundedLoopsPath } from './zone-path.ts';

/** The drawn curves of a zone (outlines and holes), sampled finely. */
function drawn(zone: ZoneGeometry): Point[][] {
  return [...zone.outlines, ...zone.holes].map((l) => flattenLoop(l, zone.corner, 6));
}

function axis(s: StationGeometry): [Point, Point] {
  return s.marker.kind === 'dot' ? [s, s] : [s.marker.a, s.marker.b];
}

/** Distance from a station's marker axis to the nearest drawn edge of the region. */
function edgeDistance(s: StationGeometry, loops: readonly Point[][]): number {
  const [a, b] = axis(s);
  let best = Infinity;
  for (let t = 0; t <= 1; t += 0.25) {
    const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    for (const loop of loops) best = Math.min(best, distanceToLoop(p, loop));
  }
  return best;
}

/** Problems with a geometry's zones, empty when all is well. */
function zoneProblems(map: TransitMap, g: Geometry): string[] {
  const zoneOf = new Map(map.stations.map((s) => [s.id, s.zone]));
  const bad: string[] = [];
  for (const zone of g.zones) {
    const loops = drawn(zone);
    const xs = loops.flat().map((p) => p.x);
    const ys = loops.flat().map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (const s of g.stations) {
      const far = g.gridSize;
      if (s.x < x0 - far || s.x > x1 + far || s.y < y0 - far || s.y > y1 + far) {
        if (zoneOf.get(s.id) === zone.id) bad.push(`${zone.id}: own ${s.id} outside the outline`);
        continue;
      }
      const [a, b] = axis(s);
      const inA = pointInLoops(a, loops);
      const inB = pointInLoops(b, loops);
      const d = edgeDistance(s, loops);
      if (zoneOf.get(s.id) === zone.id) {
        if (!inA || !inB || d < s.marker.r) bad.push(`${zone.id}: own ${s.id} not inside`);
      } else if (inA || inB || d < s.marker.r + g.gridSize * 0.15) {
        bad.push(`${zone.id}: covers ${s.id} (${d.toFixed(1)} px from its axis)`);
      }
    }
  }
  return bad;
}

/** Connected groups of a zone's stations along track between stations of the zone. */
function trackComponents(map: TransitMap, zone: string): number {
  const mine = map.stations.filter((s) => s.zone === zone).map((s) => s.id);
  const parent = new Map(mine.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  for (const line of map.lines) {
    const paths = Array.isArray(line.stops[0])
      ? (line.stops as string[][])
      : [line.stops as string[]];
    for (const path of paths) {
      for (let i = 0; i + 1 < path.length; i++) {
        const [a, b] = [path[i] as string, path[i + 1] as string];
        if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
      }
    }
  }
  return new Set(mine.map(find)).size;
}

function load(name: string): TransitMap {
  const text = readFileSync(new URL(`../../../maps/${name}.yaml`, import.meta.url), 'utf8');
  const map = loadText(text).maps[0];
  if (!map) throw new Error(`no map in ${name}`);
  return map;
}

const cases: [string, () => TransitMap][] = [
  ['ml-system', () => load('ml-system')],
  ['ml-workflow', () => load('ml-workflow')],
  ['ml-organization', () => load('ml-organization')],
  [
    'generated-200',
    () =>
      generateMetroMap({ stations: 200, lines: 8, seed: 200, branches: 3, loops: 1, id: 'g200' }),
  ],
];

describe.each(cases)('zones of %s', (name, make) => {
  const map = make();
  const g = layoutMap(map);
  const bundled = name.startsWith('ml-');
  // The organisation map is crowded: one name there still touches a station's label.
  const clean = bundled && name !== 'ml-organization';

  it('draws every zone that has stations', () => {
    const used = new Set(map.stations.map((s) => s.zone));
    expect(g.zones.map((z) => z.id)).toEqual(
      map.zones.filter((z) => used.has(z.id)).map((z) => z.id),
    );
  });

  it('holds its own stations and keeps clear of every other station', () => {
    expect(zoneProblems(map, g)).toEqual([]);
  });

  it('comes in no more pieces than its track does', () => {
    for (const zone of g.zones) {
      expect(zone.outlines.length, zone.id).toBeGreaterThan(0);
      expect(zone.outlines.length, zone.id).toBeLessThanOrEqual(trackComponents(map, zone.id));
    }
  });

  it('is drawn with few points', () => {
    for (const zone of g.zones) {
      const stations = map.stations.filter((s) => s.zone === zone.id).length;
      const points = [...zone.outlines, ...zone.holes].reduce((n, l) => n + l.length, 0);
      for (const loop of zone.outlines)
        expect(loop.length, zone.id).toBeLessThanOrEqual(bundled ? 120 : 200);
      expect(points, zone.id).toBeLessThanOrEqual(8 * stations + 40);
    }
    if (bundled) expect(JSON.stringify(g.zones).length).toBeLessThan(10_000);
  });

  it('writes each zone name inside its own area and outside every other', () => {
    const astray: string[] = [];
    for (const zone of g.zones) {
      const b = zone.labelBox;
      const corners = [
        { x: b.x, y: b.y },
        { x: b.x + b.width, y: b.y },
        { x: b.x, y: b.y + b.height },
        { x: b.x + b.width, y: b.y + b.height },
        { x: b.x + b.width / 2, y: b.y + b.height / 2 },
      ];
      const right = g.zones.every((other) =>
        corners.every((p) => pointInLoops(p, drawn(other)) === (other === zone)),
      );
      if (!right) astray.push(zone.id);
    }
    // Known gap: on the crowded organisation map up to two names find no takeable room.
    expect(astray.length, astray.join()).toBeLessThanOrEqual(clean ? 0 : 2);
  });

  it('is outlined by an octilinear polygon', () => {
    let straight = 0;
    let total = 0;
    for (const zone of g.zones) {
      for (const loop of [...zone.outlines, ...zone.holes]) {
        loop.forEach((p, i) => {
          const q = loop[(i + 1) % loop.length] as Point;
          const length = Math.hypot(q.x - p.x, q.y - p.y);
          const angle = (Math.atan2(q.y - p.y, q.x - p.x) * 180) / Math.PI;
          const off = Math.abs(angle / 45 - Math.round(angle / 45)) * 45;
          total += length;
          if (off < 2) straight += length;
        });
      }
    }
    expect(straight / total).toBeGreaterThan(0.9);
  });

  it('is the same every time', () => {
    expect(layoutMap(map).zones).toEqual(g.zones);
  });

  it('writes zone names clear of labels, stations, lines and each other', () => {
    const overlaps = measureQuality(g, map).zoneLabelOverlaps;
    if (clean) expect(overlaps).toEqual({ label: 0, station: 0, line: 0, zoneLabel: 0, total: 0 });
    else if (bundled) {
      // Known gap: the crowded organisation map (19 station names already touch its lines),
      // where a name with no room covers a station's name or marker: 3 today, no more.
      expect(overlaps.label + overlaps.station).toBeLessThanOrEqual(3);
      expect(overlaps.zoneLabel).toBe(0);
    } else expect(overlaps.label + overlaps.station + overlaps.zoneLabel).toBe(0);
  });
});

describe('zone helpers', () => {
  const lattice = new Lattice(
    [
      { x: 0, y: 0 },
      { x: 190, y: 90 },
    ],
    10,
    0,
    1e6,
  );
  const at = (x: number, y: number): number => y * lattice.w + x;
  const block = (x0: number, y0: number, x1: number, y1: number): number[] => {
    const out: number[] = [];
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.push(at(x, y));
    return out;
  };

  it('closes gaps narrower than four cells inside a zone, and no wider ones', () => {
    // Two bars with a 3-cell gap between them (columns 6–8), and two with a 5-cell gap.
    const narrow = new ZoneArea(lattice, [...block(2, 2, 5, 5), ...block(9, 2, 12, 5)]);
    closeGaps(narrow, () => true, 2);
    expect(narrow.components().count).toBe(1);
    const wide = new ZoneArea(lattice, [...block(2, 2, 5, 5), ...block(11, 2, 14, 5)]);
    closeGaps(wide, () => true, 2);
    expect(wide.components().count).toBe(2);
    // Never into cells the zone may not take.
    const held = new ZoneArea(lattice, [...block(2, 2, 5, 5), ...block(9, 2, 12, 5)]);
    closeGaps(held, (c) => c % lattice.w !== 7, 2);
    expect(held.components().count).toBe(2);
  });

  it('joins pieces its track joins, round ground it may not cross', () => {
    const a = new ZoneArea(lattice, [...block(2, 4, 4, 6), ...block(12, 4, 14, 6)]);
    const wall = new Set(block(8, 0, 8, 7));
    joinPairs(a, [[at(3, 5), at(13, 5)]], (c) => !wall.has(c), 8);
    expect(a.components().count).toBe(1);
    expect(a.cells.some((c) => wall.has(c))).toBe(false);
    // Pieces joined by no pair, or apart past every way round, stay apart.
    const b = new ZoneArea(lattice, [...block(2, 4, 4, 6), ...block(12, 4, 14, 6)]);
    joinPairs(b, [[at(3, 5), at(13, 5)]], (c) => c % lattice.w !== 8, 8);
    expect(b.components().count).toBe(2);
  });

  it('traces a level set with outer boundaries and holes told apart by orientation', () => {
    // A 5×5 field negative on a ring of nodes round a positive centre.
    const w = 5;
    const values = new Float32Array(w * w).fill(1);
    for (let y = 1; y <= 3; y++) for (let x = 1; x <= 3; x++) values[y * w + x] = -1;
    values[2 * w + 2] = 1;
    const loops = contours(values, w, w);
    expect(loops).toHaveLength(2);
    const areas = loops.map((l) => loopArea(l.map(([x, y]) => ({ x, y })))).sort((a, b) => a - b);
    expect(areas[0]).toBeLessThan(0); // outer boundary
    expect(areas[1]).toBeGreaterThan(0); // hole
  });

  it('simplifies a finely traced circle to a few points within the tolerance', () => {
    const circle = Array.from({ length: 200 }, (_, i) => ({
      x: 50 * Math.cos((i / 200) * 2 * Math.PI),
      y: 50 * Math.sin((i / 200) * 2 * Math.PI),
    }));
    const simple = simplifyLoop(circle, 1);
    expect(simple.length).toBeLessThan(30);
    for (const p of circle) expect(distanceToLoop(p, simple)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('draws each loop as its polygon with rounded corners, straight-on points dropped', () => {
    const square = [
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ];
    expect(roundedLoopsPath([square], 2)).toBe(
      'M0,2Q0,0 2,0L8,0Q10,0 10,2L10,8Q10,10 8,10L2,10Q0,10 0,8Z',
    );
    // A corner is never rounded by more than half of either edge.
    expect(roundedLoopsPath([square], 20)).toBe(
      'M0,5Q0,0 5,0L5,0Q10,0 10,5L10,5Q10,10 5,10L5,10Q0,10 0,5Z',
    );
  });

  it('answers whether a box is clear of marked boxes and segments, never wrongly free', () => {
    const grid = new Occupancy({ x: 0, y: 0, width: 200, height: 200 }, 10);
    grid.markBox({ x: 10, y: 10, width: 20, height: 10 });
    grid.markSegment({ x: 100, y: 0 }, { x: 100, y: 200 });
    expect(grid.busy({ x: 25, y: 15, width: 10, height: 10 }, 0)).toBe(true);
    expect(grid.busy({ x: 96, y: 150, width: 2, height: 2 }, 3)).toBe(true);
    expect(grid.busy({ x: 40, y: 100, width: 30, height: 20 }, 2)).toBe(false);
    grid.markBox({ x: 40, y: 100, width: 5, height: 5 });
    expect(grid.busy({ x: 40, y: 100, width: 30, height: 20 }, 2)).toBe(true);
  });

  it('counts what a zone name covers', () => {
    const g: Geometry = {
      stations: [
        {
          id: 'a',
          x: 5,
          y: 5,
          grid: { gx: 0, gy: 0 },
          lines: ['l'],
          interchange: false,
          pinned: false,
          marker: { kind: 'dot', r: 3 },
        },
      ],
      lines: [
        {
          id: 'l',
          color: '#000',
          paths: [
            {
              stations: ['a', 'a'],
              points: [
                { x: 0, y: 5 },
                { x: 100, y: 5 },
              ],
              stationPoints: [0, 1],
            },
          ],
        },
      ],
      labels: [
        {
          stationId: 'a',
          rows: ['A'],
          anchor: { x: 10, y: 20 },
          textAnchor: 'start',
          direction: 'E',
          fontSize: 12,
          rowHeight: 14,
          box: { x: 10, y: 10, width: 20, height: 12 },
        },
      ],
      zones: [0, 1].map((i) => ({
        id: `z${i}`,
        label: 'Z',
        outlines: [],
        holes: [],
        corner: 4,
        labelAnchor: { x: 0, y: 12 },
        labelBox: { x: 0, y: 0, width: 40, height: 12 + i },
        fontSize: 11,
      })),
      bounds: { x: 0, y: 0, width: 100, height: 100 },
      gridSize: 30,
      lineSpacing: 6,
      lineWidth: 4,
    };
    expect(zoneLabelOverlaps(g)).toEqual({ label: 2, station: 2, line: 2, zoneLabel: 1, total: 7 });
  });
});
