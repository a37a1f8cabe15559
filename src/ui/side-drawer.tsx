import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useDisplayPrefs } from './display-prefs.ts';
import type { DisplayPrefs } from './display-prefs.ts';

export const SIDE_DRAWER_ID = 'side-drawer';

const selectOpen = (s: DisplayPrefs) => s.drawerOpen;
const selectSetOpen = (s: DisplayPrefs) => s.setDrawerOpen;

/**
 * Holds the side panel. On a wide screen it is transparent to layout (display: contents);
 * on a narrow one it is a drawer over the map, opened from the toolbar (see responsive.css).
 */
export function SideDrawer({ children }: { children: ReactNode }) {
  const open = useDisplayPrefs(selectOpen);
  const setOpen = useDisplayPrefs(selectSetOpen);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]'))
        return;
      const toggle = document.getElementById('drawer-toggle');
      setOpen(false);
      // Focus inside the drawer would vanish with it: hand it back to the toggle.
      if (document.getElementById(SIDE_DRAWER_ID)?.contains(document.activeElement))
        toggle?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, setOpen]);
  return (
    <div id={SIDE_DRAWER_ID} className={open ? 'side-drawer open' : 'side-drawer'}>
      {children}
    </div>
  );
}

/** The toolbar button that opens and closes the drawer (shown on narrow screens only). */
export function DrawerToggle() {
  const open = useDisplayPrefs(selectOpen);
  const setOpen = useDisplayPrefs(selectSetOpen);
  return (
    <button
      type="button"
      id="drawer-toggle"
      className="button drawer-toggle"
      data-testid="drawer-toggle"
      aria-expanded={open}
      aria-controls={SIDE_DRAWER_ID}
      onClick={() => setOpen(!open)}
    >
      {open ? 'Hide panels' : 'Panels'}
    </button>
  );
}
