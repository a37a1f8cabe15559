import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBundled } from './store/bundled.ts';
import { initialiseStore } from './store/store.ts';
import { App } from './ui/app.tsx';
import { ErrorBoundary } from './ui/error-boundary.tsx';
import { seedGeometry, warmUpLayoutWorker } from './ui/layout-client.ts';
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
// The worker is not needed for the first map: it starts once the page has drawn and is idle.
if ('requestIdleCallback' in window) requestIdleCallback(warmUpLayoutWorker, { timeout: 3000 });
else setTimeout(warmUpLayoutWorker, 1000);
