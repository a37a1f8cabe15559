// The display slice: how the map is shown to this reader — theme, line palette and patterns,
// an isolated line, the shortcuts dialog, the side drawer, the map's key and the editor's
// width. Not part of any document: the first three and the key's open state are remembered in
// localStorage under their own key, apart from the autosave, and the editor's width under
// another.
import type { DisplaySlice, SliceCreator } from './types.ts';

export const DISPLAY_PREFS_KEY = 'mlops-transit-map:display';
export const EDITOR_WIDTH_KEY = 'mlops-transit-map:editor-width';
export const DEFAULT_EDITOR_WIDTH = 460;

type Saved = Pick<DisplaySlice, 'theme' | 'palette' | 'patterns' | 'keyOpen'>;
const DEFAULTS: Saved = { theme: 'system', palette: 'map', patterns: false, keyOpen: true };

/** Reads the saved choices, keeping only well-formed values. */
export function parsePrefs(text: string | null): Saved {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    theme: o.theme === 'light' || o.theme === 'dark' ? o.theme : DEFAULTS.theme,
    palette: o.palette === 'okabe-ito' ? 'okabe-ito' : DEFAULTS.palette,
    patterns: o.patterns === true,
    keyOpen: o.keyOpen !== false,
  };
}

/** Reads the saved editor width: a positive number of px, else the default. */
export function parseEditorWidth(text: string | null): number {
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_EDITOR_WIDTH;
}

const loadEditorWidth = (): number => {
  try {
    return parseEditorWidth(globalThis.localStorage?.getItem(EDITOR_WIDTH_KEY) ?? null);
  } catch {
    return DEFAULT_EDITOR_WIDTH;
  }
};

function load(): Saved {
  try {
    return parsePrefs(globalThis.localStorage?.getItem(DISPLAY_PREFS_KEY) ?? null);
  } catch {
    return DEFAULTS; // storage may be blocked; the defaults still work
  }
}

function save(prefs: Saved): void {
  try {
    globalThis.localStorage?.setItem(DISPLAY_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Not remembered across reloads, but the choice still applies now.
  }
}

export const createDisplaySlice: SliceCreator<DisplaySlice> = (set, get) => {
  const persist = (patch: Partial<Saved>) => {
    set(patch);
    const { theme, palette, patterns, keyOpen } = get();
    save({ theme, palette, patterns, keyOpen });
  };
  return {
    ...load(),
    editorWidth: loadEditorWidth(),
    isolatedLine: null,
    shortcutsOpen: false,
    drawerOpen: false,
    setTheme: (theme) => persist({ theme }),
    setPalette: (palette) => persist({ palette }),
    setPatterns: (patterns) => persist({ patterns }),
    toggleIsolated: (lineId) =>
      set({ isolatedLine: get().isolatedLine === lineId ? null : lineId }),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
    setKeyOpen: (keyOpen) => persist({ keyOpen }),
    setEditorWidth: (editorWidth) => {
      set({ editorWidth });
      try {
        globalThis.localStorage?.setItem(EDITOR_WIDTH_KEY, String(Math.round(editorWidth)));
      } catch {
        // Not remembered, but applied now.
      }
    },
  };
};
