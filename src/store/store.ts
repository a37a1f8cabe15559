// One store, combined once from its slices (zustand's slices pattern). The slices import their
// types from types.ts, never this module; components read it through selectors.ts. What the
// store's actions keep beside its state — the loader of the parser and schema, the autosave's
// session — is made here with each store, so that nothing of it is module state and a test
// can make a fresh store that starts as a fresh page does.
import { create } from 'zustand';
import { autosave } from './autosave.ts';
import { DEFAULT_MAP_ID, loadBundled } from './bundled.ts';
import { createDisplaySlice } from './display-slice.ts';
import { createDocumentSlice } from './document-slice.ts';
import { createEditorSlice } from './editor-slice.ts';
import { createModelCodeLoader } from './model-code.ts';
import type { ModelCodeLoader } from './model-code.ts';
import { createOverlaySlice } from './overlay-slice.ts';
import { createSyncSession } from './sync-session.ts';
import { createSyncSlice } from './sync-slice.ts';
import type { AppState } from './types.ts';
import { createViewSlice } from './view-slice.ts';

/** A new store with its own loader of the model code (or `modelCode`) and autosave session. */
export function createAppStore(modelCode: ModelCodeLoader = createModelCodeLoader()) {
  const session = createSyncSession(modelCode);
  return create<AppState>()(
    autosave(session, (...a) => ({
      ...createDocumentSlice(modelCode)(...a),
      ...createOverlaySlice(...a),
      ...createViewSlice(...a),
      ...createEditorSlice(modelCode)(...a),
      ...createDisplaySlice(...a),
      ...createSyncSlice(session)(...a),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The page's store. */
export const useAppStore = createAppStore();

/**
 * Puts the bundled maps and solutions in `store` and opens the default map, then restores
 * the last session's documents and view over them (autosave).
 */
export async function initialiseStore(store: AppStore = useAppStore): Promise<void> {
  const bundled = await loadBundled();
  const first = bundled.maps.find((m) => m.map.id === DEFAULT_MAP_ID) ?? bundled.maps[0];
  store.setState({
    maps: bundled.maps.map(({ map, source, name }) => ({ map, source, name, origin: 'bundled' })),
    solutions: bundled.solutions,
    requirements: bundled.requirements,
    currentMapId: first?.map.id ?? '',
  });
  await store.getState().startAutosave();
  store.setState({ restoredZoom: store.getState().zoom });
}
