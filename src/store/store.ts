// One store, combined once from its slices (zustand's slices pattern). The slices import their
// types from types.ts, never this module; components read it through selectors.ts.
import { create } from 'zustand';
import { autosave, startAutosave } from './autosave.ts';
import { DEFAULT_MAP_ID, loadBundled } from './bundled.ts';
import { createDisplaySlice } from './display-slice.ts';
import { createDocumentSlice } from './document-slice.ts';
import { createEditorSlice } from './editor-slice.ts';
import { createOverlaySlice } from './overlay-slice.ts';
import { createSyncSlice } from './sync-slice.ts';
import type { AppState } from './types.ts';
import { createViewSlice } from './view-slice.ts';

export const useAppStore = create<AppState>()(
  autosave((...a) => ({
    ...createDocumentSlice(...a),
    ...createOverlaySlice(...a),
    ...createViewSlice(...a),
    ...createEditorSlice(...a),
    ...createDisplaySlice(...a),
    ...createSyncSlice(...a),
  })),
);

/**
 * Puts the bundled maps and solutions in the store and opens the default map, then restores
 * the last session's documents and view over them (autosave).
 */
export async function initialiseStore(): Promise<void> {
  const bundled = await loadBundled();
  const first = bundled.maps.find((m) => m.map.id === DEFAULT_MAP_ID) ?? bundled.maps[0];
  useAppStore.setState({
    maps: bundled.maps.map(({ map, source, name }) => ({ map, source, name, origin: 'bundled' })),
    solutions: bundled.solutions,
    requirements: bundled.requirements,
    currentMapId: first?.map.id ?? '',
  });
  await startAutosave();
}
