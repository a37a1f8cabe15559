import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layout.ts';
import { loadText } from '../model/load.ts';
import { STAGE_FONT_SIZE, stageLabels } from './presentation-labels.tsx';

const text = readFileSync(new URL('../../maps/ml-system.yaml', import.meta.url), 'utf8');
const map = loadText(text).maps[0];

describe('stage labels', () => {
  if (!map) throw new Error('ml-system did not load');

  it('places the labels for the stage size once per drawing', async () => {
    const geometry = layoutMap(map);
    const first = await stageLabels(geometry, map);
    expect(await stageLabels(geometry, map)).toBe(first);
    expect(Math.max(...first.geometry.labels.map((l) => l.fontSize))).toBeCloseTo(STAGE_FONT_SIZE);
    expect(first.geometry.stations).toBe(geometry.stations);
    // A new drawing (an edit) gets its own placement.
    expect(await stageLabels(layoutMap(map), map)).not.toBe(first);
  });
});
