// The store's types, in one module that every slice imports: the state each slice holds, its
// actions, and AppState, their union. Nothing here imports a slice, so there is no circle.
import type { StateCreator } from 'zustand';
import type { LoadResult } from '../model/load.ts';
import type { Problem } from '../model/problem.ts';
import type { GridPoint, Requirements, Solution, TransitMap } from '../model/schema.ts';
import type { LinePalette } from '../render/line-styles.ts';
import type { ChangeKind, History } from './history.ts';
import type { ModelCode } from './model-code.ts';

export interface MapEntry {
  readonly map: TransitMap;
  /** The YAML text of the map as it is now: edits included, possibly with errors. */
  readonly source: string;
  readonly origin: 'bundled' | 'file' | 'url' | 'new';
  /** Where it came from: a bundled path, the opened file's name or the address. */
  readonly name: string;
  /** The text as opened or last saved, once it has been edited (unsaved edits: it differs). */
  readonly savedSource?: string;
}

export interface ProblemReport {
  /** The file or input the problems belong to. */
  readonly source: string;
  readonly problems: readonly Problem[];
  /** Whether the input was refused (errors) or loaded with warnings. */
  readonly refused: boolean;
}

export interface OpenOutcome {
  readonly ok: boolean;
  readonly maps: number;
  readonly solutions: number;
}

export interface DocumentSlice {
  readonly maps: readonly MapEntry[];
  readonly solutions: readonly Solution[];
  /** Every loaded requirement set, for any map. */
  readonly requirements: readonly Requirements[];
  /** The active requirement set of each map that has one: map id -> requirements id. */
  readonly activeRequirements: Readonly<Record<string, string>>;
  readonly currentMapId: string;
  readonly report: ProblemReport | null;
  /**
   * The YAML parser and schema, fetched once (at idle after start-up, or when first needed);
   * each store has its own loader (model-code.ts).
   */
  loadModelCode: () => Promise<ModelCode>;
  /** Parses `text` on the main thread (after fetching the parser, if it is not here yet). */
  openText: (text: string, name: string, origin?: MapEntry['origin']) => Promise<OpenOutcome>;
  /**
   * As openText, with `text` already loaded (parsed in the layout worker) against the maps
   * open now.
   */
  openLoaded: (
    text: string,
    name: string,
    result: LoadResult,
    origin?: MapEntry['origin'],
  ) => OpenOutcome;
  selectMap: (id: string) => void;
  /** Makes the set `id` the active one of map `mapId`; null: none is active. */
  setActiveRequirements: (mapId: string, id: string | null) => void;
  /** Shows problems found before the text could be loaded (unreadable file, too large…). */
  reportProblems: (source: string, problems: readonly Problem[]) => void;
  dismissReport: () => void;
}

export interface SourceCheck {
  /** The text these problems belong to. */
  readonly text: string;
  readonly problems: readonly Problem[];
  /** The text loaded: its map is the one on screen. */
  readonly ok: boolean;
}

export interface EditorSlice {
  readonly editorOpen: boolean;
  /** The result of loading each edited map's current text, keyed by map id. */
  readonly checks: Readonly<Record<string, SourceCheck>>;
  readonly histories: Readonly<Record<string, History>>;
  /** A short message about the last edit that could not be made (shown, then dismissed). */
  readonly editNotice: string | null;
  /** What could not be restored from the last session; null if all was. */
  readonly restoreNotice: string | null;
  /** The question the confirm dialog is asking, if any. */
  readonly confirmRequest: ConfirmRequest | null;
  setEditorOpen: (open: boolean) => void;
  /** The current map's text changed in the editor; the map follows after a short pause. */
  editSource: (text: string, kind?: ChangeKind) => void;
  /** Loads any text still waiting for the pause to end. */
  flushEdits: () => void;
  /**
   * Loads any text still waiting (flushEdits) and returns the current map's entry as it then
   * is: what a save to a file writes.
   */
  flushCurrent: () => MapEntry | undefined;
  moveStation: (stationId: string, position: GridPoint) => void;
  unpinStation: (stationId: string) => void;
  undo: () => void;
  redo: () => void;
  newMap: () => void;
  /** The current text of the map was saved (downloaded): it has no unsaved edits now. */
  markSaved: (mapId: string) => void;
  dismissEditNotice: () => void;
  dismissRestoreNotice: () => void;
  /** Asks the user through the app's confirm dialog; resolves true when they accept. */
  confirm: (question: Omit<ConfirmRequest, 'answer'>) => Promise<boolean>;
}

export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly answer: (yes: boolean) => void;
}

export interface FocusRequest {
  readonly stationId: string;
  /** Bumped on every request, so focusing the same station twice still moves the view. */
  readonly serial: number;
  /** A connection to bring to the centre instead: the point between `stationId` and this one. */
  readonly toward?: string;
}

/** The pan and zoom of the map on screen (a d3-zoom transform), for the map it was made on. */
export interface MapZoom {
  readonly mapId: string;
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface ViewSlice {
  /** The station whose details panel is open. */
  readonly selectedStation: string | null;
  /** Bumped to ask the map to fit itself to the screen. */
  readonly fitRequest: number;
  /** Asks the map to bring a station to the centre of the view. */
  readonly focusRequest: FocusRequest | null;
  /** The last pan and zoom of the map (autosaved, so that a reload shows the same view). */
  readonly zoom: MapZoom | null;
  /**
   * The pan and zoom the autosave brought back at start-up, which the map shows first; set
   * once, as the store starts (initialiseStore), unlike `zoom`, which follows every pan.
   */
  readonly restoredZoom: MapZoom | null;
  selectStation: (id: string | null) => void;
  focusStation: (id: string) => void;
  /** Brings the connection between two stations (a seam) to the centre of the view. */
  focusConnection: (a: string, b: string) => void;
  requestFit: () => void;
  setZoom: (zoom: MapZoom) => void;
  /** What keyboard travel on the map last had to say (its live region reads it out). */
  readonly mapStatus: MapStatus;
  /** Puts `text` in the map's live region (said again if it is the same words). */
  sayMapStatus: (text: string) => void;
  /** Presentation mode is on: the map alone, full screen. */
  readonly presenting: boolean;
  /** The presentation's step: each selected solution alone, then the stack. */
  readonly presentationStep: number;
  enterPresentation: () => void;
  leavePresentation: () => void;
  /** Moves `by` steps, within the `steps` the presentation has. */
  stepPresentation: (by: number, steps: number) => void;
}

export interface MapStatus {
  readonly text: string;
  /** Counts messages, so that the same words said twice are announced twice. */
  readonly count: number;
}

export interface OverlaySlice {
  /** Ids of the selected tools, on any map, in the order they were chosen. */
  readonly selectedSolutions: readonly string[];
  toggleSolution: (id: string) => void;
  setSelection: (ids: readonly string[]) => void;
  clearSelection: () => void;
}

export type ThemeChoice = 'system' | 'light' | 'dark';

/** How the map is shown to this reader; remembered in localStorage, apart from the documents. */
export interface DisplaySlice {
  readonly theme: ThemeChoice;
  readonly palette: LinePalette;
  readonly patterns: boolean;
  /** The line shown alone (the others dimmed), picked in the legend; not remembered. */
  readonly isolatedLine: string | null;
  /** The keyboard shortcuts dialog is open. */
  readonly shortcutsOpen: boolean;
  /** On a narrow screen, the side panel drawer is open. */
  readonly drawerOpen: boolean;
  /** The map's key is open (over the map); remembered. */
  readonly keyOpen: boolean;
  /**
   * The editor panel's width in px, as chosen on its splitter (drawn clamped to the window);
   * remembered under a key of its own.
   */
  readonly editorWidth: number;
  setTheme: (theme: ThemeChoice) => void;
  setPalette: (palette: LinePalette) => void;
  setPatterns: (on: boolean) => void;
  toggleIsolated: (lineId: string) => void;
  setShortcutsOpen: (open: boolean) => void;
  setDrawerOpen: (open: boolean) => void;
  setKeyOpen: (open: boolean) => void;
  setEditorWidth: (width: number) => void;
}

export interface Conflict {
  /** The stored record's key (one map). */
  readonly key: string;
  readonly mapId: string;
  /** The map's title, as this tab has it. */
  readonly title: string;
  /** The other tab's version: its text and when it was saved. */
  readonly theirSource: string;
  readonly theirSavedAt: string;
}

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** What the autosave tells the user: another tab's save over an edit here, failing storage. */
export interface SyncSlice {
  /** Documents saved by another tab while edited here; the first one is asked about. */
  readonly conflicts: readonly Conflict[];
  /** Why this tab's work is not being stored; said once, then kept quiet. */
  readonly storageWarning: string | null;
  dismissStorageWarning: () => void;
  /**
   * Restores the stored documents and view over the bundled maps, then saves every change and
   * listens to the other tabs. Called once, after the bundled maps are in the store.
   */
  startAutosave: () => Promise<void>;
  /** Saves now, without waiting for the pause after the last change. */
  flushAutosave: () => Promise<void>;
  /** Settles the conflict over the record `key` as the user chose, then saves. */
  resolveConflict: (key: string, choice: ConflictChoice) => Promise<void>;
}

export type AppState = DocumentSlice &
  OverlaySlice &
  ViewSlice &
  EditorSlice &
  DisplaySlice &
  SyncSlice;

/** A slice of the one store: it sees the whole state and makes its own part of it. */
export type SliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;
