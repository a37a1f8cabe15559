// Small inline maps and solutions for the coverage tests.
import type { Claim, Solution, TransitMap } from '../model/schema.ts';

/** A solution over map "m" claiming `covers`, named after its id unless told. */
export function solution(id: string, covers: readonly Claim[], name = id.toUpperCase()): Solution {
  return { kind: 'solution', id, name, map: 'm', covers: [...covers] };
}

export const partial = (station: string, note?: string): Claim =>
  note === undefined ? { station, level: 'partial' } : { station, level: 'partial', note };

/**
 * Zones a (s1, s2) and b (s3, s4); s5 has no zone. Line "loop" runs s1 → s2 → s3 → s1; line
 * "fork" branches at s3 towards s4 and s5.
 */
export const smallMap: TransitMap = {
  kind: 'map',
  id: 'm',
  title: 'Small',
  zones: [
    { id: 'a', label: 'Alpha' },
    { id: 'b', label: 'Beta' },
  ],
  lines: [
    { id: 'loop', label: 'Loop', color: '#00782a', stops: ['s1', 's2', 's3', 's1'] },
    {
      id: 'fork',
      label: 'Fork',
      color: '#0098d4',
      stops: [
        ['s3', 's4'],
        ['s3', 's5'],
      ],
    },
  ],
  stations: [
    { id: 's1', label: 'One', zone: 'a' },
    { id: 's2', label: 'Two', zone: 'a' },
    { id: 's3', label: 'Three', zone: 'b' },
    { id: 's4', label: 'Four', zone: 'b' },
    { id: 's5', label: 'Five' },
  ],
};

/** A zone-less map of stations p1 … pN on one line. */
export function plainMap(count: number): TransitMap {
  const ids = Array.from({ length: count }, (_, i) => `p${i + 1}`);
  return {
    kind: 'map',
    id: 'm',
    title: 'Plain',
    zones: [],
    lines: [{ id: 'line', label: 'Line', color: '#000', stops: ids }],
    stations: ids.map((id) => ({ id, label: id.toUpperCase() })),
  };
}

/** The stations p{from} … p{to}. */
export const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `p${from + i}`);

/** A seeded pseudo-random source in [0, 1) (a linear congruential generator). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` solutions over `map`, each claiming a station with probability `density`, some partially. */
export function randomSolutions(
  map: TransitMap,
  count: number,
  density: number,
  seed: number,
): Solution[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, j) =>
    solution(
      `x${j}`,
      map.stations
        .filter(() => random() < density)
        .map((station) => (random() < 0.3 ? partial(station.id) : station.id)),
    ),
  );
}
