// What the user sees after an unexpected error: what happened, their map's YAML (kept from
// the store, so no edit is lost), a download of it, and a way to start again.
import { useMemo } from 'react';
import { selectCurrentMapId, selectMaps } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import type { MapEntry } from '../store/types.ts';
import { downloadText } from './download.ts';

/** The test hook of error-boundary.tsx: `#debug-crash` in the address. */
export const CRASH_HOOK = 'debug-crash';

interface Kept {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly current: boolean;
}

/** The current map first, then every map the user opened or edited. Never throws. */
function keptSources(maps: readonly MapEntry[], currentMapId: string): Kept[] {
  try {
    const worth = (e: MapEntry) => e.map.id === currentMapId || e.origin !== 'bundled';
    return maps
      .filter((e) => worth(e) && typeof e.source === 'string')
      .map((e) => ({
        id: e.map.id,
        name: e.name,
        source: e.source,
        current: e.map.id === currentMapId,
      }))
      .sort((a, b) => Number(b.current) - Number(a.current));
  } catch {
    return [];
  }
}

const fileName = (id: string) => `${id.replace(/[^a-z0-9-]/gi, '') || 'map'}.yaml`;

function reload(): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  params.delete(CRASH_HOOK);
  const hash = params.toString();
  window.history.replaceState(null, '', hash ? `#${hash}` : window.location.pathname);
  window.location.reload();
}

export function RecoveryScreen({ error }: { readonly error: Error }) {
  const maps = useAppStore(selectMaps);
  const currentMapId = useAppStore(selectCurrentMapId);
  const kept = useMemo(() => keptSources(maps, currentMapId), [maps, currentMapId]);
  const first = kept[0];
  return (
    <main className="recovery" data-testid="recovery-screen" role="alert">
      <h1>Something went wrong</h1>
      <p>
        The app stopped on an unexpected error. Your map&apos;s YAML is safe below: download it
        before you reload.
      </p>
      <p className="recovery-error">
        <code>{error.message}</code>
      </p>
      {kept.map((k) => (
        <section key={k.id} className="recovery-source">
          <h2>
            {k.current ? 'Current map' : 'Also open'}: {k.name}
          </h2>
          <button
            type="button"
            className="button"
            data-testid="recovery-download"
            data-map-id={k.id}
            onClick={() => downloadText(fileName(k.id), k.source, 'application/yaml')}
          >
            Download {fileName(k.id)}
          </button>
          {k === first && (
            <textarea
              readOnly
              value={k.source}
              rows={16}
              aria-label={`YAML of ${k.name}`}
              data-testid="recovery-source"
            />
          )}
        </section>
      ))}
      <button type="button" className="button" data-testid="recovery-reload" onClick={reload}>
        Reload the app
      </button>
    </main>
  );
}
