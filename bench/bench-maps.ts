// The maps the layout bench runs on: generated metro-like maps of growing size and the
// real networks of bench/networks.
import { generateMetroMap } from '../src/layout/generate-map.ts';
import type { TransitMap } from '../src/model/schema.ts';
import { loadNetworks } from './networks.ts';

export interface BenchMap {
  readonly name: string;
  readonly kind: 'generated' | 'real';
  readonly map: TransitMap;
}

/** Sizes of the generated maps and their number of lines (3–15). */
export const GENERATED: readonly { stations: number; lines: number }[] = [
  { stations: 50, lines: 4 },
  { stations: 100, lines: 6 },
  { stations: 200, lines: 8 },
  { stations: 500, lines: 12 },
  { stations: 1000, lines: 15 },
];

export function benchMaps(): BenchMap[] {
  const generated = GENERATED.map(({ stations, lines }) => ({
    name: `generated-${stations}`,
    kind: 'generated' as const,
    map: generateMetroMap({
      stations,
      lines,
      seed: stations,
      branches: Math.round(lines / 3),
      loops: 1,
      id: `generated-${stations}`,
    }),
  }));
  const real = loadNetworks().map(({ map }) => ({ name: map.id, kind: 'real' as const, map }));
  return [...generated, ...real];
}
