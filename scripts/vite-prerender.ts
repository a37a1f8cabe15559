// A Vite plugin that draws the page's first frame at build time: the app with the default
// bundled map (laid out by scripts/vite-bundled-data.ts), rendered by react-dom/server from
// the same components (src/prerender.tsx) into index.html's #root, once per theme. The map is
// then on screen at first paint, before any JavaScript has run; React replaces it when it
// renders (createRoot clears #root). The copy is inert and hidden from assistive technology:
// nothing in it can be focused or clicked. public/boot.js picks the theme's copy before the
// first paint, or hides both when the page will show another map (autosave, a hash).
import type { Plugin } from 'vite';
import { createServer } from 'vite';
import type { prerenderApp } from '../src/prerender.tsx';
import type { BundledData } from '../src/store/bundled-data.ts';

/** Renders with the store's current state: zustand's server snapshot is its initial state. */
function serverSnapshotIsState(): Plugin {
  return {
    name: 'prerender-zustand-state',
    transform(code, id) {
      if (!/zustand\/esm\/react\.mjs$/.test(id)) return null;
      const patched = code.replace('selector(api.getInitialState())', 'selector(api.getState())');
      if (patched === code) throw new Error('prerender: zustand no longer reads getInitialState');
      return patched;
    },
  };
}

/** The static first frame for each theme (null: no prerender). */
export async function renderFirstFrame(
  root: string,
  bundled: BundledData,
): Promise<{ light: string; dark: string } | null> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    ssr: { noExternal: ['zustand'] },
    plugins: [serverSnapshotIsState()],
  });
  try {
    const mod = (await server.ssrLoadModule('/src/prerender.tsx')) as {
      prerenderApp: typeof prerenderApp;
    };
    const light = mod.prerenderApp(bundled, 'light');
    const dark = mod.prerenderApp(bundled, 'dark');
    if (light === null || dark === null) return null;
    for (const html of [light, dark])
      if (!/data-testid="transit-map"[^>]*>[\s\S]*data-station-id=/.test(html))
        throw new Error('prerender: the first frame has no map');
    return { light, dark };
  } finally {
    await server.close();
  }
}

/** Marks one theme's copy of the first frame: inert, hidden from assistive technology. */
export function markCopy(html: string, theme: 'light' | 'dark'): string {
  const open = '<div class="app">';
  if (!html.startsWith(open)) throw new Error('prerender: the app no longer starts with .app');
  const marked = `<div class="app" data-prerender="${theme}" inert="" aria-hidden="true">`;
  return marked + html.slice(open.length);
}

/**
 * Injects public/boot.js (theme and the choice of copy, before the first paint) and, in a
 * production build, the first frame of the default map into #root.
 */
export function prerender(root: string): { plugin: Plugin; onCompiled: (d: BundledData) => void } {
  let bundled: BundledData | null = null;
  let base = './';
  let build = false;
  const plugin: Plugin = {
    name: 'prerender-first-frame',
    configResolved(config) {
      base = config.base;
      build = config.command === 'build' && !process.env['VITEST'];
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const boot = { tag: 'script', attrs: { src: `${base}boot.js` }, injectTo: 'head' as const };
        if (!build || !bundled) return { html, tags: [boot] };
        const frame = await renderFirstFrame(root, bundled);
        if (!frame) return { html, tags: [boot] };
        const copies = markCopy(frame.light, 'light') + markCopy(frame.dark, 'dark');
        const rootDiv = '<div id="root"></div>';
        if (!html.includes(rootDiv)) throw new Error('prerender: index.html has no empty #root');
        return { html: html.replace(rootDiv, `<div id="root">${copies}</div>`), tags: [boot] };
      },
    },
  };
  return { plugin, onCompiled: (d) => (bundled = d) };
}
