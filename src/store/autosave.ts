// Autosave: a middleware on the combined store that stores each opened or edited document on
// its own, with a revision, in IndexedDB about 300 ms after the last change (the view goes to
// localStorage), tells the other tabs, and restores everything at start-up. A write that finds
// another tab's newer revision becomes a conflict for the user to settle (tab-sync.ts); a
// failed write (quota, private mode) is said once, and editing goes on in memory. All it
// remembers is in the store's own session (sync-session.ts), which every function here takes.
import type { StateCreator } from 'zustand';
import { openDocumentDb } from '../storage/document-db.ts';
import type { StoredRecord } from '../storage/document-db.ts';
import { readLocal, writeLocal } from '../storage/local-storage.ts';
import { openTabChannel } from '../storage/tab-channel.ts';
import { editedName } from './apply-source.ts';
import { migrateOldSave, VIEW_KEY } from './migrate-local.ts';
import { asSave, isMapKey, printOf, savedView } from './persist.ts';
import type { AppState } from './types.ts';
import { rememberBundled, warnStorage } from './sync-session.ts';
import type { Api, SyncSession } from './sync-session.ts';
import { localRecords, raiseConflict, receive } from './tab-sync.ts';
import { clearJournal, replayJournals, unsavedEntries, writeJournal } from './unsaved-journal.ts';

export { SAVE_KEY, SET_ASIDE_KEY, VIEW_KEY } from './migrate-local.ts';
export const SAVE_DEBOUNCE_MS = 300;

/** Writes `value` as the next revision of `key`; another tab's newer map is a conflict. */
async function store(
  session: SyncSession,
  key: string,
  value: unknown,
  print: string,
  basedOn: number,
): Promise<void> {
  const { db, tab } = session;
  if (!db) return;
  let result = await db.put(key, value, basedOn, tab);
  // A record removed meanwhile, or a solution (opened, never edited: the latest one wins).
  if (!result.ok && (!result.current || !isMapKey(key)))
    result = await db.put(key, value, result.current?.revision ?? 0, tab);
  // Another tab (or this tab's journal, replayed) stored the very same text: not a conflict.
  if (!result.ok && result.current && printOf(key, result.current.value) === print)
    result = { ok: true, record: result.current };
  if (result.ok) {
    const { revision } = result.record;
    session.synced.set(key, { revision, print });
    session.channel?.announce({ key, revision, tab });
  } else if (result.current) raiseConflict(session, key, result.current);
}

async function saveNow(session: SyncSession): Promise<void> {
  const api = session.api;
  if (!api || !session.armed) return;
  const state = api.getState();
  const view = JSON.stringify(savedView(state));
  if (view !== session.lastView)
    try {
      writeLocal(VIEW_KEY, view);
      session.lastView = view;
    } catch (error) {
      warnStorage(session, error);
    }
  const records = localRecords(session, state);
  const waiting = new Set(state.conflicts.map((c) => c.key));
  try {
    for (const { key, value, basedOn } of unsavedEntries(session, state, records)) {
      if (waiting.has(key)) continue;
      if (!session.db) throw session.dbError;
      await store(session, key, value, printOf(key, value), basedOn);
    }
    for (const [key, known] of [...session.synced]) {
      if (records.has(key) || waiting.has(key) || !session.db) continue;
      // Gone here (a map given another id): removed, unless another tab wrote it since.
      const gone = await session.db.remove(key, known.revision);
      session.synced.delete(key);
      if (gone) session.channel?.announce({ key, revision: 0, tab: session.tab });
      else void receive(session, key);
    }
    if (session.journalled && unsavedEntries(session, api.getState()).length === 0) {
      clearJournal(session);
      session.journalled = false;
    }
  } catch (error) {
    warnStorage(session, error);
  }
}

/** Saves now (also on page hide, so that the last keystrokes are not lost). */
export function flushAutosave(session: SyncSession): Promise<void> {
  if (session.timer !== undefined) clearTimeout(session.timer);
  session.timer = undefined;
  const save = () => saveNow(session);
  session.chain = session.chain.then(save, save);
  return session.chain;
}

/**
 * State that is never saved and changes often — the editor's edge dragged, the steps of a
 * presentation, the map's status — so a change to it alone looks for nothing to save.
 */
const NEVER_SAVED: ReadonlySet<string> = new Set<keyof AppState>([
  'editorWidth',
  'mapStatus',
  'presenting',
  'presentationStep',
  'restoredZoom',
]);

/** Whether nothing but NEVER_SAVED state differs between `state` and `prev`. */
export const onlyUnsavedChanged = (state: AppState, prev: AppState): boolean =>
  (Object.keys(state) as (keyof AppState)[]).every(
    (key) => state[key] === prev[key] || NEVER_SAVED.has(key),
  );

/**
 * Saves about SAVE_DEBOUNCE_MS after the last change to a document (a map, a solution, a
 * requirement set). A change to the view only (zoom, selection) starts the wait if none is
 * running but does not push back a save already due: a layout arriving, a fit or a pan must
 * not delay the storing of what was typed.
 */
const schedule = (session: SyncSession, state: AppState, prev: AppState) => {
  if (!session.armed) return;
  const documents =
    state.maps !== prev.maps ||
    state.solutions !== prev.solutions ||
    state.requirements !== prev.requirements;
  if (!documents && (session.timer !== undefined || onlyUnsavedChanged(state, prev))) return;
  if (session.timer !== undefined) clearTimeout(session.timer);
  session.timer = setTimeout(() => void flushAutosave(session), SAVE_DEBOUNCE_MS);
};

/**
 * The middleware: gives the store's session the store, and saves (debounced) after every
 * change once the session has started.
 */
export const autosave =
  (session: SyncSession, config: StateCreator<AppState>): StateCreator<AppState> =>
  (set, get, api: Api) => {
    session.api = api;
    api.subscribe((state, prev) => schedule(session, state, prev));
    return config(set, get, api);
  };

const parseView = (text: string | null): unknown => {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * Restores the stored documents and view over the bundled maps (moving the old single-blob
 * autosave into the database the first time), then starts saving and listening to the other
 * tabs. Call once, after the bundled maps are in the store. The code that reads a save is
 * fetched only if there is one.
 */
export async function startAutosave(session: SyncSession): Promise<void> {
  const api = session.api;
  if (!api) return;
  const base = api.getState();
  rememberBundled(session, base);
  const db = openDocumentDb();
  let stored: StoredRecord[] = [];
  try {
    stored = await db.all();
    session.db = db;
  } catch (error) {
    session.dbError = error;
  }
  const old = await migrateOldSave(session.db, session.tab);
  if (old.moved && session.db) stored = await session.db.all().catch(() => stored);
  const records = new Map<string, unknown>(old.moved ? [] : old.records);
  for (const r of stored) records.set(r.key, r.value);
  const viewText = readLocal(VIEW_KEY);
  const view = parseView(viewText) ?? old.view;
  if (records.size > 0 || view !== null) {
    const { migrate, restore } = await import('./persist-read.ts');
    const fallback = savedView(base);
    // A view that does not read (damaged, or from a newer app) gives way to the default one.
    const read = migrate(asSave(records, (view ?? fallback) as typeof fallback));
    const save = 'save' in read ? read.save : asSave(records, fallback);
    const restored = restore(api.getState(), save);
    api.setState({ ...restored.state, restoreNotice: restored.notice ?? old.notice });
    const s = api.getState();
    const current = s.maps.find((m) => m.map.id === s.currentMapId);
    const check = s.checks[s.currentMapId];
    if (current && check && check.problems.length > 0)
      api.setState({
        report: { source: editedName(current), problems: check.problems, refused: !check.ok },
      });
  } else if (old.notice) api.setState({ restoreNotice: old.notice });
  const local = localRecords(session, api.getState());
  for (const r of stored) {
    const value = local.get(r.key);
    if (value !== undefined)
      session.synced.set(r.key, { revision: r.revision, print: printOf(r.key, value) });
  }
  session.lastView = viewText ?? '';
  session.channel = openTabChannel((note) => {
    if (note.tab !== session.tab) void receive(session, note.key);
  });
  session.armed = true;
  if ((await replayJournals(session)) > 0) await flushAutosave(session);
  if (typeof window !== 'undefined') {
    // The page may be gone before an IndexedDB write completes: the journal is written first,
    // synchronously, and replayed at the next start if the write did not make it.
    const hidden = () => {
      writeJournal(session, api.getState());
      session.journalled = true;
      void flushAutosave(session);
    };
    window.addEventListener('pagehide', hidden);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') hidden();
    });
  }
}
