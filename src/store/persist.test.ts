import { beforeAll, describe, expect, it } from 'vitest';
import { TWO_STATION_MAP } from '../model/test-maps.ts';
import { SAVE_VERSION, toSave } from './persist.ts';
import { migrate, readSave, restore } from './persist-read.ts';
import type { Save } from './persist-read.ts';
import { initialiseStore, useAppStore } from './store.ts';
import type { AppState } from './types.ts';

let base: AppState;
const bundled = () => new Set(base.solutions.map((s) => `${s.map}/${s.id}`));

beforeAll(async () => {
  await initialiseStore();
  base = useAppStore.getState();
});

const SMALL = `# my own map\n${TWO_STATION_MAP}`;

const edited = async (): Promise<AppState> => {
  const store = useAppStore;
  store.setState(base, true);
  await store.getState().openText(SMALL, 'small.yaml');
  store.getState().editSource(SMALL.replace('label: B}', 'label: Bee}'), 'edit');
  store.getState().selectStation('b');
  store.getState().setEditorOpen(true);
  store.getState().setZoom({ mapId: 'small', k: 2.5, x: -120.25, y: 48 });
  return store.getState();
};

describe('autosave: save and restore', () => {
  it('restores the documents, the edited source and the view exactly', async () => {
    const state = await edited();
    const save = readSave(JSON.stringify(toSave(state, bundled())));
    if (!('save' in save)) throw new Error(save.error);
    const { state: restored, notice } = restore(base, save.save);
    expect(notice).toBeNull();
    const entry = restored.maps?.find((m) => m.map.id === 'small');
    expect(entry?.source).toContain('label: Bee}');
    expect(entry?.savedSource).toBe(SMALL);
    expect(entry?.map.stations[1]?.label).toBe('Bee');
    expect(restored.currentMapId).toBe('small');
    expect(restored.selectedStation).toBe('b');
    expect(restored.editorOpen).toBe(true);
    expect(restored.zoom).toEqual({ mapId: 'small', k: 2.5, x: -120.25, y: 48 });
    expect(restored.maps).toHaveLength(base.maps.length + 1);
  });

  it('keeps a draft with errors and the last map that loaded', async () => {
    const state = await edited();
    useAppStore.getState().editSource(`${state.maps.at(-1)?.source}  - {id: c\n`, 'edit');
    const save = migrate(JSON.parse(JSON.stringify(toSave(useAppStore.getState(), bundled()))));
    if (!('save' in save)) throw new Error(save.error);
    const { state: restored } = restore(base, save.save);
    const entry = restored.maps?.find((m) => m.map.id === 'small');
    expect(entry?.source).toContain('- {id: c');
    expect(entry?.map.stations.map((s) => s.label)).toEqual(['A', 'Bee']);
    expect(restored.checks?.['small']?.ok).toBe(false);
  });

  it('saves nothing for an untouched bundled map', () => {
    useAppStore.setState(base, true);
    expect(toSave(useAppStore.getState(), bundled()).documents).toEqual([]);
  });
});

describe('autosave: migrate and recover', () => {
  const current = (): Save => ({
    version: SAVE_VERSION,
    savedAt: '2026-01-01T00:00:00.000Z',
    documents: [],
    solutions: [],
    view: {
      currentMapId: 'ml-system',
      selectedSolutions: [],
      selectedStation: null,
      editorOpen: false,
      zoom: null,
    },
  });

  it('refuses what is not a save, without throwing', () => {
    expect(readSave('{not json')).toEqual({ error: expect.stringMatching(/not valid JSON/) });
    expect(readSave('[1,2]')).toEqual({ error: expect.stringMatching(/format/) });
    expect(readSave('{"documents":[]}')).toEqual({ error: expect.stringMatching(/no version/) });
    expect(readSave('{"version":1,"documents":3}')).toEqual({
      error: expect.stringMatching(/damaged/),
    });
  });

  it('refuses a save from a newer version, and a version it has no step for', () => {
    expect(migrate({ ...current(), version: 99 })).toEqual({
      error: expect.stringMatching(/newer version/),
    });
    expect(migrate({ version: 0 })).toEqual({ error: expect.stringMatching(/too old/) });
  });

  it('reads a version 1 save (before the zoom was kept): everything but the zoom comes back', () => {
    const v1 = {
      version: 1,
      savedAt: '2026-01-01T00:00:00.000Z',
      documents: [{ name: 'small.yaml', origin: 'file', mapId: 'small', source: SMALL }],
      solutions: [],
      view: {
        currentMapId: 'small',
        selectedSolutions: [],
        selectedStation: 'b',
        editorOpen: true,
      },
    };
    const read = readSave(JSON.stringify(v1));
    if (!('save' in read)) throw new Error(read.error);
    expect(read.save.version).toBe(SAVE_VERSION);
    expect(read.save.view.zoom).toBeNull();
    const { state, notice } = restore(base, read.save);
    expect(notice).toBeNull();
    expect(state.currentMapId).toBe('small');
    expect(state.selectedStation).toBe('b');
    expect(state.editorOpen).toBe(true);
    expect(state.zoom).toBeNull();
  });

  it('leaves out a zoom that does not read, or that belongs to another map', () => {
    const view = current().view;
    const out = (zoom: unknown) => restore(base, { ...current(), view: { ...view, zoom } });
    for (const zoom of [{ mapId: 'ml-system', k: 1000, x: 0, y: 0 }, { k: 2 }, 'far']) {
      const { state, notice } = out(zoom);
      expect(state.zoom).toBeNull();
      expect(notice).toMatch(/1 saved item could not be restored/);
    }
    expect(out({ mapId: 'other', k: 2, x: 1, y: 2 }).state.zoom).toBeNull();
    expect(out({ mapId: 'ml-system', k: 2, x: 1, y: 2 }).state.zoom).toEqual({
      mapId: 'ml-system',
      k: 2,
      x: 1,
      y: 2,
    });
  });

  it('upgrades an old save step by step', () => {
    const old = { version: 0, current: 'small', docs: { small: SMALL } };
    const migrations = {
      0: (o: Record<string, unknown>) => ({
        ...current(),
        documents: Object.entries(o['docs'] as Record<string, string>).map(([id, source]) => ({
          name: `${id}.yaml`,
          origin: 'file',
          mapId: id,
          source,
        })),
        view: { ...current().view, currentMapId: o['current'] },
      }),
    };
    const migrated = migrate(old, migrations);
    if (!('save' in migrated)) throw new Error(migrated.error);
    const { state } = restore(base, migrated.save);
    expect(state.currentMapId).toBe('small');
    expect(state.maps?.some((m) => m.map.id === 'small')).toBe(true);
  });

  it('recovers what it can from a damaged save and says what it left out', () => {
    const save: Save = {
      ...current(),
      documents: [
        { name: 'small.yaml', origin: 'file', mapId: 'small', source: SMALL },
        { name: 'broken.yaml', origin: 'file', mapId: 'x', source: 'kind: map\nid: [' },
        { nonsense: true },
      ],
      solutions: [{ kind: 'solution', id: 's', name: 'S', map: 'nowhere', covers: [] }],
      view: { ...current().view, currentMapId: 'gone', selectedStation: 'nope' },
    };
    const { state, notice } = restore(base, save);
    expect(state.maps?.some((m) => m.map.id === 'small')).toBe(true);
    expect(state.currentMapId).toBe(base.maps[0]?.map.id);
    expect(state.selectedStation).toBeNull();
    expect(notice).toMatch(/3 saved items could not be restored/);
  });
});
