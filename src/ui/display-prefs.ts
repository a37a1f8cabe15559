// How the map is shown to this reader: theme, line palette and patterns, an isolated line.
// A small store of its own (not part of the document), remembered in localStorage.
import { create } from 'zustand';
import type { LinePalette } from '../render/line-styles.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface DisplayPrefs {
  readonly theme: ThemeChoice;
  readonly palette: LinePalette;
  readonly patterns: boolean;
  /** The line shown alone (the others dimmed), picked in the legend; not remembered. */
  readonly isolatedLine: string | null;
  /** The keyboard shortcuts dialog is open. */
  readonly shortcutsOpen: boolean;
  /** On a narrow screen, the side panel drawer is open. */
  readonly drawerOpen: boolean;
  setTheme: (theme: ThemeChoice) => void;
  setPalette: (palette: LinePalette) => void;
  setPatterns: (on: boolean) => void;
  toggleIsolated: (lineId: string) => void;
  setShortcutsOpen: (open: boolean) => void;
  setDrawerOpen: (open: boolean) => void;
}

export const DISPLAY_PREFS_KEY = 'mlops-transit-map:display';

type Saved = Pick<DisplayPrefs, 'theme' | 'palette' | 'patterns'>;
const DEFAULTS: Saved = { theme: 'system', palette: 'map', patterns: false };

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
  };
}

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

export const useDisplayPrefs = create<DisplayPrefs>()((set, get) => {
  const persist = (patch: Partial<Saved>) => {
    set(patch);
    const { theme, palette, patterns } = get();
    save({ theme, palette, patterns });
  };
  return {
    ...load(),
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
  };
});
