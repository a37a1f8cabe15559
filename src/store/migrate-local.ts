// The one-time move of the old autosave (one localStorage blob of everything) into the
// documents database: every document of it is written there (none that the database already
// holds is overwritten), then read back, and only once all are there is the old key removed.
// Until then the old save stays where it was, and the next start tries again; either way this
// start restores everything it holds. A save that cannot be read is set aside, as before.
import type { DocumentDb } from '../storage/document-db.ts';
import { readLocal, removeLocal, writeLocal } from '../storage/local-storage.ts';
import { mapRecordKey, requirementsRecordKey, solutionRecordKey } from './persist.ts';
import type { SavedView } from './persist.ts';
import { storeMessages as m } from './messages.ts';

export const SAVE_KEY = 'mlops-transit-map:autosave';
export const SET_ASIDE_KEY = 'mlops-transit-map:autosave:set-aside';
export const VIEW_KEY = 'mlops-transit-map:view';

export interface OldSave {
  /** The old save's records, by the keys the database uses. */
  readonly records: readonly (readonly [string, unknown])[];
  readonly view: SavedView | null;
  /** Said to the user: the old save could not be read. */
  readonly notice: string | null;
  /** Whether the database now holds it all and the old key is gone. */
  readonly moved: boolean;
}

const text = (v: unknown, key: string) => {
  const x = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof x === 'string' ? x : null;
};

const NONE: OldSave = { records: [], view: null, notice: null, moved: false };

/** Moves the old save into `db` (null: no database; then it is only read). */
export async function migrateOldSave(db: DocumentDb | null, tab: string): Promise<OldSave> {
  const old = readLocal(SAVE_KEY);
  if (old === null) return NONE;
  const { readSave } = await import('./persist-read.ts');
  const read = readSave(old);
  if ('error' in read) {
    try {
      writeLocal(SET_ASIDE_KEY, old);
      removeLocal(SAVE_KEY);
    } catch {
      // Nothing more can be done; the message still tells the user.
    }
    return { ...NONE, notice: m.notRestored(read.error, SET_ASIDE_KEY) };
  }
  const { save } = read;
  const records: (readonly [string, unknown])[] = [];
  let unread = 0;
  for (const doc of save.documents) {
    const id = text(doc, 'mapId');
    if (id !== null) records.push([mapRecordKey(id), doc]);
    else unread++;
  }
  for (const [list, key] of [
    [save.solutions, solutionRecordKey],
    [save.requirements ?? [], requirementsRecordKey],
  ] as const) {
    for (const item of list) {
      const map = text(item, 'map');
      const id = text(item, 'id');
      if (map !== null && id !== null) records.push([key({ map, id }), item]);
      else unread++;
    }
  }
  const result = { records, view: save.view, notice: null };
  if (!db) return { ...result, moved: false };
  try {
    await db.addMissing(records, tab);
    const held = new Set((await db.all()).map((r) => r.key));
    if (!records.every(([key]) => held.has(key))) return { ...result, moved: false };
    if (readLocal(VIEW_KEY) === null) writeLocal(VIEW_KEY, JSON.stringify(save.view));
    // Items without an id cannot be restored; the old text is kept aside all the same.
    if (unread > 0) writeLocal(SET_ASIDE_KEY, old);
    return { ...result, moved: removeLocal(SAVE_KEY) };
  } catch {
    return { ...result, moved: false }; // The old key stays; the next start tries again.
  }
}
