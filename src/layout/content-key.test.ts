import { describe, expect, it } from 'vitest';
import { contentKey, layoutInputKey } from './content-key.ts';
import type { TransitMap } from '../model/schema.ts';

const map: TransitMap = {
  kind: 'map',
  id: 'm',
  title: 'A map',
  zones: [],
  lines: [{ id: 'a', label: 'A', color: '#000', stops: ['x', 'y'] }],
  stations: [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y', position: { x: 1, y: 2 } },
  ],
};

describe('content key', () => {
  it('ignores the order of object keys and undefined fields, not of arrays', () => {
    expect(contentKey({ a: 1, b: [2, 3] })).toBe(contentKey({ b: [2, 3], a: 1, c: undefined }));
    expect(contentKey([1, 2])).not.toBe(contentKey([2, 1]));
    expect(contentKey(1, 2)).not.toBe(contentKey([1, 2]));
  });

  it('leaves the prose out of a layout input, and keeps all that the layout reads', () => {
    const key = layoutInputKey(map, {});
    expect(layoutInputKey({ ...map, title: 'Renamed', description: 'Prose' }, {})).toBe(key);
    const relabelled = { ...map, stations: [{ id: 'x', label: 'Z' }, map.stations[1]!] };
    expect(layoutInputKey(relabelled, {})).not.toBe(key);
    expect(layoutInputKey(map, { seed: 2 })).not.toBe(key);
    expect(layoutInputKey(map, { seed: 2, fontSize: 3 })).toBe(
      layoutInputKey(map, { fontSize: 3, seed: 2 }),
    );
  });
});
