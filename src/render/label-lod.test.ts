import { describe, expect, it } from 'vitest';
import type { Geometry } from '../layout/geometry.ts';
import {
  LEGIBLE_PX,
  MIN_LABELS,
  labelBudget,
  labelPriority,
  quantiseZoom,
  visibleLabels,
} from './label-lod.ts';

const label = (stationId: string) => ({ stationId, fontSize: 10 });
const station = (id: string, lines: string[]) => ({ id, lines });

// a-b-c-d on line 1, x-b-y on line 2, p-c-q-d on line 3: b is on 2 lines, c and d on 2,
// termini a, d, x, y, p, q.
const geometry = {
  labels: ['a', 'b', 'c', 'd', 'x', 'y', 'p', 'q', 'm'].map(label),
  stations: [
    station('a', ['1']),
    station('b', ['1', '2']),
    station('c', ['1', '3']),
    station('d', ['1', '3']),
    station('x', ['2']),
    station('y', ['2']),
    station('p', ['3']),
    station('q', ['3']),
    station('m', ['4']),
  ],
  lines: [
    { paths: [{ stations: ['a', 'b', 'c', 'd'] }] },
    { paths: [{ stations: ['x', 'b', 'y'] }] },
    { paths: [{ stations: ['p', 'c', 'q', 'd'] }] },
  ],
} as unknown as Pick<Geometry, 'labels' | 'stations' | 'lines'>;

describe('labelPriority', () => {
  it('puts interchanges first (terminus breaks ties), then termini, then the rest', () => {
    expect(labelPriority(geometry)).toEqual(['d', 'b', 'c', 'a', 'x', 'y', 'p', 'q', 'm']);
  });
});

describe('labelBudget', () => {
  it('draws every label once the text is legible on screen', () => {
    expect(labelBudget(1000, LEGIBLE_PX)).toBe(1000);
    expect(labelBudget(1000, 20)).toBe(1000);
  });
  it('draws fewer labels the smaller the text, with the square of the size', () => {
    expect(labelBudget(1000, LEGIBLE_PX / 2)).toBe(250);
    expect(labelBudget(1000, LEGIBLE_PX / 8)).toBe(16);
  });
  it('keeps a few labels however small the text', () => {
    expect(labelBudget(1000, 0.01)).toBe(MIN_LABELS);
    expect(labelBudget(1000, 0)).toBe(MIN_LABELS);
    expect(labelBudget(3, 0.01)).toBe(3);
  });
});

describe('quantiseZoom', () => {
  it('rounds to quarter powers of two', () => {
    expect(quantiseZoom(1)).toBe(1);
    expect(quantiseZoom(1.05)).toBe(1);
    expect(quantiseZoom(2.1)).toBe(2);
    expect(quantiseZoom(0)).toBe(1);
  });
});

describe('visibleLabels', () => {
  const priority = labelPriority(geometry);
  it('returns the same array when everything fits', () => {
    const view = { pixelsPerUnit: 1, k: 1 };
    expect(visibleLabels(geometry.labels, priority, view)).toBe(geometry.labels);
  });
  it('keeps the most important labels, in their drawing order, plus the ones asked for', () => {
    const many = Array.from({ length: 400 }, (_, i) => label(`s${i}`));
    const order = many.map((l) => l.stationId).reverse();
    // font 10 map units at 0.25 px per unit: 2.5 px on screen, half the legible size.
    const shown = visibleLabels(many, order, { pixelsPerUnit: 0.25, k: 1 }, ['s0']);
    expect(shown).toHaveLength(101);
    expect(shown[0]?.stationId).toBe('s0');
    expect(shown[1]?.stationId).toBe('s300');
    expect(shown[100]?.stationId).toBe('s399');
  });
});
