import { describe, expect, it } from 'vitest';
import type { Geometry, LineGeometry, StationGeometry } from '../layout/geometry.ts';
import { departures, neighbourInDirection } from './keyboard-nav.ts';

const station = (id: string, x: number, y: number): StationGeometry => ({
  id,
  x,
  y,
  grid: { gx: x / 10, gy: y / 10 },
  lines: [],
  interchange: false,
  pinned: false,
  marker: { kind: 'dot', r: 5 },
});

const line = (id: string, stations: string[], points: [number, number][], at: number[]) =>
  ({
    id,
    color: '#000000',
    paths: [{ stations, points: points.map(([x, y]) => ({ x, y })), stationPoints: at }],
  }) satisfies LineGeometry;

//        n (0,-10)
//        |
// w ---- c ---- e        c→ne leaves going up (north) first, then turns east.
//        |  \
//        s   se
const geometry = {
  stations: [
    station('c', 0, 0),
    station('w', -20, 0),
    station('e', 20, 0),
    station('n', 0, -10),
    station('s', 0, 20),
    station('se', 20, 20),
    station('ne', 30, -30),
  ],
  lines: [
    line(
      'a',
      ['w', 'c', 'e'],
      [
        [-20, 0],
        [0, 0],
        [20, 0],
      ],
      [0, 1, 2],
    ),
    line(
      'b',
      ['n', 'c', 's'],
      [
        [0, -10],
        [0, 0],
        [0, 20],
      ],
      [0, 1, 2],
    ),
    line(
      'd',
      ['c', 'se'],
      [
        [0, 0],
        [20, 20],
      ],
      [0, 1],
    ),
  ],
  labels: [],
  zones: [],
  bounds: { x: -20, y: -30, width: 50, height: 50 },
  gridSize: 10,
  lineSpacing: 4,
  lineWidth: 3,
} satisfies Geometry;

describe('neighbourInDirection', () => {
  const table = departures(geometry);

  it('follows the arrow along the connected track', () => {
    expect(neighbourInDirection(table, 'c', 'ArrowLeft')).toBe('w');
    expect(neighbourInDirection(table, 'c', 'ArrowRight')).toBe('e');
    expect(neighbourInDirection(table, 'c', 'ArrowUp')).toBe('n');
    expect(neighbourInDirection(table, 'c', 'ArrowDown')).toBe('s');
  });

  it('goes back the way it came', () => {
    expect(neighbourInDirection(table, 'e', 'ArrowLeft')).toBe('c');
    expect(neighbourInDirection(table, 'n', 'ArrowDown')).toBe('c');
    expect(neighbourInDirection(table, 'se', 'ArrowUp')).toBe('c');
  });

  it('stays put when no track leaves that way, or the station is unknown', () => {
    expect(neighbourInDirection(table, 'w', 'ArrowLeft')).toBeNull();
    expect(neighbourInDirection(table, 'n', 'ArrowUp')).toBeNull();
    expect(neighbourInDirection(table, 'nowhere', 'ArrowUp')).toBeNull();
  });

  it('judges by the drawn heading, not only the straight line', () => {
    // Straight from c, ne lies up and to the right; its track leaves going up, then bends.
    const bent = {
      ...geometry,
      lines: [
        line(
          'f',
          ['c', 'ne'],
          [
            [0, 0],
            [0, -30],
            [30, -30],
          ],
          [0, 2],
        ),
      ],
    } satisfies Geometry;
    const t = departures(bent);
    expect(neighbourInDirection(t, 'c', 'ArrowUp')).toBe('ne');
    expect(neighbourInDirection(t, 'c', 'ArrowRight')).toBeNull();
    // Coming back from ne the track leaves going left (west).
    expect(neighbourInDirection(t, 'ne', 'ArrowLeft')).toBe('c');
  });

  it('prefers the nearer station when two tracks leave the same way', () => {
    const two = {
      ...geometry,
      lines: [
        line(
          'x',
          ['c', 'e'],
          [
            [0, 0],
            [20, 0],
          ],
          [0, 1],
        ),
        line(
          'y',
          ['c', 'w'],
          [
            [0, 0],
            [-20, 0],
          ],
          [0, 1],
        ),
        line(
          'z',
          ['c', 'se'],
          [
            [0, 0],
            [10, 0],
            [20, 20],
          ],
          [0, 2],
        ),
      ],
    } satisfies Geometry;
    expect(neighbourInDirection(departures(two), 'c', 'ArrowRight')).toBe('e');
  });
});
