import { useEffect, useRef } from 'react';
import { useDisplayPrefs } from './display-prefs.ts';
import type { DisplayPrefs, ThemeChoice } from './display-prefs.ts';

const THEMES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const selectTheme = (s: DisplayPrefs) => s.theme;
const selectSetTheme = (s: DisplayPrefs) => s.setTheme;
const selectPalette = (s: DisplayPrefs) => s.palette;
const selectSetPalette = (s: DisplayPrefs) => s.setPalette;
const selectPatterns = (s: DisplayPrefs) => s.patterns;
const selectSetPatterns = (s: DisplayPrefs) => s.setPatterns;

/** The theme (follows the system unless chosen), remembered across visits. */
export function ThemeSwitch() {
  const theme = useDisplayPrefs(selectTheme);
  const setTheme = useDisplayPrefs(selectSetTheme);
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
  const palette = useDisplayPrefs(selectPalette);
  const setPalette = useDisplayPrefs(selectSetPalette);
  const patterns = useDisplayPrefs(selectPatterns);
  const setPatterns = useDisplayPrefs(selectSetPatterns);
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
