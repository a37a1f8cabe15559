// The page's first frame, rendered at build time (scripts/vite-prerender.ts): the app as it
// looks on start-up with the default bundled map, as static HTML. Runs in Node; not shipped.
import { renderToStaticMarkup } from 'react-dom/server';
import type { BundledData } from './store/bundled-data.ts';
import { DEFAULT_MAP_ID } from './store/bundled.ts';
import { useAppStore } from './store/store.ts';
import { App } from './ui/app.tsx';
import { seedGeometry } from './ui/layout-client.ts';
import { serverTheme } from './ui/use-theme.ts';

/**
 * The app's first frame with the system theme `theme`, or null when the default map has no
 * build-time layout (the page then starts as it would without a prerender).
 */
export function prerenderApp(bundled: BundledData, theme: 'light' | 'dark'): string | null {
  const first = bundled.maps.find((m) => m.map.id === DEFAULT_MAP_ID) ?? bundled.maps[0];
  if (!first?.geometry) return null;
  seedGeometry(first.map, first.geometry);
  useAppStore.setState({
    maps: bundled.maps.map(({ map, source, name }) => ({ map, source, name, origin: 'bundled' })),
    solutions: bundled.solutions,
    currentMapId: first.map.id,
  });
  serverTheme.prefersDark = theme === 'dark';
  return renderToStaticMarkup(<App />);
}
