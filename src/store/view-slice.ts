// The view slice: what the user is looking at, beyond the document itself.
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface ViewSlice {
  /** The station whose details panel is open. */
  readonly selectedStation: string | null;
  /** Bumped to ask the map to fit itself to the screen. */
  readonly fitRequest: number;
  selectStation: (id: string | null) => void;
  requestFit: () => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  selectedStation: null,
  fitRequest: 0,
  selectStation: (id) => set({ selectedStation: id }),
  requestFit: () => set({ fitRequest: get().fitRequest + 1 }),
});
