import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBundled } from './store/bundled.ts';
import { initialiseStore, useAppStore } from './store/store.ts';
import { selectCurrentEntry } from './store/selectors.ts';
import { App } from './ui/app.tsx';
import { ErrorBoundary } from './ui/error-boundary.tsx';
import { seedGeometry, warmLayout } from './worker/app-layout-client.ts';
import { firstPaint } from './ui/use-first-paint.ts';
import './ui/app.css';

// The bundled maps come laid out from the build: the default map is drawn without the worker.
void loadBundled().then((bundled) => {
  for (const { map, geometry } of bundled.maps) if (geometry) seedGeometry(map, geometry);
});
await initialiseStore();
const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // A transition: React renders the first page in slices of a few milliseconds, so that
  // building the whole map is not one long task.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}
// The worker is not needed for the first map. Once the page is idle, it starts and lays out a
// few tiny maps, then the map on screen (worker/warm-up.ts: never ahead of real work), so that
// its code is compiled and warm before the first file opened or edit typed (a cold layout
// takes about twice as long). The YAML parser and schema follow at idle too, so that they are
// here before the first edit.
const warmUp = () => {
  const state = useAppStore.getState();
  const entry = selectCurrentEntry(state);
  if (entry) warmLayout(entry.map);
  // Asked for again, and reported, when needed.
  state.loadModelCode().catch(() => undefined);
};
// Not before the first frame: an idle moment between the first render and its paint would
// otherwise be spent starting the worker and running the parser's code.
void firstPaint.then(() => {
  if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 3000 });
  else setTimeout(warmUp, 1000);
});
