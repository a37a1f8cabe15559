// Generated maps as YAML files, the way a user would open them: the browser bench and the
// budget test open these through the file input. Same generator and parameters as the
// layout bench (bench-maps.ts), so the numbers can be read side by side.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { generateMetroMap, seededRandom } from '../src/layout/generate-map.ts';
import { loadText } from '../src/model/load.ts';
import type { Solution, TransitMap } from '../src/model/schema.ts';

/** Number of lines for a generated map of `stations` stations (as in bench-maps.ts). */
export function linesFor(stations: number): number {
  if (stations <= 50) return 4;
  if (stations <= 100) return 6;
  if (stations <= 200) return 8;
  if (stations <= 500) return 12;
  return 15;
}

/** A generated map; another `seed` gives another map of the same size. */
export function generatedMap(stations: number, seed = stations): TransitMap {
  const lines = linesFor(stations);
  return generateMetroMap({
    stations,
    lines,
    seed,
    branches: Math.round(lines / 3),
    loops: 1,
    id: `generated-${stations}`,
  });
}

/** `count` solutions over `map`, each claiming a seeded random third of its stations. */
export function generatedSolutions(map: TransitMap, count: number): Solution[] {
  const random = seededRandom(map.stations.length * 7919 + count);
  return Array.from({ length: count }, (_, i) => ({
    kind: 'solution' as const,
    id: `tool-${i + 1}`,
    name: `Tool ${i + 1}`,
    map: map.id,
    covers: map.stations
      .filter(() => random() < 0.33)
      .map((s) => (random() < 0.25 ? { station: s.id, level: 'partial' as const } : s.id)),
  }));
}

/** A YAML file holding the map and, after `---`, its solutions. */
export function mapFileText(map: TransitMap, solutions: readonly Solution[] = []): string {
  return [map, ...solutions].map((doc) => stringify(doc)).join('---\n');
}

/** The bundled default map, loaded through the app's own loader. */
export function defaultMap(): TransitMap {
  const path = join(import.meta.dirname, '..', 'maps', 'ml-system.yaml');
  const result = loadText(readFileSync(path, 'utf8'));
  const map = result.maps[0];
  if (!result.ok || !map) throw new Error('maps/ml-system.yaml did not load');
  return map;
}
