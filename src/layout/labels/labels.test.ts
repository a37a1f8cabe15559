import { describe, expect, it } from 'vitest';
import type { Geometry, LabelGeometry, LineGeometry, StationGeometry } from '../geometry.ts';
import { placeLabels } from './labels.ts';
import { measureQuality } from '../measure/quality.ts';
import { labelAttribution } from '../measure/quality-labels.ts';
import { labelOverlaps } from '../measure/test-checks.ts';

const LINE_WIDTH = 4;
const OPTIONS = { fontSize: 12, lineWidth: LINE_WIDTH };

function station(id: string, x: number, y: number): StationGeometry {
  return {
    id,
    x,
    y,
    grid: { gx: x / 30, gy: y / 30 },
    lines: [],
    interchange: false,
    pinned: false,
    marker: { kind: 'dot', r: 4.5 },
  };
}

function line(id: string, points: [number, number][]): LineGeometry {
  return {
    id,
    color: '#000',
    paths: [
      {
        stations: [],
        points: points.map(([x, y]) => ({ x, y })),
        stationPoints: [],
      },
    ],
  };
}

function geometry(
  stations: StationGeometry[],
  lines: LineGeometry[],
  labels: LabelGeometry[],
): Geometry {
  return {
    stations,
    lines,
    labels,
    zones: [],
    bounds: { x: -500, y: -500, width: 1000, height: 1000 },
    gridSize: 30,
    lineSpacing: 6,
    lineWidth: LINE_WIDTH,
  };
}

function place(stations: StationGeometry[], names: string[], lines: LineGeometry[]): Geometry {
  return geometry(stations, lines, placeLabels(stations, names, lines, OPTIONS));
}

describe('label overlap check (shared by the layout tests)', () => {
  const label: LabelGeometry = {
    stationId: 's',
    rows: ['S'],
    anchor: { x: 0, y: 10 },
    textAnchor: 'start',
    direction: 'E',
    fontSize: 12,
    rowHeight: 14.4,
    box: { x: 0, y: 0, width: 40, height: 14 },
  };

  it('counts a line through a label, a stroke grazing it, not a line clear of it', () => {
    const through = line('through', [
      [20, -30],
      [20, 40],
    ]);
    // The centreline misses the box by 1.5 px, the 4 px stroke does not.
    const grazing = line('grazing', [
      [-10, 15.5],
      [50, 15.5],
    ]);
    const clear = line('clear', [
      [-10, 17],
      [50, 17],
    ]);
    expect(labelOverlaps(geometry([], [through], [label]))).toEqual(['label s / line through']);
    expect(labelOverlaps(geometry([], [grazing], [label]))).toEqual(['label s / line grazing']);
    expect(labelOverlaps(geometry([], [clear], [label]))).toEqual([]);
  });

  it('agrees with the quality measure', () => {
    const g = geometry(
      [station('t', 30, 7)],
      [
        line('a', [
          [20, -30],
          [20, 40],
        ]),
      ],
      [label],
    );
    expect(labelOverlaps(g)).toHaveLength(2);
    expect(measureQuality(g).labelOverlaps).toMatchObject({ labelStation: 1, labelLine: 1 });
  });
});

describe('placeLabels', () => {
  it('keeps a label off the line running through its station', () => {
    const stations = [station('a', 0, 0)];
    const horizontal = line('h', [
      [-200, 0],
      [200, 0],
    ]);
    const g = place(stations, ['Feature engineering'], [horizontal]);
    expect(labelOverlaps(g)).toEqual([]);
    expect(g.labels[0]?.direction).not.toBe('E');
    expect(g.labels[0]?.direction).not.toBe('W');
  });

  it('finds the free quadrant where four lines meet', () => {
    const stations = [station('x', 0, 0)];
    const lines = [
      line('h', [
        [-200, 0],
        [200, 0],
      ]),
      line('v', [
        [0, -200],
        [0, 200],
      ]),
      line('d', [
        [-200, -200],
        [200, 200],
      ]),
    ];
    const g = place(stations, ['Model registry'], lines);
    expect(labelOverlaps(g)).toEqual([]);
    expect(['NE', 'SW']).toContain(g.labels[0]?.direction);
  });

  it('labels a crowded run of stations without overlaps, wrapping long names on two rows', () => {
    // Ten stations two grid units apart on a horizontal line: names as wide as 60 px must
    // take turns above and below, and the long ones wrap.
    const names = [
      'Experiment tracking',
      'Hyperparameter tuning',
      'Data validation',
      'Model registry',
      'Pipeline orchestration',
      'Feature store',
      'Online serving',
      'Drift detection',
      'Batch scoring',
      'Intelligent application',
    ];
    const stations = names.map((_, i) => station(`s${i}`, i * 60, 0));
    const run = line('run', [
      [-30, 0],
      [600, 0],
    ]);
    const g = place(stations, names, [run]);
    expect(labelOverlaps(g)).toEqual([]);
    expect(g.labels.every((l) => l.rows.length <= 2)).toBe(true);
    expect(g.labels.some((l) => l.rows.length === 2)).toBe(true);
    expect(new Set(g.labels.map((l) => l.box.y < 0))).toEqual(new Set([true, false]));
  });

  it('is deterministic and keeps each label beside its own station', () => {
    const stations = [station('a', 0, 0), station('b', 90, 0), station('c', 90, 90)];
    const lines = [
      line('l', [
        [0, 0],
        [90, 0],
        [90, 90],
      ]),
    ];
    const names = ['Alpha', 'Bravo station', 'Charlie'];
    const g1 = place(stations, names, lines);
    const g2 = place(stations, names, lines);
    expect(g1.labels).toEqual(g2.labels);
    expect(labelOverlaps(g1)).toEqual([]);
    g1.labels.forEach((l, i) => {
      const s = stations[i] as StationGeometry;
      const dx = Math.max(l.box.x - s.x, 0, s.x - (l.box.x + l.box.width));
      const dy = Math.max(l.box.y - s.y, 0, s.y - (l.box.y + l.box.height));
      expect(Math.hypot(dx, dy)).toBeLessThan(12);
    });
  });

  it('ties a label set further off to its station with a leader that crosses nothing', () => {
    // A line runs up through x; stations crowd it on both sides. Beside x a name would
    // cover a neighbour or sit nearer it; above or below it would cover the line. Off
    // on a diagonal there is room, joined to x by a leader.
    const stations = [station('x', 0, 0), station('east', 20, 0), station('west', -20, 0)];
    const lines = [
      line('v', [
        [0, -200],
        [0, 200],
      ]),
    ];
    const labels = placeLabels(stations, ['Westminster', 'E', 'W'], lines, OPTIONS);
    const g = geometry(stations, lines, labels);
    const label = labels[0];
    expect(labelOverlaps(g)).toEqual([]);
    expect(label?.leader).toBeDefined();
    const [from, to] = label?.leader ?? [];
    if (!from || !to || !label) return;
    // From the edge of x's marker (r 4.5) to the edge of the box.
    expect(Math.hypot(from.x, from.y)).toBeCloseTo(6.5, 5);
    const b = label.box;
    const gap = Math.hypot(
      Math.max(b.x - to.x, 0, to.x - (b.x + b.width)),
      Math.max(b.y - to.y, 0, to.y - (b.y + b.height)),
    );
    expect(gap).toBeLessThanOrEqual(2 + 1e-9);
    expect(labelAttribution(g)).toMatchObject({ ambiguous: 0, leaders: 1, leaderCrossings: 0 });
  });

  it('keeps a name nearer its own station than a neighbour when a side is free', () => {
    // East of a the name would run up to b; west is free.
    const stations = [station('a', 0, 0), station('b', 44, 14)];
    const g = place(stations, ['Alpha', 'Bravo'], []);
    expect(labelOverlaps(g)).toEqual([]);
    expect(labelAttribution(g).ambiguous).toBe(0);
    expect(g.labels.every((l) => !l.leader)).toBe(true);
  });
});

describe('labelAttribution', () => {
  const label = (id: string, x: number, y: number, leader?: [number, number][]): LabelGeometry => ({
    stationId: id,
    rows: [id],
    anchor: { x, y: y + 10 },
    textAnchor: 'start',
    direction: 'E',
    fontSize: 12,
    rowHeight: 14.4,
    box: { x, y, width: 40, height: 14 },
    ...(leader && {
      leader: [
        { x: leader[0]?.[0] ?? 0, y: leader[0]?.[1] ?? 0 },
        { x: leader[1]?.[0] ?? 0, y: leader[1]?.[1] ?? 0 },
      ] as const,
    }),
  });

  it('counts a label nearer another marker than its own, not one nearer its own', () => {
    const stations = [station('a', 0, 0), station('b', 70, 0)];
    // a's box runs from 8 to 48: 3.5 px from a's marker, 17.5 px from b's.
    const near = geometry(stations, [], [label('a', 8, -7), label('b', 78, -7)]);
    expect(labelAttribution(near)).toMatchObject({ ambiguous: 0, ambiguousIds: [] });
    // Moved to 25–65: 20.5 px from a's marker, 0.5 px from b's.
    const far = geometry(stations, [], [label('a', 25, -7), label('b', 78, -7)]);
    expect(labelAttribution(far)).toMatchObject({ ambiguous: 1, ambiguousIds: ['a'] });
  });

  it('counts a leader that crosses a line, not one that stays clear', () => {
    const stations = [station('a', 0, 0)];
    const across = line('across', [
      [30, -100],
      [30, 100],
    ]);
    const g = (leaderTo: number): Geometry =>
      geometry(
        stations,
        [across],
        [
          label('a', leaderTo + 2, -7, [
            [6.5, 0],
            [leaderTo, 0],
          ]),
        ],
      );
    expect(labelAttribution(g(60))).toMatchObject({ leaders: 1, leaderCrossings: 1 });
    expect(labelAttribution(g(20))).toMatchObject({ leaders: 1, leaderCrossings: 0 });
  });
});
