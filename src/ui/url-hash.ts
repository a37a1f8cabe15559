// The view in the URL: `#map=ID&solutions=a,b&req=ID` (req: the map's active requirement set). Reading it restores the view; changing the
// view pushes a history entry, so back and forward step through views.
import { useAppStore } from '../store/store.ts';
import type { AppState } from '../store/types.ts';

export interface HashView {
  readonly map?: string;
  readonly solutions: readonly string[];
  /** The active requirement set of the map. */
  readonly req?: string;
  /** Other keys of the hash (e.g. `src`), kept as they are. */
  readonly rest: readonly [string, string][];
}

export function parseHash(hash: string): HashView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const map = params.get('map') ?? undefined;
  const solutions = (params.get('solutions') ?? '').split(',').filter(Boolean);
  const req = params.get('req') ?? undefined;
  const rest = [...params.entries()].filter(
    ([k]) => k !== 'map' && k !== 'solutions' && k !== 'req',
  );
  return { ...(map ? { map } : {}), solutions, ...(req ? { req } : {}), rest };
}

export function formatHash(view: HashView): string {
  const params = new URLSearchParams(view.rest as [string, string][]);
  if (view.map) params.set('map', view.map);
  if (view.solutions.length > 0) params.set('solutions', view.solutions.join(','));
  if (view.req) params.set('req', view.req);
  // Commas and dashes need no escaping in a fragment; keep the URL readable.
  return `#${params.toString().replaceAll('%2C', ',')}`;
}

/** Applies the hash to the store: map first, then the selection (unknown ids are dropped). */
export function applyHash(hash: string): void {
  const view = parseHash(hash);
  const state = useAppStore.getState();
  if (view.map && state.maps.some((m) => m.map.id === view.map)) state.selectMap(view.map);
  useAppStore.getState().setSelection(view.solutions);
  const after = useAppStore.getState();
  // An unknown set is ignored; a hash without `req` leaves the map's set as it is.
  if (view.req) after.setActiveRequirements(after.currentMapId, view.req);
}

const viewOf = (s: AppState) =>
  `${s.currentMapId}|${s.selectedSolutions.join(',')}|${s.activeRequirements[s.currentMapId] ?? ''}`;

/** Keeps the URL and the store in step; returns the teardown. */
export function syncHash(): () => void {
  let applying = false;
  const apply = () => {
    applying = true;
    applyHash(window.location.hash);
    applying = false;
  };
  if (window.location.hash) apply();
  let last = viewOf(useAppStore.getState());
  const write = (state: AppState) => {
    const now = viewOf(state);
    if (now === last) return;
    last = now;
    if (applying) return;
    const current = parseHash(window.location.hash);
    const hash = formatHash({
      map: state.currentMapId,
      solutions: state.selectedSolutions,
      ...(state.activeRequirements[state.currentMapId] !== undefined
        ? { req: state.activeRequirements[state.currentMapId] as string }
        : {}),
      rest: current.rest,
    });
    if (hash !== window.location.hash) window.history.pushState(null, '', hash);
  };
  const unsubscribe = useAppStore.subscribe(write);
  const onPop = () => {
    apply();
    last = viewOf(useAppStore.getState());
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
