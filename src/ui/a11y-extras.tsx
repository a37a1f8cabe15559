import type { Coverage } from '../coverage/coverage.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { Announcer } from './announcer.tsx';
import { MapDescription } from './map-description.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { selectDisplayActions, selectShortcutsOpen } from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';

interface Props {
  readonly map: TransitMap | null;
  readonly selected: readonly Solution[];
  readonly coverage: Coverage | undefined;
}

/** What is there for assistive technology only: the map as text, announcements; the shortcuts. */
export function A11yExtras({ map, selected, coverage }: Props) {
  const open = useAppStore(selectShortcutsOpen);
  const { setShortcutsOpen: setOpen } = useAppStore(useShallow(selectDisplayActions));
  return (
    <>
      {map && <MapDescription map={map} />}
      <Announcer mapId={map?.id} selected={selected} coverage={coverage} />
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** The first tab stop: straight to the map's station, past the toolbar and panels. */
export function SkipLink() {
  return (
    <button
      type="button"
      className="skip-link"
      onClick={() => {
        const svg = document.querySelector('svg[data-testid="transit-map"]');
        svg?.querySelector<SVGGElement>('[data-station-id][tabindex="0"]')?.focus();
      }}
    >
      Skip to the map
    </button>
  );
}
