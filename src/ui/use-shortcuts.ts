import { useEffect } from 'react';
import { isEditable } from './focus-station.ts';

export const SEARCH_INPUT_ID = 'station-search';

/** `/` focuses the station search, `?` opens the shortcuts; not while typing in a field. */
export function useShortcuts(openShortcuts: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isEditable(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === '/') {
        const input = document.getElementById(SEARCH_INPUT_ID);
        if (input) {
          e.preventDefault();
          input.focus();
        }
      } else if (e.key === '?') {
        e.preventDefault();
        openShortcuts();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openShortcuts]);
}
