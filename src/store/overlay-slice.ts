// The overlay slice: which tools are laid over the maps. A tool is the same on every map (the
// same solution id), so the selection holds across maps; each map draws the selected tools it has.
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface OverlaySlice {
  /** Ids of the selected tools, on any map, in the order they were chosen. */
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
    const known = new Set(get().solutions.map((s) => s.id));
    set({ selectedSolutions: [...new Set(ids)].filter((id) => known.has(id)) });
  },
  clearSelection: () => set({ selectedSolutions: [] }),
});
