// The editor panel's width: dragged (or set with the arrow keys) on its splitter, remembered
// in localStorage, and kept so that the map always has at least half of the window.
import { create } from 'zustand';

export const EDITOR_WIDTH_KEY = 'mlops-transit-map:editor-width';
export const MIN_EDITOR_WIDTH = 260;
const DEFAULT_WIDTH = 460;

/** The widest the editor may be in a window `viewport` px wide: half of it (or the minimum). */
export const maxEditorWidth = (viewport: number): number =>
  Math.max(MIN_EDITOR_WIDTH, Math.floor(viewport / 2));

export const clampEditorWidth = (width: number, viewport: number): number =>
  Math.round(Math.min(maxEditorWidth(viewport), Math.max(MIN_EDITOR_WIDTH, width)));

function load(): number {
  try {
    const n = Number(globalThis.localStorage?.getItem(EDITOR_WIDTH_KEY));
    return Number.isFinite(n) && n > 0 ? n : DEFAULT_WIDTH;
  } catch {
    return DEFAULT_WIDTH;
  }
}

interface EditorWidth {
  /** As chosen; drawn clamped to the window (clampEditorWidth). */
  readonly width: number;
  setWidth: (width: number) => void;
}

export const useEditorWidth = create<EditorWidth>()((set) => ({
  width: load(),
  setWidth: (width) => {
    set({ width });
    try {
      globalThis.localStorage?.setItem(EDITOR_WIDTH_KEY, String(Math.round(width)));
    } catch {
      // Not remembered, but applied now.
    }
  },
}));
