// The page's one layout client, and the few things the rest of the app asks of it.
import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { LoadResult } from '../model/load.ts';
import type { TransitMap } from '../model/schema.ts';
import { LayoutClient } from './layout-client.ts';
import { workerMessages } from './messages.ts';

const client = new LayoutClient({
  // Written out here, in this form, so that the bundler finds the worker and builds it apart.
  createWorker: () =>
    new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' }),
  ...(typeof window === 'undefined' ? {} : { input: window }),
});

/** The geometry of `map` with `options`, laid out in the worker (or known already). */
export const layoutInWorker = (map: TransitMap, options?: LayoutOptions): Promise<Geometry> =>
  client.layout(map, options);

/** Parses and validates an opened file's text in the worker. */
export const loadInWorker = (text: string, maps: readonly TransitMap[]): Promise<LoadResult> =>
  client.load(text, maps);

/** A geometry laid out at build time (a bundled map): drawn without the worker. */
export const seedGeometry = (map: TransitMap, geometry: Geometry): void =>
  client.seed(map, geometry);

/** The geometry of `map` if it is already known, without waiting. */
export const peekGeometry = (map: TransitMap): Geometry | undefined => client.peek(map);

/** Warms the worker up (at idle, and when the editor opens) without delaying real work. */
export const warmLayout = (map: TransitMap): void => client.warm(map);

/** Hears how far the layout of map `mapId` has come (0–1); returns the unsubscribe. */
export const watchLayoutProgress = (mapId: string, listener: (share: number) => void) =>
  client.watchProgress(mapId, listener);

/** Stops the layout of map `mapId` (its promise rejects with a "cancelled" message). */
export const cancelLayout = (mapId: string): void => client.cancel(mapId);

/** Whether `error` is what a cancelled layout rejects with. */
export const isCancelled = (error: unknown): boolean =>
  error instanceof Error && error.message === workerMessages.cancelled();
