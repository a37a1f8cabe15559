import { useDisplayPrefs } from './display-prefs.ts';
import type { DisplayPrefs } from './display-prefs.ts';
import { SearchBox } from './search-box.tsx';
import { LineOptions, ThemeSwitch } from './theme-switch.tsx';

const selectSetShortcutsOpen = (s: DisplayPrefs) => s.setShortcutsOpen;

/** The reader's tools in the toolbar: station search, line style, theme, shortcuts. */
export function ToolbarA11y() {
  const openShortcuts = useDisplayPrefs(selectSetShortcutsOpen);
  return (
    <div className="toolbar-a11y">
      <SearchBox />
      <LineOptions />
      <ThemeSwitch />
      <button
        type="button"
        className="button"
        data-testid="shortcuts"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={() => openShortcuts(true)}
      >
        ?
      </button>
    </div>
  );
}
