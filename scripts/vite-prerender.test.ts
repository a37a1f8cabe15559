import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from '../src/render/theme.ts';
import { compileBundled } from './vite-bundled-data.ts';
import { markCopy, renderFirstFrame } from './vite-prerender.ts';

const root = new URL('..', import.meta.url).pathname;

describe('the prerendered first frame', () => {
  it('draws the default map with the app, in each theme, with nothing the CSP would block', async () => {
    const bundled = compileBundled(`${root}maps`, true, () => undefined);
    const frame = await renderFirstFrame(root, bundled);
    if (!frame) throw new Error('no first frame');
    const first = bundled.maps[0];
    if (!first) throw new Error('no bundled map');
    for (const html of [frame.light, frame.dark]) {
      expect(html.startsWith('<div class="app">')).toBe(true);
      expect(html).toContain(`<h2 class="map-title">${first.map.title}</h2>`);
      const stations = html.match(/<[^>]*data-station-id="/g) ?? [];
      expect(stations).toHaveLength(first.map.stations.length);
      expect(html).toContain('data-label-for=');
      expect(html).not.toMatch(/\sstyle=|<script/);
    }
    // Each copy is drawn on its theme's background.
    expect(frame.light).toContain(`fill="${lightTheme.background}"`);
    expect(frame.dark).toContain(`fill="${darkTheme.background}"`);
    expect(frame.light).not.toContain(`fill="${darkTheme.background}"`);
    const marked = markCopy(frame.dark, 'dark');
    expect(
      marked.startsWith('<div class="app" data-prerender="dark" inert="" aria-hidden="true">'),
    ).toBe(true);
  });
});
