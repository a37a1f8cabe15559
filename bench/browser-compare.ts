// Side by side: the same Geometry drawn by our renderer and by d3-tube-map, in the
// bench-only page (bench/pages/tube-compare.*), never in the app bundle.
import type { Browser } from '@playwright/test';
import type { Geometry } from '../src/layout/geometry.ts';
import { layoutMap } from '../src/layout/layout.ts';
import type { TransitMap } from '../src/model/schema.ts';
import type { Comparison } from './pages/tube-compare.tsx';

export interface CompareRow {
  readonly name: string;
  readonly stations: number;
  /** Median ms from the call to the drawn frame. */
  readonly ours: number;
  readonly theirs: number;
  /** ours / theirs: at most 1.0 is the target. */
  readonly ratio: number;
  readonly oursElements: number;
  readonly theirsElements: number;
  readonly dropped: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export async function compareRenderers(
  browser: Browser,
  url: string,
  maps: readonly { name: string; map: TransitMap; geometry?: Geometry }[],
  runs: number,
): Promise<CompareRow[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => '__tubeCompare' in window);
  const rows: CompareRow[] = [];
  for (const { name, map, geometry } of maps) {
    const g = geometry ?? layoutMap(map);
    const result: Comparison = await page.evaluate(
      ([geo, m, n]) => window.__tubeCompare.compare(geo, m, n),
      [g, map, runs] as const,
    );
    const ours = median(result.ours);
    const theirs = median(result.theirs);
    rows.push({
      name,
      stations: map.stations.length,
      ours,
      theirs,
      ratio: ours / theirs,
      oursElements: result.oursElements,
      theirsElements: result.theirsElements,
      dropped: result.dropped,
    });
  }
  await context.close();
  return rows;
}
