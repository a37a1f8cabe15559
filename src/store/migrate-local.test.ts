import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TWO_STATION_MAP } from '../model/test-maps.ts';
import { openDocumentDb } from '../storage/document-db.ts';
import type { DocumentDb } from '../storage/document-db.ts';
import { MemoryStorage } from '../storage/memory-storage.ts';
import { migrateOldSave, SAVE_KEY, SET_ASIDE_KEY, VIEW_KEY } from './migrate-local.ts';

const view = {
  currentMapId: 'small',
  selectedSolutions: ['t'],
  activeRequirements: {},
  selectedStation: null,
  editorOpen: true,
  zoom: null,
};
const solution = { kind: 'solution', id: 't', name: 'T', map: 'small', covers: ['a'] };
const OLD = JSON.stringify({
  version: 2,
  savedAt: '2026-01-01T00:00:00.000Z',
  documents: [{ name: 'small.yaml', origin: 'file', mapId: 'small', source: TWO_STATION_MAP }],
  solutions: [solution],
  requirements: [],
  view,
});

let n = 0;
let db: DocumentDb;
beforeEach(() => {
  globalThis.localStorage = new MemoryStorage();
  db = openDocumentDb(`migrate-${++n}`);
});
afterEach(() => {
  // @ts-expect-error -- Node has no localStorage of its own
  delete globalThis.localStorage;
});

describe('moving the old autosave into the documents database', () => {
  it('moves every document and the view, then removes the old key', async () => {
    localStorage.setItem(SAVE_KEY, OLD);
    const moved = await migrateOldSave(db, 'tab');
    expect(moved).toMatchObject({ moved: true, notice: null, view });
    const stored = Object.fromEntries((await db.all()).map((r) => [r.key, r.value]));
    expect(stored).toEqual({
      'map:small': { name: 'small.yaml', origin: 'file', mapId: 'small', source: TWO_STATION_MAP },
      'solution:small/t': solution,
    });
    expect(JSON.parse(localStorage.getItem(VIEW_KEY) ?? 'null')).toEqual(view);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    expect(await migrateOldSave(db, 'tab')).toMatchObject({ records: [], moved: false });
  });

  it('keeps the old key while the database cannot take it, and still returns it all', async () => {
    localStorage.setItem(SAVE_KEY, OLD);
    const failing: DocumentDb = {
      ...db,
      addMissing: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    const kept = await migrateOldSave(failing, 'tab');
    expect(kept.moved).toBe(false);
    expect(kept.records.map(([key]) => key)).toEqual(['map:small', 'solution:small/t']);
    expect(localStorage.getItem(SAVE_KEY)).toBe(OLD);
    expect(await migrateOldSave(null, 'tab')).toMatchObject({ moved: false, view });
    expect(localStorage.getItem(SAVE_KEY)).toBe(OLD);
  });

  it('never overwrites what another tab has stored since', async () => {
    localStorage.setItem(SAVE_KEY, OLD);
    await db.put('map:small', { newer: true }, 0, 'other-tab');
    expect((await migrateOldSave(db, 'tab')).moved).toBe(true);
    expect((await db.get('map:small'))?.value).toEqual({ newer: true });
  });

  it('sets aside a save it cannot read, with a notice', async () => {
    localStorage.setItem(SAVE_KEY, '{"version": 1, "documents": [');
    const result = await migrateOldSave(db, 'tab');
    expect(result.notice).toMatch(/could not be restored.*not valid JSON/);
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe('{"version": 1, "documents": [');
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    expect(await db.all()).toEqual([]);
  });
});
