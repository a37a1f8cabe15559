// The maps and solutions that ship with the app (maps/**/*.yaml). They are parsed,
// validated and laid out at build time (scripts/vite-bundled-data.ts) into one lazy chunk,
// so the YAML stays out of the initial JavaScript and start-up parses nothing.
import type { BundledData } from './bundled-data.ts';

export type Bundled = BundledData;

export const DEFAULT_MAP_ID = 'ml-system';

/**
 * The bundled data; fetched once however often it is asked for (the module loader keeps an
 * imported chunk, so there is nothing to keep here).
 */
export const loadBundled = (): Promise<Bundled> =>
  import('virtual:bundled-data').then((m) => m.default);
