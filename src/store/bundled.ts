// The maps and solutions that ship with the app (maps/**/*.yaml), loaded once at start-up.
// Each file is its own small chunk, fetched in parallel, so the YAML stays out of the
// initial JavaScript.
import { loadText } from '../model/load.ts';
import type { Solution, TransitMap } from '../model/schema.ts';

const sources = import.meta.glob<string>('/maps/**/*.yaml', { query: '?raw', import: 'default' });

export interface Bundled {
  readonly maps: readonly { map: TransitMap; source: string; name: string }[];
  readonly solutions: readonly Solution[];
}

export const DEFAULT_MAP_ID = 'ml-system';

export async function loadBundled(): Promise<Bundled> {
  const maps: { map: TransitMap; source: string; name: string }[] = [];
  const solutionSources: string[] = [];
  const files = await Promise.all(
    Object.entries(sources).map(async ([path, load]) => [path, await load()] as const),
  );
  for (const [path, source] of files.sort(([a], [b]) => a.localeCompare(b))) {
    if (path.includes('/solutions/')) {
      solutionSources.push(source);
      continue;
    }
    const result = loadText(source);
    for (const map of result.maps) maps.push({ map, source, name: path.replace(/^\/maps\//, '') });
  }
  const known = maps.map((m) => m.map);
  const solutions = solutionSources.flatMap((s) => loadText(s, { maps: known }).solutions);
  // The default map first, then the others by title.
  maps.sort((a, b) =>
    a.map.id === DEFAULT_MAP_ID
      ? -1
      : b.map.id === DEFAULT_MAP_ID
        ? 1
        : a.map.title.localeCompare(b.map.title),
  );
  return { maps, solutions };
}
