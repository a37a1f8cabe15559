// What the autosave keeps, with the running app: every opened or edited map as a document of
// its own, each opened (not bundled) solution and requirement set as one, and the view apart.
// Reading saves back (checking, migrating, restoring) is in persist-read.ts, loaded only when
// there is something to read, so that it stays out of the first download.
import type { Requirements, Solution } from '../model/schema.ts';
import { solutionKey } from './keys.ts';
import type { Save, SavedDocument } from './persist-read.ts';
import type { AppState } from './types.ts';

export const SAVE_VERSION = 2;

export type SavedView = Save['view'];

/** The storage key of each kind of record. */
export const mapRecordKey = (mapId: string) => `map:${mapId}`;
export const solutionRecordKey = (s: Pick<Solution, 'map' | 'id'>) => `solution:${solutionKey(s)}`;
export const requirementsRecordKey = (r: Pick<Requirements, 'map' | 'id'>) =>
  `requirements:${solutionKey(r)}`;
/** Whether two tabs writing `key` at once is a conflict to ask about (a map the user edits). */
export const isMapKey = (key: string) => key.startsWith('map:');

/** Every opened or edited map (an untouched bundled map is not saved). */
export function savedDocuments(state: AppState): SavedDocument[] {
  return state.maps
    .filter((e) => e.origin !== 'bundled' || e.savedSource !== undefined)
    .map((e): SavedDocument => {
      const check = state.checks[e.map.id];
      return {
        name: e.name,
        origin: e.origin,
        mapId: e.map.id,
        source: e.source,
        ...(e.savedSource !== undefined ? { savedSource: e.savedSource } : {}),
        ...(check && !check.ok ? { map: e.map } : {}),
      };
    });
}

export function savedView(state: AppState): SavedView {
  return {
    currentMapId: state.currentMapId,
    selectedSolutions: [...state.selectedSolutions],
    activeRequirements: { ...state.activeRequirements },
    selectedStation: state.selectedStation,
    editorOpen: state.editorOpen,
    zoom: state.zoom,
  };
}

/** Every record to store, by key (the view is kept apart, in localStorage). */
export function toRecords(
  state: AppState,
  bundledSolutions: ReadonlySet<string>,
  bundledRequirements: ReadonlySet<string> = new Set(),
): Map<string, unknown> {
  const records = new Map<string, unknown>();
  for (const doc of savedDocuments(state)) records.set(mapRecordKey(doc.mapId), doc);
  for (const s of state.solutions)
    if (!bundledSolutions.has(solutionKey(s))) records.set(solutionRecordKey(s), s);
  for (const r of state.requirements)
    if (!bundledRequirements.has(solutionKey(r))) records.set(requirementsRecordKey(r), r);
  return records;
}

/**
 * What a record says, to tell whether it changed since it was last stored. For a map, its
 * text and names, not the last good map kept beside a broken text (that follows from them).
 */
export function printOf(key: string, value: unknown): string {
  if (!isMapKey(key) || typeof value !== 'object' || value === null) return JSON.stringify(value);
  const { name, origin, mapId, source, savedSource } = value as Partial<SavedDocument>;
  return JSON.stringify([name, origin, mapId, source, savedSource ?? null]);
}

/** The records and view as one save, the shape `restore` reads (and the old autosave held). */
export function asSave(records: Iterable<readonly [string, unknown]>, view: SavedView): Save {
  const save: Save & { documents: unknown[]; solutions: unknown[]; requirements: unknown[] } = {
    version: SAVE_VERSION,
    savedAt: new Date().toISOString(),
    documents: [],
    solutions: [],
    requirements: [],
    view,
  };
  for (const [key, value] of records) {
    if (isMapKey(key)) save.documents.push(value);
    else if (key.startsWith('solution:')) save.solutions.push(value);
    else if (key.startsWith('requirements:')) save.requirements.push(value);
  }
  return save;
}

/** The whole state as one save (the old single-blob shape; tests and the migration use it). */
export function toSave(
  state: AppState,
  bundledSolutions: ReadonlySet<string>,
  bundledRequirements: ReadonlySet<string> = new Set(),
): Save {
  return asSave(toRecords(state, bundledSolutions, bundledRequirements), savedView(state));
}
