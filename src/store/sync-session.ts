// The autosave's memory of this tab, all of it in one object: the store it saves, the
// documents database and the channel to the other tabs, what it last stored or read of each
// record (its revision and print), so that it writes only what changed and knows what another
// tab changed, its timer and queue of saves, and the other tabs' versions awaiting a choice.
import type { StateCreator } from 'zustand';
import type { DocumentDb, StoredRecord } from '../storage/document-db.ts';
import { storageFailure } from '../storage/failure.ts';
import type { TabChannel } from '../storage/tab-channel.ts';
import { newTabId } from '../storage/tab-channel.ts';
import { storeMessages as m } from './messages.ts';
import type { AppState, MapEntry } from './types.ts';

export type Api = Parameters<StateCreator<AppState>>[2];

export interface Synced {
  readonly revision: number;
  readonly print: string;
}

export const session = {
  api: null as Api | null,
  db: null as DocumentDb | null,
  channel: null as TabChannel | null,
  tab: newTabId(),
  /** Record key -> what this tab last stored or took of it. */
  synced: new Map<string, Synced>(),
  /** The bundled maps as they were at start (a removed record of one brings it back). */
  bundledMaps: [] as readonly MapEntry[],
  bundledSolutions: new Set<string>(),
  bundledRequirements: new Set<string>(),
  /** Whether the user has been told that storing fails (told once per tab). */
  warned: false,
  /** Why the documents database could not be opened, if it could not. */
  dbError: null as unknown,
  /** Saves now (the autosave's flush, set when it starts). */
  flush: (): Promise<void> => Promise.resolve(),
  /** Whether the autosave has started (restored what was stored) and saves changes. */
  armed: false,
  /** The save waiting for the pause after the last change, if one is. */
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  /** The view as last written to localStorage. */
  lastView: '',
  /** The saves in flight, one after the other. */
  chain: Promise.resolve() as Promise<void>,
  /** Whether this tab has a journal of unsaved work in localStorage (unsaved-journal.ts). */
  journalled: false,
  /** The other tab's version of each document in conflict, until the user chooses. */
  theirs: new Map<string, StoredRecord>(),
};

/** Tells the user, once, that their work is not being stored, and why. */
export function warnStorage(error: unknown): void {
  if (session.warned || !session.api) return;
  session.warned = true;
  const reason = {
    full: m.storageFull,
    blocked: m.storageBlocked,
    refused: m.storageRefused,
  }[storageFailure(error)]();
  session.api.setState({ storageWarning: m.notSaved(reason) });
}
