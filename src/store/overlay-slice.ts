// The overlay slice: which tools are laid over the maps. A tool is the same on every map (the
// same solution id), so the selection holds across maps; each map draws the selected tools it has.
import type { OverlaySlice, SliceCreator } from './types.ts';

export const createOverlaySlice: SliceCreator<OverlaySlice> = (set, get) => ({
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
