import { useEffect, useRef } from 'react';
import {
  selectDisplayActions,
  selectPalette,
  selectPatterns,
  selectTheme,
} from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';
import type { ThemeChoice } from '../store/types.ts';
import { useAppStore } from '../store/store.ts';

const THEMES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The theme (follows the system unless chosen), remembered across visits. */
export function ThemeSwitch() {
  const theme = useAppStore(selectTheme);
  const { setTheme } = useAppStore(useShallow(selectDisplayActions));
  return (
    <label className="field">
      <span>Theme</span>
      <select
        data-testid="theme-switch"
        value={theme}
        onChange={(e) => setTheme(e.target.value as ThemeChoice)}
      >
        {THEMES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Line colours and patterns for readers who cannot rely on colour. */
export function LineOptions() {
  const palette = useAppStore(selectPalette);
  const { setPalette } = useAppStore(useShallow(selectDisplayActions));
  const patterns = useAppStore(selectPatterns);
  const { setPatterns } = useAppStore(useShallow(selectDisplayActions));
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // Close when focus or a click goes elsewhere, like a menu.
    const close = (e: Event) => {
      const d = details.current;
      if (d?.open && e.target instanceof Node && !d.contains(e.target)) d.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
    };
  }, []);
  return (
    <details
      ref={details}
      className="line-options"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.current?.open) {
          details.current.open = false;
          details.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="button" data-testid="line-options">
        Line style
      </summary>
      <div className="line-options-body" role="group" aria-label="Line style">
        <label>
          <input
            type="checkbox"
            data-testid="colour-blind-palette"
            checked={palette === 'okabe-ito'}
            onChange={(e) => setPalette(e.target.checked ? 'okabe-ito' : 'map')}
          />
          Colour-blind-safe colours (Okabe–Ito)
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="line-patterns"
            checked={patterns}
            onChange={(e) => setPatterns(e.target.checked)}
          />
          Dashed and dotted lines
        </label>
      </div>
    </details>
  );
}
