// The last moment's safety net: IndexedDB writes are asynchronous, and a page being closed or
// reloaded may be gone before the autosave's write completes. So when the page is hidden, what
// this tab has not yet stored is also written, synchronously, to localStorage, under this
// tab's own key. The next start replays it over what was restored: a document nobody stored
// since is taken as it was (and saved); one another tab changed meanwhile is a conflict, put
// to the user like any other. Once this tab has stored everything, its journal is removed.
import type { StoredRecord } from '../storage/document-db.ts';
import { readLocal, localStore, removeLocal, writeLocal } from '../storage/local-storage.ts';
import { isMapKey, printOf } from './persist.ts';
import type { SyncSession } from './sync-session.ts';
import { localRecords, raiseConflict, stateCode } from './tab-sync.ts';
import type { AppState } from './types.ts';

export const JOURNAL_PREFIX = 'mlops-transit-map:unsaved:';

export interface JournalEntry {
  readonly key: string;
  readonly value: unknown;
  /** The revision this tab's version was based on (0: never stored). */
  readonly basedOn: number;
}

/** This tab's journal's key in localStorage. */
export const journalKey = (session: SyncSession) => `${JOURNAL_PREFIX}${session.tab}`;

/**
 * The records this tab has changed since it last stored them, a conflict still open among
 * them (its text is unsaved work too: replayed, it is put to the user again).
 */
export function unsavedEntries(
  session: SyncSession,
  state: AppState,
  records: ReadonlyMap<string, unknown> = localRecords(session, state),
): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const [key, value] of records) {
    const known = session.synced.get(key);
    if (known?.print === printOf(key, value)) continue;
    entries.push({ key, value, basedOn: known?.revision ?? 0 });
  }
  return entries;
}

/** Writes what is not stored yet to this tab's journal, synchronously; never throws. */
export function writeJournal(session: SyncSession, state: AppState): void {
  const entries = unsavedEntries(session, state);
  try {
    if (entries.length === 0) removeLocal(journalKey(session));
    else writeLocal(journalKey(session), JSON.stringify(entries));
  } catch {
    // Full or refused: the asynchronous save is all there is (and it says when it fails).
  }
}

/** Removes this tab's journal: everything in it is stored. */
export const clearJournal = (session: SyncSession): void => void removeLocal(journalKey(session));

const isEntry = (e: unknown): e is JournalEntry =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as JournalEntry).key === 'string' &&
  typeof (e as JournalEntry).basedOn === 'number' &&
  (e as JournalEntry).value !== undefined;

/** Every journal left by a tab that was closed (or reloaded) before its save completed. */
export function readJournals(): { storageKey: string; entries: JournalEntry[] }[] {
  const store = localStore();
  if (!store) return [];
  const found: { storageKey: string; entries: JournalEntry[] }[] = [];
  let keys: string[] = [];
  try {
    keys = Array.from({ length: store.length }, (_, i) => store.key(i) ?? '');
  } catch {
    return [];
  }
  for (const storageKey of keys.filter((k) => k.startsWith(JOURNAL_PREFIX))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readLocal(storageKey) ?? '[]');
    } catch {
      parsed = [];
    }
    // A damaged journal is dropped: it can only hold a copy of what the store held at best.
    const entries = Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    found.push({ storageKey, entries });
  }
  return found;
}

/** What to do with one journal entry, given the record stored under its key now. */
export function replayDecision(
  entry: JournalEntry,
  stored: { revision: number; value: unknown } | undefined,
): 'skip' | 'take' | 'conflict' {
  if (stored && printOf(entry.key, stored.value) === printOf(entry.key, entry.value)) return 'skip';
  if (stored && stored.revision > entry.basedOn && isMapKey(entry.key)) return 'conflict';
  return 'take';
}

/**
 * Replays every journal left behind over the restored state (see the top of this file). The
 * journals are removed once their documents are in the state; the autosave stores them next.
 * Returns how many documents were taken back.
 */
export async function replayJournals(session: SyncSession): Promise<number> {
  const journals = readJournals();
  const api = session.api;
  if (journals.length === 0 || !api) return 0;
  const code = await stateCode(session);
  if (!code) return 0; // The parser did not load: the journals stay for the next start.
  const [{ applyStoredMap, applyStoredOverlay }, model] = code;
  let taken = 0;
  for (const { storageKey, entries } of journals) {
    for (const entry of entries) {
      let stored: StoredRecord | undefined;
      try {
        stored = await session.db?.get(entry.key);
      } catch {
        stored = undefined;
      }
      const decision = replayDecision(entry, stored);
      if (decision === 'skip') continue;
      const state = api.getState();
      api.setState(
        isMapKey(entry.key)
          ? applyStoredMap(state, entry.value, model.loadText)
          : applyStoredOverlay(state, entry.key, entry.value),
      );
      taken++;
      if (decision === 'conflict' && stored) raiseConflict(session, entry.key, stored);
    }
    // Without the database the journal is the only copy: it stays until a save can be made.
    if (session.db) removeLocal(storageKey);
  }
  return taken;
}
