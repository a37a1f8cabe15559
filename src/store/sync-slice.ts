// The sync slice: what the autosave needs to tell the user — a document changed in another tab
// while it was being edited here (a conflict waiting for a choice), or storage that fails.
import type { SliceCreator, SyncSlice } from './types.ts';

export const createSyncSlice: SliceCreator<SyncSlice> = (set) => ({
  conflicts: [],
  storageWarning: null,
  dismissStorageWarning: () => set({ storageWarning: null }),
});
