import { describe, expect, it } from 'vitest';
import { measureQuality } from './quality.ts';
import type { Geometry, LabelGeometry, LineGeometry, Point, StationGeometry } from '../geometry.ts';
import type { TransitMap } from '../../model/schema.ts';

const GRID = 10;

type XY = readonly [number, number];

function station(id: string, [x, y]: XY, r = 1): StationGeometry {
  return {
    id,
    x,
    y,
    grid: { gx: x / GRID, gy: y / GRID },
    lines: [],
    interchange: false,
    pinned: false,
    marker: { kind: 'dot', r },
  };
}

/** A line of one path; `stops` are indices into `points` where stations sit (default: the ends). */
function line(id: string, points: XY[], stops?: Record<string, number>): LineGeometry {
  const named = stops ?? { [`${id}-start`]: 0, [`${id}-end`]: points.length - 1 };
  return {
    id,
    color: '#000',
    paths: [
      {
        stations: Object.keys(named),
        points: points.map(([x, y]) => ({ x, y })),
        stationPoints: Object.values(named),
      },
    ],
  };
}

function label(
  stationId: string,
  x: number,
  y: number,
  width: number,
  height: number,
): LabelGeometry {
  return {
    stationId,
    rows: [stationId],
    anchor: { x, y: y + height },
    textAnchor: 'start',
    direction: 'E',
    fontSize: 10,
    rowHeight: 12,
    box: { x, y, width, height },
  };
}

function geometry(parts: Partial<Pick<Geometry, 'stations' | 'lines' | 'labels'>>): Geometry {
  return {
    stations: parts.stations ?? [],
    lines: parts.lines ?? [],
    labels: parts.labels ?? [],
    zones: [],
    bounds: { x: 0, y: 0, width: 100, height: 100 },
    gridSize: GRID,
    lineSpacing: 6,
    lineWidth: 2,
  };
}

describe('octilinearity', () => {
  it('is 1 for horizontal, vertical and diagonal segments', () => {
    const g = geometry({
      lines: [
        line('a', [
          [0, 0],
          [10, 0],
          [20, 10],
          [20, 30],
          [10, 40],
        ]),
      ],
    });
    expect(measureQuality(g).octilinearity).toBe(1);
  });

  it('is broken by a 30° segment', () => {
    const g = geometry({
      lines: [
        line('a', [
          [0, 0],
          [10, 0],
          [10 + 10 * Math.sqrt(3), 10],
        ]),
      ],
    });
    const q = measureQuality(g);
    expect(q.octilinearity).toBe(0.5);
    expect(q.nonOctilinearSegments).toBe(1);
  });

  it('ignores repeated points and is 1 when nothing is drawn', () => {
    expect(
      measureQuality(
        geometry({
          lines: [
            line('a', [
              [0, 0],
              [0, 0],
              [5, 5],
            ]),
          ],
        }),
      ).counts.segments,
    ).toBe(1);
    expect(measureQuality(geometry({})).octilinearity).toBe(1);
  });
});

describe('bends', () => {
  it('counts a right angle as one bend, inside its edge', () => {
    const q = measureQuality(
      geometry({
        lines: [
          line('a', [
            [0, 0],
            [10, 0],
            [10, 10],
          ]),
        ],
      }),
    );
    expect(q.bends).toMatchObject({
      total: 1,
      maxPerLine: 1,
      meanPerLine: 1,
      maxPerEdge: 1,
      meanPerEdge: 1,
    });
  });

  it('counts a turn at a stop for the line but not for its edges', () => {
    const g = geometry({
      lines: [
        line(
          'a',
          [
            [0, 0],
            [10, 0],
            [20, 10],
          ],
          { s: 0, t: 1, u: 2 },
        ),
      ],
    });
    expect(measureQuality(g).bends).toMatchObject({ total: 1, maxPerEdge: 0, meanPerEdge: 0 });
  });

  it('counts a trunk shared by two branches once', () => {
    const trunk: Point[] = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 20, y: 10 },
    ];
    const branching: LineGeometry = {
      id: 'a',
      color: '#000',
      paths: [
        { stations: ['s', 't'], points: [...trunk, { x: 30, y: 10 }], stationPoints: [0, 3] },
        { stations: ['s', 'u'], points: [...trunk, { x: 20, y: 20 }], stationPoints: [0, 3] },
      ],
    };
    const q = measureQuality(geometry({ lines: [branching] }));
    expect(q.bends.perLine).toEqual({ a: 3 });
    expect(q.counts.segments).toBe(4);
  });

  it('counts the corner where a loop closes', () => {
    const square: XY[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(measureQuality(geometry({ lines: [line('a', square)] })).bends.total).toBe(4);
  });
});

describe('crossings', () => {
  it('counts two crossing segments once', () => {
    const g = geometry({
      lines: [
        line('a', [
          [0, 0],
          [20, 20],
        ]),
        line('b', [
          [0, 20],
          [20, 0],
        ]),
      ],
    });
    expect(measureQuality(g).crossings).toBe(1);
  });

  it('counts lines that cross at a vertex of both once', () => {
    const g = geometry({
      lines: [
        line('a', [
          [0, 0],
          [10, 10],
          [20, 20],
        ]),
        line('b', [
          [0, 20],
          [10, 10],
          [20, 0],
        ]),
      ],
    });
    expect(measureQuality(g).crossings).toBe(1);
  });

  it('counts a line passing through the bend of another', () => {
    const g = geometry({
      lines: [
        line('a', [
          [0, 0],
          [10, 10],
          [20, 0],
        ]),
        line('b', [
          [10, 0],
          [10, 20],
        ]),
      ],
    });
    expect(measureQuality(g).crossings).toBe(1);
  });

  it('does not count lines that only touch', () => {
    const vee = geometry({
      lines: [
        line('a', [
          [0, 0],
          [10, 10],
          [20, 0],
        ]),
        line('b', [
          [0, 20],
          [10, 10],
          [20, 20],
        ]),
      ],
    });
    const tee = geometry({
      lines: [
        line('a', [
          [0, 0],
          [20, 0],
        ]),
        line('b', [
          [10, 0],
          [10, 20],
        ]),
      ],
    });
    expect(measureQuality(vee).crossings).toBe(0);
    expect(measureQuality(tee).crossings).toBe(0);
  });

  it('ignores crossings at a station and within one line', () => {
    const atStation = geometry({
      stations: [station('x', [10, 10], 3)],
      lines: [
        line('a', [
          [0, 0],
          [20, 20],
        ]),
        line('b', [
          [0, 20],
          [20, 0],
        ]),
      ],
    });
    const self = geometry({
      lines: [
        line('a', [
          [0, 0],
          [20, 20],
          [20, 0],
          [0, 20],
        ]),
      ],
    });
    expect(measureQuality(atStation).crossings).toBe(0);
    expect(measureQuality(self).crossings).toBe(0);
  });

  it('counts a line crossing a bundle of two once per line', () => {
    const g = geometry({
      lines: [
        line('a', [
          [0, 0],
          [40, 0],
        ]),
        line('b', [
          [0, 6],
          [40, 6],
        ]),
        line('c', [
          [20, -10],
          [20, 20],
        ]),
      ],
    });
    expect(measureQuality(g).crossings).toBe(2);
  });
});

describe('lines on top of each other', () => {
  it('detects collinear overlapping segments of different lines', () => {
    const g = geometry({
      lines: [
        line('a', [
          [0, 0],
          [20, 0],
        ]),
        line('b', [
          [10, 0],
          [30, 0],
        ]),
      ],
    });
    const q = measureQuality(g);
    expect(q.stacked.pairs).toBe(1);
    expect(q.stacked.length).toBeCloseTo(10);
    expect(q.crossings).toBe(0);
  });

  it('accepts lines side by side and lines meeting end to end', () => {
    const side = geometry({
      lines: [
        line('a', [
          [0, 0],
          [20, 0],
        ]),
        line('b', [
          [0, 6],
          [20, 6],
        ]),
      ],
    });
    const ends = geometry({
      lines: [
        line('a', [
          [0, 0],
          [20, 0],
        ]),
        line('b', [
          [20, 0],
          [40, 0],
        ]),
      ],
    });
    expect(measureQuality(side).stacked.pairs).toBe(0);
    expect(measureQuality(ends).stacked.pairs).toBe(0);
  });
});

describe('labels', () => {
  it('counts two overlapping labels as one overlap', () => {
    const g = geometry({ labels: [label('a', 0, 0, 30, 10), label('b', 20, 5, 30, 10)] });
    expect(measureQuality(g).labelOverlaps).toMatchObject({
      labelLabel: 1,
      total: 1,
      labelsAffected: 2,
    });
  });

  it('does not count labels that only share an edge', () => {
    const g = geometry({ labels: [label('a', 0, 0, 30, 10), label('b', 30, 0, 30, 10)] });
    expect(measureQuality(g).labelOverlaps.total).toBe(0);
  });

  it("counts a label over another station's marker, not over its own", () => {
    const g = geometry({
      stations: [station('a', [0, 5], 4), station('b', [22, 5], 3)],
      labels: [label('a', 2, 0, 30, 10)],
    });
    expect(measureQuality(g).labelOverlaps).toMatchObject({ labelStation: 1, labelLine: 0 });
  });

  it('counts a label over a line segment, stroke included', () => {
    const through = geometry({
      lines: [
        line('a', [
          [10, -20],
          [10, 30],
        ]),
      ],
      labels: [label('s', 0, 0, 30, 10)],
    });
    const grazing = geometry({
      lines: [
        line('a', [
          [0, 10.5],
          [30, 10.5],
        ]),
      ],
      labels: [label('s', 0, 0, 30, 10)],
    });
    const clear = geometry({
      lines: [
        line('a', [
          [0, 12],
          [30, 12],
        ]),
      ],
      labels: [label('s', 0, 0, 30, 10)],
    });
    expect(measureQuality(through).labelOverlaps.labelLine).toBe(1);
    expect(measureQuality(grazing).labelOverlaps.labelLine).toBe(1);
    expect(measureQuality(clear).labelOverlaps.labelLine).toBe(0);
  });
});

describe('stations and edges', () => {
  it('reports the smallest clearance in grid units and pairs closer than one unit', () => {
    const g = geometry({
      stations: [station('a', [0, 0]), station('b', [5, 0]), station('c', [40, 0])],
    });
    const q = measureQuality(g);
    expect(q.minClearance).toBe(0.5);
    expect(q.tooClosePairs).toBe(1);
    expect(measureQuality(geometry({ stations: [station('a', [0, 0])] })).minClearance).toBeNull();
  });

  it('measures the spread of station-to-station lengths', () => {
    const g = geometry({
      lines: [
        line(
          'a',
          [
            [0, 0],
            [10, 0],
            [20, 0],
            [40, 0],
          ],
          { s: 0, t: 1, u: 3 },
        ),
      ],
    });
    expect(measureQuality(g).edgeLength).toEqual({ mean: 2, std: 1, spread: 0.5 });
  });

  it('names what the geometry leaves out of the map', () => {
    const map: TransitMap = {
      kind: 'map',
      id: 'm',
      title: 'M',
      zones: [],
      lines: [{ id: 'a', label: 'A', color: '#000', stops: ['s', 't'] }],
      stations: [
        { id: 's', label: 'S' },
        { id: 't', label: 'T' },
      ],
    };
    const g = geometry({ stations: [station('s', [0, 0])], labels: [label('s', 0, 0, 5, 5)] });
    expect(measureQuality(g, map).missing).toEqual({
      stations: ['t'],
      labels: ['t'],
      lines: ['a'],
    });
  });
});

describe('scale', () => {
  // Speed is measured by the benchmark (npm run bench); this only proves the scale is handled.
  it('measures a map of 1000 stations and over 10k segments', () => {
    const stations: StationGeometry[] = [];
    const lines: LineGeometry[] = [];
    for (let i = 0; i < 1000; i++)
      stations.push(station(`s${i}`, [(i % 40) * GRID * 2, Math.floor(i / 40) * GRID * 2]));
    // Twenty random walks of short octilinear steps, like lines through a dense city.
    let seed = 7;
    const random = (): number => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
    for (let l = 0; l < 20; l++) {
      const pts: XY[] = [[(l * 37) % 800, (l * 53) % 500]];
      for (let k = 0; k < 1000; k++) {
        const [x, y] = pts[pts.length - 1] ?? [0, 0];
        const dx = (Math.floor(random() * 3) - 1) * GRID * 2;
        const dy = (Math.floor(random() * 3) - 1) * GRID * 2;
        pts.push([Math.max(0, Math.min(3000, x + dx)), Math.max(0, Math.min(2000, y + dy))]);
      }
      lines.push(line(`l${l}`, pts));
    }
    const labels = stations.map((s) => label(s.id, s.x + 3, s.y - 5, 60, 10));
    const q = measureQuality(geometry({ stations, lines, labels }));
    expect(q.counts.segments).toBeGreaterThan(10_000);
    expect(q.counts.stations).toBe(1000);
  });
});
