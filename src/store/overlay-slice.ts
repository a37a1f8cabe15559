// The overlay slice: which solutions are laid over the current map.
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface OverlaySlice {
  /** Ids of the selected solutions of the current map, in the order they were chosen. */
  readonly selectedSolutions: readonly string[];
  toggleSolution: (id: string) => void;
  setSelection: (ids: readonly string[]) => void;
  clearSelection: () => void;
}

export const createOverlaySlice: StateCreator<AppState, [], [], OverlaySlice> = (set, get) => ({
  selectedSolutions: [],
  toggleSolution: (id) => {
    const selected = get().selectedSolutions;
    set({
      selectedSolutions: selected.includes(id)
        ? selected.filter((s) => s !== id)
        : [...selected, id],
    });
  },
  setSelection: (ids) => {
    const state = get();
    const known = new Set(
      state.solutions.filter((s) => s.map === state.currentMapId).map((s) => s.id),
    );
    set({ selectedSolutions: [...new Set(ids)].filter((id) => known.has(id)) });
  },
  clearSelection: () => set({ selectedSolutions: [] }),
});
