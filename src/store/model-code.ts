// The code that reads YAML text — the `yaml` parser and the zod schema, about 60 KB gzipped —
// is not needed to draw the first page: the bundled maps come parsed and laid out from the
// build. It is fetched when text must be read on the main thread (an edit, a station dragged
// and written back to the source, a new map, a `#src=` address, a save restored) and at idle
// after start-up (main.tsx), so that it is normally there before the first edit.
import type { setStationPosition, setStationPositions } from '../model/edit-source.ts';
import type { loadText } from '../model/load.ts';

export interface ModelCode {
  readonly loadText: typeof loadText;
  readonly setStationPosition: typeof setStationPosition;
  readonly setStationPositions: typeof setStationPositions;
}

let code: ModelCode | null = null;
let loading: Promise<ModelCode> | null = null;

/** The model code; fetched once (again after a failed fetch), however often it is asked for. */
export function loadModelCode(): Promise<ModelCode> {
  loading ??= Promise.all([import('../model/load.ts'), import('../model/edit-source.ts')]).then(
    ([load, edit]) =>
      (code = {
        loadText: load.loadText,
        setStationPosition: edit.setStationPosition,
        setStationPositions: edit.setStationPositions,
      }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The model code if it has arrived, or null. */
export const modelCodeNow = (): ModelCode | null => code;
