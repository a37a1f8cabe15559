// One store, combined once from its slices (zustand's slices pattern).
import { create } from 'zustand';
import type { Requirements, Solution } from '../model/schema.ts';
import { autosave, startAutosave } from './autosave.ts';
import { DEFAULT_MAP_ID, loadBundled } from './bundled.ts';
import { createDocumentSlice } from './document-slice.ts';
import type { DocumentSlice, MapEntry } from './document-slice.ts';
import { createEditorSlice } from './editor-slice.ts';
import type { EditorSlice } from './editor-slice.ts';
import { createOverlaySlice } from './overlay-slice.ts';
import type { OverlaySlice } from './overlay-slice.ts';
import { createViewSlice } from './view-slice.ts';
import type { ViewSlice } from './view-slice.ts';

export type AppState = DocumentSlice & OverlaySlice & ViewSlice & EditorSlice;

export const useAppStore = create<AppState>()(
  autosave((...a) => ({
    ...createDocumentSlice(...a),
    ...createOverlaySlice(...a),
    ...createViewSlice(...a),
    ...createEditorSlice(...a),
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

// Selectors, defined once at module level.
export const selectCurrentEntry = (s: AppState): MapEntry | undefined =>
  s.maps.find((m) => m.map.id === s.currentMapId);

/** The active requirement set of the current map, if any. */
export const selectActiveRequirements = (s: AppState): Requirements | undefined => {
  const id = s.activeRequirements[s.currentMapId];
  if (id === undefined) return undefined;
  return s.requirements.find((r) => r.map === s.currentMapId && r.id === id);
};

const requirementsCache = new WeakMap<readonly Requirements[], Map<string, Requirements[]>>();
/** The requirement sets loaded for the current map (a stable array while nothing changes). */
export const selectMapRequirements = (s: AppState): readonly Requirements[] => {
  let byMap = requirementsCache.get(s.requirements);
  if (!byMap) requirementsCache.set(s.requirements, (byMap = new Map()));
  let list = byMap.get(s.currentMapId);
  if (!list)
    byMap.set(s.currentMapId, (list = s.requirements.filter((r) => r.map === s.currentMapId)));
  return list;
};

const solutionCache = new WeakMap<readonly Solution[], Map<string, Solution[]>>();
/** The solutions drawn over the current map (a stable array while nothing changes). */
export const selectMapSolutions = (s: AppState): readonly Solution[] => {
  let byMap = solutionCache.get(s.solutions);
  if (!byMap) solutionCache.set(s.solutions, (byMap = new Map()));
  let list = byMap.get(s.currentMapId);
  if (!list)
    byMap.set(s.currentMapId, (list = s.solutions.filter((x) => x.map === s.currentMapId)));
  return list;
};
