import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { selectDisplayActions, selectDrawerOpen, selectFocusRequest } from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';

export const SIDE_DRAWER_ID = 'side-drawer';

/**
 * Holds the side panel. On a wide screen it is transparent to layout (display: contents);
 * on a narrow one it is a drawer over the map, opened from the toolbar (see responsive.css).
 */
export function SideDrawer({ children }: { children: ReactNode }) {
  const open = useAppStore(selectDrawerOpen);
  const { setDrawerOpen: setOpen } = useAppStore(useShallow(selectDisplayActions));
  const focusRequest = useAppStore(selectFocusRequest);
  // A station flown to (a gap chosen in the drawer, say) is to be seen: the drawer gives way.
  useEffect(() => {
    if (focusRequest) setOpen(false);
  }, [focusRequest, setOpen]);
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
  const open = useAppStore(selectDrawerOpen);
  const { setDrawerOpen: setOpen } = useAppStore(useShallow(selectDisplayActions));
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
