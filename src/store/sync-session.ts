// The autosave's memory of one store, all of it in one object made with the store (store.ts):
// the store it saves, the documents database and the channel to the other tabs, what it last
// stored or read of each record (its revision and print), so that it writes only what changed
// and knows what another tab changed, its timer and queue of saves, and the other tabs'
// versions awaiting a choice. The autosave's functions (autosave.ts, tab-sync.ts,
// unsaved-journal.ts) take it as their first argument; nothing keeps it at module level.
import type { StateCreator } from 'zustand';
import type { DocumentDb, StoredRecord } from '../storage/document-db.ts';
import { storageFailure } from '../storage/failure.ts';
import type { TabChannel } from '../storage/tab-channel.ts';
import { newTabId } from '../storage/tab-channel.ts';
import { storeMessages as m } from './messages.ts';
import type { ModelCodeLoader } from './model-code.ts';
import type { AppState, MapEntry } from './types.ts';

export type Api = Parameters<StateCreator<AppState>>[2];

export interface Synced {
  readonly revision: number;
  readonly print: string;
}

export interface SyncSession {
  /** The store it saves (set by the autosave middleware as the store is made). */
  api: Api | null;
  /** The store's loader of the parser and schema (a stored map is read with them). */
  readonly modelCode: ModelCodeLoader;
  db: DocumentDb | null;
  channel: TabChannel | null;
  readonly tab: string;
  /** Record key -> what this tab last stored or took of it. */
  readonly synced: Map<string, Synced>;
  /** The bundled maps as they were at start (a removed record of one brings it back). */
  bundledMaps: readonly MapEntry[];
  bundledSolutions: ReadonlySet<string>;
  bundledRequirements: ReadonlySet<string>;
  /** Whether the user has been told that storing fails (told once per tab). */
  warned: boolean;
  /** Why the documents database could not be opened, if it could not. */
  dbError: unknown;
  /** Whether the autosave has started (restored what was stored) and saves changes. */
  armed: boolean;
  /** The save waiting for the pause after the last change, if one is. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The view as last written to localStorage. */
  lastView: string;
  /** The saves in flight, one after the other. */
  chain: Promise<void>;
  /** Whether this tab has a journal of unsaved work in localStorage (unsaved-journal.ts). */
  journalled: boolean;
  /** The other tab's version of each document in conflict, until the user chooses. */
  readonly theirs: Map<string, StoredRecord>;
}

/** A fresh session: nothing stored or read yet, not started. */
export const createSyncSession = (modelCode: ModelCodeLoader): SyncSession => ({
  api: null,
  modelCode,
  db: null,
  channel: null,
  tab: newTabId(),
  synced: new Map(),
  bundledMaps: [],
  bundledSolutions: new Set(),
  bundledRequirements: new Set(),
  warned: false,
  dbError: null,
  armed: false,
  timer: undefined,
  lastView: '',
  chain: Promise.resolve(),
  journalled: false,
  theirs: new Map(),
});

/** Remembers what ships with the app in `state` (bundled solutions and sets are not stored). */
export function rememberBundled(session: SyncSession, state: AppState): void {
  session.bundledMaps = state.maps;
  session.bundledSolutions = new Set(state.solutions.map((s) => `${s.map}/${s.id}`));
  session.bundledRequirements = new Set(state.requirements.map((r) => `${r.map}/${r.id}`));
}

/** Tells the user, once, that their work is not being stored, and why. */
export function warnStorage(session: SyncSession, error: unknown): void {
  if (session.warned || !session.api) return;
  session.warned = true;
  const reason = {
    full: m.storageFull,
    blocked: m.storageBlocked,
    refused: m.storageRefused,
  }[storageFailure(error)]();
  session.api.setState({ storageWarning: m.notSaved(reason) });
}
