// The code that reads YAML text — the `yaml` parser and the zod schema, about 60 KB gzipped —
// is not needed to draw the first page: the bundled maps come parsed and laid out from the
// build. It is fetched when text must be read on the main thread (an edit, a station dragged
// and written back to the source, a new map, a `#src=` address, a save restored) and at idle
// after start-up (main.tsx, through the store's `loadModelCode`), so that it is normally there
// before the first edit. Each store has its own loader (store.ts makes it), so that a test's
// fresh store starts, like a fresh page, without it.
import type { setStationPosition, setStationPositions } from '../model/edit-source.ts';
import type { loadText } from '../model/load.ts';

export interface ModelCode {
  readonly loadText: typeof loadText;
  readonly setStationPosition: typeof setStationPosition;
  readonly setStationPositions: typeof setStationPositions;
}

export interface ModelCodeLoader {
  /** The model code; fetched once (again after a failed fetch), however often it is asked for. */
  readonly load: () => Promise<ModelCode>;
  /** The model code if it has arrived, or null. */
  readonly now: () => ModelCode | null;
}

/** Fetches the parser and schema (two lazy chunks). */
export const fetchModelCode = (): Promise<ModelCode> =>
  Promise.all([import('../model/load.ts'), import('../model/edit-source.ts')]).then(
    ([load, edit]) => ({
      loadText: load.loadText,
      setStationPosition: edit.setStationPosition,
      setStationPositions: edit.setStationPositions,
    }),
  );

/** A loader of its own: what it has fetched, and the fetch in flight, are kept in it. */
export function createModelCodeLoader(fetch = fetchModelCode): ModelCodeLoader {
  let code: ModelCode | null = null;
  let loading: Promise<ModelCode> | null = null;
  return {
    load: () =>
      (loading ??= fetch().then(
        (fetched) => (code = fetched),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    now: () => code,
  };
}
