// Another tab's stored versions applied to this tab's state, and the "keep both" choice.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadText } from '../model/load.ts';
import { TWO_STATION_MAP } from '../model/test-maps.ts';
import {
  applyStoredMap,
  applyStoredOverlay,
  copyId,
  forgetStored,
  keepBoth,
} from './apply-stored.ts';
import { initialiseStore, useAppStore } from './store.ts';
import type { AppState } from './types.ts';

let base: AppState;
beforeAll(async () => {
  await initialiseStore();
  base = useAppStore.getState();
});

const doc = (source: string, extra: Record<string, unknown> = {}) => ({
  name: 'small.yaml',
  origin: 'file',
  mapId: 'small',
  source,
  ...extra,
});
const withSmall = (source = TWO_STATION_MAP): AppState => ({
  ...base,
  ...applyStoredMap(base, doc(source), loadText),
});

describe('a map stored by another tab', () => {
  it('joins the map picker when this tab does not have it', () => {
    const state = withSmall();
    expect(state.maps.map((m) => m.map.id)).toEqual([...base.maps.map((m) => m.map.id), 'small']);
    expect(state.currentMapId).toBe(base.currentMapId);
  });

  it('replaces this tab’s copy, one undo step away, with its saved text too', () => {
    const state = withSmall();
    const edited = TWO_STATION_MAP.replace('label: B}', 'label: Bee}');
    const next = {
      ...state,
      ...applyStoredMap(state, doc(edited, { savedSource: TWO_STATION_MAP }), loadText),
    };
    const entry = next.maps.find((m) => m.map.id === 'small');
    expect(entry?.source).toBe(edited);
    expect(entry?.savedSource).toBe(TWO_STATION_MAP);
    expect(entry?.map.stations[1]?.label).toBe('Bee');
    expect(next.histories['small']?.past).toEqual([TWO_STATION_MAP]);
    expect(next.maps).toHaveLength(state.maps.length);
  });

  it('keeps the last good map when the stored text has errors, and says so', () => {
    const state = withSmall();
    const broken = `${TWO_STATION_MAP}  - {id: c, label: [\n`;
    const next = { ...state, ...applyStoredMap(state, doc(broken), loadText) };
    expect(next.maps.find((m) => m.map.id === 'small')?.map.stations).toHaveLength(2);
    expect(next.checks['small']?.ok).toBe(false);
  });

  it('changes nothing when the record is not a document', () => {
    expect(applyStoredMap(base, { mapId: 3 }, loadText)).toEqual({});
    expect(applyStoredMap(base, doc('kind: map\nid: ['), loadText)).toEqual({});
  });

  it('a removed record takes the map away, or brings a bundled one back as bundled', () => {
    const state = { ...withSmall(), currentMapId: 'small' };
    const gone = forgetStored(state, 'map:small', base.maps);
    expect(gone.maps?.some((m) => m.map.id === 'small')).toBe(false);
    expect(gone.currentMapId).toBe(base.maps[0]?.map.id);
    const bundled = base.maps[0];
    if (!bundled) throw new Error('no bundled map');
    const edited = {
      ...state,
      maps: state.maps.map((m) => (m === bundled ? { ...m, source: 'x' } : m)),
    };
    const back = forgetStored(edited, `map:${bundled.map.id}`, base.maps);
    expect(back.maps?.[0]).toBe(bundled);
  });

  it('a stored solution joins its map; one for a map not here is left out', () => {
    const state = withSmall();
    const tool = { kind: 'solution', id: 't', name: 'T', map: 'small', covers: ['a'] };
    expect(applyStoredOverlay(state, 'solution:small/t', tool).solutions?.at(-1)).toMatchObject({
      id: 't',
    });
    expect(applyStoredOverlay(state, 'solution:x/t', { ...tool, map: 'x' })).toEqual({});
  });
});

describe('keep both', () => {
  it('makes this tab’s text a copy of its own, shown, and the original takes theirs', () => {
    const mine = TWO_STATION_MAP.replace('label: A}', 'label: Mine}');
    const theirs = TWO_STATION_MAP.replace('label: A}', 'label: Theirs}');
    const state = withSmall(mine);
    const next = { ...state, ...keepBoth(state, 'small', doc(theirs), loadText) };
    const original = next.maps.find((m) => m.map.id === 'small');
    const copy = next.maps.find((m) => m.map.id === 'small-copy');
    expect(original?.map.stations[0]?.label).toBe('Theirs');
    expect(copy?.map.stations[0]?.label).toBe('Mine');
    expect(copy?.map.title).toBe('Small (copy)');
    expect(copy?.source).toContain('id: small-copy');
    expect(next.currentMapId).toBe('small-copy');
  });

  it('finds an id no open map has', () => {
    expect(copyId('m', new Set(['m', 'm-copy', 'm-copy-2']))).toBe('m-copy-3');
  });
});
