// The map's key on the map itself: a card docked where it costs the map least (beside a
// tall map, under a wide one), collapsible to one button. Open or closed is a view
// preference, remembered across reloads. Fit keeps the map clear of it (map-view.tsx).
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { TransitMap } from '../model/schema.ts';
import type { Theme } from '../render/theme.ts';
import { selectDisplayActions, selectKeyOpen } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { useShallow } from 'zustand/react/shallow';
import { Legend } from './legend.tsx';
import './map-key.css';

export type KeyDock = 'side' | 'bottom';

/** What the key takes from the map, roughly: a column's width, or a strip's height (px). */
const SIDE_COST = 236;
const BOTTOM_COST = 150;
/** Narrower than this, the header's controls wrap where a side column would be. */
const MIN_SIDE_STAGE = 900;

/**
 * Where the key goes on a stage of `stage` px for a map of `map` units: the side whose
 * column or strip leaves the map drawn larger. Pure.
 */
export function chooseDock(
  stage: { readonly width: number; readonly height: number },
  map: { readonly width: number; readonly height: number },
): KeyDock {
  if (stage.width < MIN_SIDE_STAGE || !(map.width > 0) || !(map.height > 0)) return 'bottom';
  const side = Math.min((stage.width - SIDE_COST) / map.width, stage.height / map.height);
  const bottom = Math.min(stage.width / map.width, (stage.height - BOTTOM_COST) / map.height);
  return side > bottom ? 'side' : 'bottom';
}

/** The dock for the element's parent (the stage), kept up to date as it resizes. */
function useDock(ref: RefObject<HTMLElement | null>, map: Props['bounds']): KeyDock {
  const [stage, setStage] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box) setStage({ width: box.width, height: box.height });
    });
    observer.observe(parent);
    return () => observer.disconnect();
  }, [ref]);
  return chooseDock(stage, map);
}

/**
 * Keeps `--map-key-clearance` on the page's root: how far up from the window's foot a key
 * docked at the bottom reaches, so that a passing note (export-message) sits above it
 * rather than over its buttons.
 */
function useClearance(ref: RefObject<HTMLElement | null>, dock: KeyDock): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => {
      const top = el.getBoundingClientRect().top;
      const clear = dock === 'bottom' ? Math.max(0, Math.round(window.innerHeight - top)) : 0;
      root.style.setProperty('--map-key-clearance', `${clear}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty('--map-key-clearance');
    };
  }, [ref, dock]);
}

interface Props {
  readonly map: TransitMap;
  readonly theme: Theme;
  /** The map's drawn size, in map units. */
  readonly bounds: { readonly width: number; readonly height: number };
  /** An overlay is active: the key explains the coverage symbols too. */
  readonly overlay: boolean;
}

export const MAP_KEY_BODY_ID = 'map-key-body';

export function MapKey({ map, theme, bounds, overlay }: Props) {
  const open = useAppStore(selectKeyOpen);
  const { setKeyOpen: setOpen } = useAppStore(useShallow(selectDisplayActions));
  const ref = useRef<HTMLElement>(null);
  const dock = useDock(ref, bounds);
  useClearance(ref, dock);
  return (
    <section
      ref={ref}
      className={`map-key dock-${dock}`}
      data-testid="map-key"
      data-dock={dock}
      aria-label="Map key"
    >
      <button
        type="button"
        className="button small map-key-toggle"
        data-testid="map-key-toggle"
        aria-expanded={open}
        aria-controls={MAP_KEY_BODY_ID}
        onClick={() => setOpen(!open)}
      >
        <span className="map-key-arrow" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>{' '}
        Key
      </button>
      <div id={MAP_KEY_BODY_ID} className="map-key-body" hidden={!open}>
        <Legend map={map} theme={theme} overlay={overlay} />
      </div>
    </section>
  );
}
