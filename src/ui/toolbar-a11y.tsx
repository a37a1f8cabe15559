import { SearchBox } from './search-box.tsx';
import { LineOptions, ThemeSwitch } from './theme-switch.tsx';
import { selectDisplayActions } from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';

/** The reader's tools in the toolbar: station search, line style, theme, shortcuts. */
export function ToolbarA11y() {
  const { setShortcutsOpen: openShortcuts } = useAppStore(useShallow(selectDisplayActions));
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
