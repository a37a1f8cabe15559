import { useEffect, useSyncExternalStore } from 'react';
import { darkTheme, lightTheme } from '../render/theme.ts';
import type { Theme } from '../render/theme.ts';
import { useDisplayPrefs } from './display-prefs.ts';
import type { ThemeChoice } from './display-prefs.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function mediaStore(query: string) {
  const list = () => globalThis.matchMedia?.(query);
  return {
    subscribe: (onChange: () => void) => {
      const m = list();
      m?.addEventListener('change', onChange);
      return () => m?.removeEventListener('change', onChange);
    },
    get: () => list()?.matches ?? false,
  };
}

const systemDark = mediaStore(DARK_QUERY);

/** True between `beforeprint` and `afterprint`: the map prints in the light theme. */
let isPrinting = false;
const printing = {
  subscribe: (onChange: () => void) => {
    const before = () => {
      isPrinting = true;
      onChange();
    };
    const after = () => {
      isPrinting = false;
      onChange();
    };
    globalThis.addEventListener?.('beforeprint', before);
    globalThis.addEventListener?.('afterprint', after);
    return () => {
      globalThis.removeEventListener?.('beforeprint', before);
      globalThis.removeEventListener?.('afterprint', after);
    };
  },
  get: () => isPrinting,
};

export const resolveTheme = (choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' =>
  choice === 'system' ? (systemPrefersDark ? 'dark' : 'light') : choice;

const selectTheme = (s: { theme: ThemeChoice }) => s.theme;

/**
 * The theme in force: the reader's choice, or the system's when they have not chosen; light
 * when printing. Also sets `data-theme` and `color-scheme` on the document for the CSS.
 */
export function useTheme(): Theme {
  const choice = useDisplayPrefs(selectTheme);
  const dark = useSyncExternalStore(systemDark.subscribe, systemDark.get, () => false);
  const print = useSyncExternalStore(printing.subscribe, printing.get, () => false);
  const name = print ? 'light' : resolveTheme(choice, dark);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = name;
    root.style.colorScheme = name;
  }, [name]);
  return name === 'dark' ? darkTheme : lightTheme;
}
