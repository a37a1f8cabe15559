// Fare zones as drawn in Chromium, in both themes, on every bundled map that has zones: each
// zone's area holds all its stations and no other zone's station, its name lies inside it,
// and in the dark theme its fill and edge stand out from the ground. The exported SVG,
// opened on its own, shows the same zones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { loadText } from '../src/model/load.ts';
import { contrastRatio } from '../src/render/contrast.ts';
import { darkTheme } from '../src/render/theme.ts';
import { map, openApp } from './helpers.ts';

const MAPS = ['ml-system', 'ml-workflow', 'ml-organization'];

function zonesOf(id: string): Record<string, string> {
  const text = readFileSync(join(import.meta.dirname, '..', 'maps', `${id}.yaml`), 'utf8');
  const m = loadText(text).maps[0];
  if (!m) throw new Error(`no map in ${id}`);
  return Object.fromEntries(m.stations.map((s) => [s.id, s.zone ?? '']));
}

interface Seen {
  /** Per zone, the stations whose centres lie in its drawn area. */
  readonly holds: Record<string, string[]>;
  /** Per zone, which zones' areas hold the centre and corners of its name. */
  readonly name: Record<string, string[][]>;
  readonly fills: string[];
  readonly edges: string[];
}

/** What each zone's drawn area holds, asked of the browser's own hit test of its path. */
async function look(svgElement: Locator): Promise<Seen> {
  return svgElement.evaluate((svg) => {
    const paths = [...svg.querySelectorAll<SVGPathElement>('[data-zone-id] > path')];
    const inside = (path: SVGPathElement, x: number, y: number): boolean => {
      const ctm = path.getScreenCTM();
      if (!ctm) return false;
      const p = new DOMPoint(x, y).matrixTransform(ctm.inverse());
      return path.isPointInFill(p);
    };
    const zoneOf = (path: SVGPathElement) => path.parentElement?.getAttribute('data-zone-id') ?? '';
    const holds: Record<string, string[]> = {};
    const name: Record<string, string[][]> = {};
    for (const path of paths) holds[zoneOf(path)] = [];
    for (const st of svg.querySelectorAll('[data-station-id]')) {
      const r = st.getBoundingClientRect();
      const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
      for (const path of paths)
        if (inside(path, x, y)) holds[zoneOf(path)]?.push(st.getAttribute('data-station-id') ?? '');
    }
    for (const path of paths) {
      const text = path.parentElement?.querySelector('text');
      if (!text) continue;
      const r = text.getBoundingClientRect();
      const spots = [
        [r.x + r.width / 2, r.y + r.height / 2],
        [r.x + 1, r.y + 2],
        [r.right - 1, r.y + 2],
        [r.x + 1, r.bottom - 2],
        [r.right - 1, r.bottom - 2],
      ];
      name[zoneOf(path)] = spots.map(([x, y]) =>
        paths.filter((p) => inside(p, x as number, y as number)).map(zoneOf),
      );
    }
    return {
      holds,
      name,
      fills: paths.map((p) => p.getAttribute('fill') ?? ''),
      edges: paths.map((p) => p.getAttribute('stroke') ?? ''),
    };
  });
}

/** What is wrong with the zones seen, given each station's zone: nothing when all is well. */
function problems(seen: Seen, zoneOf: Record<string, string>, allowAstray = 0): string[] {
  const bad: string[] = [];
  const astray: string[] = [];
  const zones = Object.keys(seen.holds);
  if (zones.length < 4) bad.push(`only ${zones.length} zones drawn`);
  for (const zone of zones) {
    const own = Object.keys(zoneOf).filter((s) => zoneOf[s] === zone);
    const held = new Set(seen.holds[zone]);
    for (const s of own) if (!held.has(s)) bad.push(`${zone} misses its station ${s}`);
    for (const s of held) if (zoneOf[s] !== zone) bad.push(`${zone} covers ${s} of ${zoneOf[s]}`);
    if ((seen.name[zone] ?? []).some((hit) => hit.join() !== zone)) astray.push(zone);
  }
  // Known gap: on the crowded organisation map up to two names find no takeable room.
  if (astray.length > allowAstray) bad.push(`names outside their zone: ${astray.join()}`);
  return bad;
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const id of MAPS) {
      test(`${id}: each zone holds its stations, no other's, and its name`, async ({ page }) => {
        await page.goto(`/#map=${id}`);
        const zoneOf = zonesOf(id);
        // Until the map of that id is drawn and has settled, what is seen may still change.
        const astray = id === 'ml-organization' ? 2 : 0;
        await expect.poll(async () => problems(await look(map(page)), zoneOf, astray)).toEqual([]);
        const seen = await look(map(page));
        if (scheme === 'dark') {
          for (const fill of seen.fills)
            expect(contrastRatio(fill, darkTheme.background), fill).toBeGreaterThanOrEqual(1.4);
          for (const edge of seen.edges)
            expect(contrastRatio(edge, darkTheme.background), edge).toBeGreaterThanOrEqual(3);
        }
      });
    }
  });
}

test('the exported SVG, opened on its own, shows the same zones', async ({
  page,
  context,
}, testInfo) => {
  await openApp(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  const file = testInfo.outputPath('map.svg');
  await download.saveAs(file);
  const alone = await context.newPage();
  await alone.goto(`file://${file}`);
  const svg = alone.locator('svg').first();
  await expect(svg.locator('[data-zone-id] > path')).toHaveCount(4);
  expect(problems(await look(svg), zonesOf('ml-system'))).toEqual([]);
});
