// Reading the store: every selector the components use, defined once at module level (a stable
// function, so a component re-renders only when what it selects changes). A selector that
// builds an object or a filtered list is used through zustand's `useShallow`, which keeps the
// last result while its parts are the same: `useAppStore(useShallow(selectMapSolutions))`.
import type { Requirements, Solution } from '../model/schema.ts';
import type { AppState, MapEntry } from './types.ts';

type Documents = Pick<AppState, 'maps' | 'currentMapId'>;

/** The open map `id`, if it is open. */
export const entryById = (s: Pick<AppState, 'maps'>, id: string): MapEntry | undefined =>
  s.maps.find((m) => m.map.id === id);

/** The map on screen, with its source. */
export const selectCurrentEntry = (s: Documents): MapEntry | undefined =>
  entryById(s, s.currentMapId);

/**
 * The map on screen without its source: the entry changes on every keystroke in the editor, the
 * map only when the text loads, so a component that selects this one does not re-render while
 * the user is typing.
 */
export const selectCurrentMap = (s: Documents) => selectCurrentEntry(s)?.map;

/** The map has edits that were not saved to a file. */
export const isDirty = (entry: MapEntry): boolean =>
  entry.savedSource !== undefined && entry.savedSource !== entry.source;

export const selectCurrentDirty = (s: Documents): boolean => {
  const entry = selectCurrentEntry(s);
  return entry ? isDirty(entry) : false;
};

/** The solutions drawn over the current map (a new list: use it through `useShallow`). */
export const selectMapSolutions = (s: AppState): readonly Solution[] =>
  s.solutions.filter((x) => x.map === s.currentMapId);

/** The requirement sets loaded for the current map (a new list: use it through `useShallow`). */
export const selectMapRequirements = (s: AppState): readonly Requirements[] =>
  s.requirements.filter((r) => r.map === s.currentMapId);

/** The active requirement set of the current map, if any. */
export const selectActiveRequirements = (s: AppState): Requirements | undefined => {
  const id = s.activeRequirements[s.currentMapId];
  if (id === undefined) return undefined;
  return s.requirements.find((r) => r.map === s.currentMapId && r.id === id);
};

/** The result of loading the current map's text in the editor, if it was edited. */
export const selectCurrentCheck = (s: AppState) => s.checks[s.currentMapId];

/** One line on the editor's state: "ok", or how many errors or warnings the text has. */
export const selectEditorStatus = (s: AppState): string => {
  const check = selectCurrentCheck(s);
  if (!check || check.problems.length === 0) return 'ok';
  const errors = check.problems.filter((p) => p.severity === 'error').length;
  return errors > 0
    ? `${errors} ${errors === 1 ? 'error' : 'errors'}: the map shows the last good version`
    : `${check.problems.length} ${check.problems.length === 1 ? 'warning' : 'warnings'}`;
};

export const selectCanUndo = (s: AppState) => (s.histories[s.currentMapId]?.past.length ?? 0) > 0;
export const selectCanRedo = (s: AppState) => (s.histories[s.currentMapId]?.future.length ?? 0) > 0;

// Plain values.
export const selectMaps = (s: AppState) => s.maps;
export const selectCurrentMapId = (s: AppState) => s.currentMapId;
export const selectSelectedSolutions = (s: AppState) => s.selectedSolutions;
export const selectSelectedStation = (s: AppState) => s.selectedStation;
export const selectFitRequest = (s: AppState) => s.fitRequest;
export const selectFocusRequest = (s: AppState) => s.focusRequest;
export const selectZoom = (s: AppState) => s.zoom;
/** The pan and zoom restored at start-up (set once: selecting it re-renders nothing later). */
export const selectRestoredZoom = (s: AppState) => s.restoredZoom;
export const selectReport = (s: AppState) => s.report;
export const selectEditorOpen = (s: AppState) => s.editorOpen;
export const selectStorageWarning = (s: AppState) => s.storageWarning;
/** The conflict the user is asked about now (the first of those waiting). */
export const selectConflict = (s: AppState) => s.conflicts[0] ?? null;
/** This tab's text of the map in that conflict. */
export const selectConflictMine = (s: AppState) => {
  const c = s.conflicts[0];
  return c ? (s.maps.find((e) => e.map.id === c.mapId)?.source ?? '') : '';
};
export const selectDismissStorageWarning = (s: AppState) => s.dismissStorageWarning;
export const selectLoadModelCode = (s: AppState) => s.loadModelCode;
export const selectResolveConflict = (s: AppState) => s.resolveConflict;
export const selectRestoreNotice = (s: AppState) => s.restoreNotice;
export const selectEditNotice = (s: AppState) => s.editNotice;
export const selectConfirmRequest = (s: AppState) => s.confirmRequest;
export const selectTheme = (s: Pick<AppState, 'theme'>) => s.theme;
export const selectPalette = (s: AppState) => s.palette;
export const selectPatterns = (s: AppState) => s.patterns;
export const selectIsolatedLine = (s: AppState) => s.isolatedLine;
export const selectShortcutsOpen = (s: AppState) => s.shortcutsOpen;
export const selectDrawerOpen = (s: AppState) => s.drawerOpen;
export const selectKeyOpen = (s: AppState) => s.keyOpen;
export const selectEditorWidth = (s: AppState) => s.editorWidth;
export const selectSetEditorWidth = (s: AppState) => s.setEditorWidth;
/** What the map's live region says now (a new object only when something new is said). */
export const selectMapStatus = (s: AppState) => s.mapStatus;
export const selectSayMapStatus = (s: AppState) => s.sayMapStatus;
export const selectPresenting = (s: AppState) => s.presenting;
export const selectPresentationStep = (s: AppState) => s.presentationStep;

/** What the cross-map summary compares: every map, every solution, the selection. */
export const selectCrossMapInputs = (s: AppState) => ({
  maps: s.maps,
  solutions: s.solutions,
  ids: s.selectedSolutions,
  current: s.currentMapId,
});

export const selectEditSource = (s: AppState) => s.editSource;

// The actions, in groups (use through `useShallow`; actions never change).
export const selectDocumentActions = (s: AppState) => ({
  selectMap: s.selectMap,
  setActiveRequirements: s.setActiveRequirements,
  dismissReport: s.dismissReport,
});
export const selectViewActions = (s: AppState) => ({
  selectStation: s.selectStation,
  focusStation: s.focusStation,
  focusConnection: s.focusConnection,
  requestFit: s.requestFit,
  setZoom: s.setZoom,
});
export const selectPresentationActions = (s: AppState) => ({
  enterPresentation: s.enterPresentation,
  leavePresentation: s.leavePresentation,
  stepPresentation: s.stepPresentation,
});
export const selectOverlayActions = (s: AppState) => ({
  toggleSolution: s.toggleSolution,
  setSelection: s.setSelection,
  clearSelection: s.clearSelection,
});
export const selectEditorActions = (s: AppState) => ({
  setEditorOpen: s.setEditorOpen,
  flushCurrent: s.flushCurrent,
  markSaved: s.markSaved,
  newMap: s.newMap,
  undo: s.undo,
  redo: s.redo,
  moveStation: s.moveStation,
  unpinStation: s.unpinStation,
  dismissEditNotice: s.dismissEditNotice,
  dismissRestoreNotice: s.dismissRestoreNotice,
});
export const selectDisplayActions = (s: AppState) => ({
  setTheme: s.setTheme,
  setPalette: s.setPalette,
  setPatterns: s.setPatterns,
  toggleIsolated: s.toggleIsolated,
  setShortcutsOpen: s.setShortcutsOpen,
  setDrawerOpen: s.setDrawerOpen,
  setKeyOpen: s.setKeyOpen,
});
