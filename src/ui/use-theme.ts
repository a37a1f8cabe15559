import { useEffect, useSyncExternalStore } from 'react';
import { darkTheme, lightTheme } from '../render/theme.ts';
import type { Theme } from '../render/theme.ts';
import { selectTheme } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import type { ThemeChoice } from '../store/types.ts';

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

const printMedia = mediaStore('print');

/** True between `beforeprint` and `afterprint`, or under print media: print in the light theme. */
let isPrinting = false;
const printing = {
  subscribe: (onChange: () => void) => {
    const unsubscribeMedia = printMedia.subscribe(onChange);
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
      unsubscribeMedia();
      globalThis.removeEventListener?.('beforeprint', before);
      globalThis.removeEventListener?.('afterprint', after);
    };
  },
  get: () => isPrinting || printMedia.get(),
};

export const resolveTheme = (choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' =>
  choice === 'system' ? (systemPrefersDark ? 'dark' : 'light') : choice;

/**
 * The theme in force: the reader's choice, or the system's when they have not chosen; light
 * when printing. Also sets `data-theme` and `color-scheme` on the document for the CSS.
 */
export function useTheme(): Theme {
  const choice = useAppStore(selectTheme);
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
