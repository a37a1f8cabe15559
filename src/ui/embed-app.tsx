// The embed view: a bundled map with its key and the overlay of the solutions in the address,
// pan and zoom, click for details. Nothing edits, nothing is saved: this page never starts the
// autosave, and no control here changes a document.
import { useEffect, useMemo, useState } from 'react';
import { computeCoverage } from '../coverage/coverage.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { DEFAULT_MAP_ID, loadBundled } from '../store/bundled.ts';
import { readEmbedView } from './embed-view.ts';
import type { EmbedView } from './embed-view.ts';
import { layoutInWorker } from '../worker/app-layout-client.ts';
import { Legend } from './legend.tsx';
import { MapView } from './map-view.tsx';
import { StationDetails } from './station-details.tsx';
import { useTheme } from './use-theme.ts';
import { uiMessages } from './messages.ts';

interface Shown {
  readonly map: TransitMap;
  readonly geometry: Geometry;
  readonly solutions: readonly Solution[];
  readonly selected: readonly Solution[];
}

function useHashView(): EmbedView {
  const [view, setView] = useState(() => readEmbedView(location.hash));
  useEffect(() => {
    const update = () => setView(readEmbedView(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return view;
}

function useShown(view: EmbedView): Shown | { error: string } | null {
  const [shown, setShown] = useState<Shown | { error: string } | null>(null);
  const key = `${view.map ?? ''}|${view.solutions.join(',')}`;
  useEffect(() => {
    let live = true;
    void (async () => {
      const bundled = await loadBundled();
      const id = view.map ?? DEFAULT_MAP_ID;
      const entry = bundled.maps.find((m) => m.map.id === id);
      if (!entry) {
        if (live) setShown({ error: uiMessages.noBundledMap(id) });
        return;
      }
      const geometry = entry.geometry ?? (await layoutInWorker(entry.map));
      const solutions = bundled.solutions.filter((s) => s.map === id);
      const selected = view.solutions.flatMap((sid) => solutions.filter((s) => s.id === sid));
      if (live) setShown({ map: entry.map, geometry, solutions, selected });
    })().catch((error: unknown) => {
      if (live) setShown({ error: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      live = false;
    };
    // The key stands for the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return shown;
}

export function EmbedApp() {
  const view = useHashView();
  const shown = useShown(view);
  const theme = useTheme();
  const [station, setStation] = useState<string | null>(null);
  const [fit, setFit] = useState(0);
  const [keyOpen, setKeyOpen] = useState(true);
  const ready = shown && 'map' in shown ? shown : null;
  const coverage = useMemo(
    () =>
      ready && ready.selected.length > 0 ? computeCoverage(ready.map, ready.selected) : undefined,
    [ready],
  );
  useEffect(() => {
    const onResize = () => setFit((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  if (!ready) {
    return (
      <p className="embed-placeholder">
        {shown && 'error' in shown ? shown.error : 'Laying out the map…'}
      </p>
    );
  }
  const { map, geometry, selected } = ready;
  const appLink = `./${location.hash}`;
  return (
    <div className="embed" data-testid="embed">
      <header className="embed-header">
        <h1 className="embed-title">{map.title}</h1>
        {coverage && (
          <p
            className="embed-summary"
            data-testid="coverage-summary"
            data-covered={coverage.totals.covered}
            data-partial={coverage.totals.partial}
            data-total={coverage.totals.total}
          >
            {selected.map((s) => s.name).join(' + ')}:{' '}
            {coverage.totals.covered + coverage.totals.partial} of {coverage.totals.total} stations
            covered
          </p>
        )}
        <div className="embed-actions">
          <button type="button" className="button small" onClick={() => setFit((n) => n + 1)}>
            Fit
          </button>
          <button
            type="button"
            className="button small"
            aria-expanded={keyOpen}
            onClick={() => setKeyOpen((o) => !o)}
          >
            Key
          </button>
          <a className="button small" href={appLink} target="_blank" rel="noopener noreferrer">
            Open in the app
          </a>
        </div>
      </header>
      <div className="embed-body-row">
        <main className="embed-stage">
          <MapView
            map={map}
            geometry={geometry}
            theme={theme}
            coverage={coverage}
            selectedStation={station}
            onSelectStation={setStation}
            fitRequest={fit}
            readOnly
          />
        </main>
        {/* The side column: a station's details while one is chosen, else the key. */}
        {station ? (
          <aside className="embed-key">
            <StationDetails
              map={map}
              stationId={station}
              coverage={coverage}
              solutions={selected}
              theme={theme}
              onClose={() => setStation(null)}
              readOnly
            />
          </aside>
        ) : (
          keyOpen && (
            <aside className="embed-key">
              <Legend map={map} theme={theme} overlay={coverage !== undefined} />
            </aside>
          )
        )}
      </div>
    </div>
  );
}
