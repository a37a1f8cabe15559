// What the autosave keeps: the save's shape is written here, with the running app; reading a
// save back (checking, migrating, restoring) is in persist-read.ts, loaded only when there is
// a save to read, so that it stays out of the first download.
import type { Save, SavedDocument } from './persist-read.ts';
import { solutionKey } from './keys.ts';
import type { AppState } from './types.ts';

export const SAVE_VERSION = 2;

/** What of the state is saved: every opened or edited map, extra solutions, the view. */
export function toSave(
  state: AppState,
  bundledSolutions: ReadonlySet<string>,
  bundledRequirements: ReadonlySet<string> = new Set(),
): Save {
  const documents = state.maps
    .filter((e) => e.origin !== 'bundled' || e.savedSource !== undefined)
    .map((e): SavedDocument => {
      const check = state.checks[e.map.id];
      return {
        name: e.name,
        origin: e.origin,
        mapId: e.map.id,
        source: e.source,
        ...(e.savedSource !== undefined ? { savedSource: e.savedSource } : {}),
        ...(check && !check.ok ? { map: e.map } : {}),
      };
    });
  return {
    version: SAVE_VERSION,
    savedAt: new Date().toISOString(),
    documents,
    solutions: state.solutions.filter((s) => !bundledSolutions.has(solutionKey(s))),
    requirements: state.requirements.filter((r) => !bundledRequirements.has(solutionKey(r))),
    view: {
      currentMapId: state.currentMapId,
      selectedSolutions: [...state.selectedSolutions],
      activeRequirements: { ...state.activeRequirements },
      selectedStation: state.selectedStation,
      editorOpen: state.editorOpen,
      zoom: state.zoom,
    },
  };
}
