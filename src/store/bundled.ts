// The maps and solutions that ship with the app (maps/**/*.yaml). They are parsed,
// validated and laid out at build time (scripts/vite-bundled-data.ts) into one lazy chunk,
// so the YAML stays out of the initial JavaScript and start-up parses nothing.
import type { BundledData } from './bundled-data.ts';

export type Bundled = BundledData;

export const DEFAULT_MAP_ID = 'ml-system';

let loading: Promise<Bundled> | null = null;

/** The bundled data; fetched once, however often it is asked for. */
export function loadBundled(): Promise<Bundled> {
  loading ??= import('virtual:bundled-data').then((m) => m.default);
  return loading;
}
