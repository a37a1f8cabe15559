// The sync slice: what the autosave needs to tell the user — a document changed in another tab
// while it was being edited here (a conflict waiting for a choice), or storage that fails — and
// the autosave's actions, on the store's own session (made with the store, store.ts).
import { flushAutosave, startAutosave } from './autosave.ts';
import type { SyncSession } from './sync-session.ts';
import { resolveConflict } from './tab-sync.ts';
import type { SliceCreator, SyncSlice } from './types.ts';

export const createSyncSlice =
  (session: SyncSession): SliceCreator<SyncSlice> =>
  (set) => ({
    conflicts: [],
    storageWarning: null,
    dismissStorageWarning: () => set({ storageWarning: null }),
    startAutosave: () => startAutosave(session),
    flushAutosave: () => flushAutosave(session),
    resolveConflict: async (key, choice) => {
      if (await resolveConflict(session, key, choice)) await flushAutosave(session);
    },
  });
