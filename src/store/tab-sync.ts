// What this tab does when another tab has saved: a document not edited here since it was last
// stored is taken as the other tab saved it (a new map joins the picker); one edited here too
// is a conflict, and the user chooses: keep mine, take theirs, or keep both.
import type { StoredRecord } from '../storage/document-db.ts';
import { isMapKey, printOf, toRecords } from './persist.ts';
import type { SyncSession } from './sync-session.ts';
import type { AppState, Conflict, ConflictChoice } from './types.ts';

/** The records `state` would store, by key. */
export const localRecords = (session: SyncSession, state: AppState) =>
  toRecords(state, session.bundledSolutions, session.bundledRequirements);

/** Remembers `key` as stored at `revision`, with the print this tab now has of it. */
function markSynced(session: SyncSession, key: string, revision: number, fallback: unknown): void {
  const api = session.api;
  const local = api ? localRecords(session, api.getState()).get(key) : undefined;
  session.synced.set(key, { revision, print: printOf(key, local ?? fallback) });
}

/** Puts `record` (another tab's version of a map) before the user, as a choice to make. */
export function raiseConflict(session: SyncSession, key: string, record: StoredRecord): void {
  const api = session.api;
  if (!api) return;
  session.theirs.set(key, record);
  const state = api.getState();
  const value = record.value as { mapId?: unknown; source?: unknown };
  const mapId = typeof value.mapId === 'string' ? value.mapId : key.slice('map:'.length);
  const entry = state.maps.find((m) => m.map.id === mapId);
  const conflict: Conflict = {
    key,
    mapId,
    title: entry?.map.title ?? mapId,
    theirSource: typeof value.source === 'string' ? value.source : '',
    theirSavedAt: record.savedAt,
  };
  api.setState({ conflicts: [...state.conflicts.filter((c) => c.key !== key), conflict] });
}

/** The code that applies a stored version to the state, loaded on first need. */
export const stateCode = (session: SyncSession) =>
  Promise.all([import('./apply-stored.ts'), session.modelCode.load()] as const).catch(() => null);

/** Another tab stored (or removed) `key`: show its version here, or ask. */
export async function receive(session: SyncSession, key: string): Promise<void> {
  const { api, db } = session;
  if (!api || !db) return;
  const code = await stateCode(session);
  let record: StoredRecord | undefined;
  try {
    record = await db.get(key);
  } catch {
    return; // The database went away; this tab's own copy stays.
  }
  if (!code) return;
  const [{ applyStoredMap, applyStoredOverlay, forgetStored }, model] = code;
  const known = session.synced.get(key);
  if (record && known?.revision === record.revision) return; // Nothing new.
  const state = api.getState();
  const local = localRecords(session, state).get(key);
  const clean = local === undefined || printOf(key, local) === known?.print;
  if (!record) {
    session.synced.delete(key);
    if (clean && local !== undefined) api.setState(forgetStored(state, key, session.bundledMaps));
    return;
  }
  if (!clean && isMapKey(key)) {
    raiseConflict(session, key, record);
    return;
  }
  api.setState(
    isMapKey(key)
      ? applyStoredMap(state, record.value, model.loadText)
      : applyStoredOverlay(state, key, record.value),
  );
  if (session.theirs.has(key)) session.theirs.set(key, record);
  markSynced(session, key, record.revision, record.value);
}

/**
 * Settles the conflict over `key` as the user chose (the sync slice's `resolveConflict`, which
 * then saves). Returns whether there was such a conflict to settle.
 */
export async function resolveConflict(
  session: SyncSession,
  key: string,
  choice: ConflictChoice,
): Promise<boolean> {
  const api = session.api;
  const record = session.theirs.get(key);
  if (!api || !record) return false;
  const code = await stateCode(session);
  if (!code) return false;
  const [{ applyStoredMap, keepBoth }, model] = code;
  const state = api.getState();
  const conflicts = state.conflicts.filter((c) => c.key !== key);
  session.theirs.delete(key);
  if (choice === 'mine') {
    // Based on their revision now: the next save writes this tab's text over it, knowingly.
    session.synced.set(key, { revision: record.revision, print: printOf(key, record.value) });
    api.setState({ conflicts });
  } else {
    const conflict = state.conflicts.find((c) => c.key === key);
    const next =
      choice === 'theirs' || !conflict
        ? applyStoredMap(state, record.value, model.loadText)
        : keepBoth(state, conflict.mapId, record.value, model.loadText);
    api.setState({ ...next, conflicts });
    markSynced(session, key, record.revision, record.value);
  }
  return true;
}
