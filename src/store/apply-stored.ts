// Another tab's stored version of a document -> the state of this tab with it applied: a map
// replaces this tab's copy (as an undoable step) or joins the map picker; a solution or a
// requirement set joins its map. Pure over the state, given the model's loadText; loaded with
// the parser, only when another tab has saved something (or a choice needs it).
import type { loadText } from '../model/load.ts';
import { renameMap } from '../model/rename-map.ts';
import { Requirements, Solution, TransitMap } from '../model/schema.ts';
import { applySource, replaceEntry } from './apply-source.ts';
import { emptyHistory, record } from './history.ts';
import { SavedDocument } from './persist-read.ts';
import type { AppState, MapEntry } from './types.ts';

type Load = typeof loadText;

/** The state with the stored map `raw` in place of this tab's copy, or added; {} if unreadable. */
export function applyStoredMap(state: AppState, raw: unknown, load: Load): Partial<AppState> {
  const parsed = SavedDocument.safeParse(raw);
  if (!parsed.success) return {};
  const doc = parsed.data;
  const existing = state.maps.find((m) => m.map.id === doc.mapId);
  let entry: MapEntry;
  let histories = state.histories;
  if (existing) {
    entry = { ...existing, name: doc.name, origin: doc.origin };
    if (existing.source !== doc.source) {
      const h = record(histories[doc.mapId] ?? emptyHistory, existing.source, 'edit', Date.now());
      histories = { ...histories, [doc.mapId]: h };
    }
  } else {
    const others = state.maps.map((m) => m.map);
    const result = load(doc.source, { maps: others });
    const map =
      result.maps.find((m) => m.id === doc.mapId) ??
      result.maps[0] ??
      TransitMap.safeParse(doc.map).data;
    if (!map || others.some((m) => m.id === map.id)) return {};
    entry = { map, source: doc.source, origin: doc.origin, name: doc.name };
  }
  const next: MapEntry = {
    map: entry.map,
    source: entry.source,
    origin: doc.origin,
    name: doc.name,
  };
  if (doc.savedSource !== undefined) Object.assign(next, { savedSource: doc.savedSource });
  const maps = existing ? replaceEntry(state.maps, existing, next) : [...state.maps, next];
  const staged: AppState = { ...state, maps, histories };
  return { maps, histories, ...applySource(staged, doc.mapId, doc.source, load) };
}

/** The state with another tab's stored solution or requirement set in it; {} if unreadable. */
export function applyStoredOverlay(state: AppState, key: string, raw: unknown): Partial<AppState> {
  if (key.startsWith('solution:')) {
    const s = Solution.safeParse(raw);
    if (!s.success || !state.maps.some((m) => m.map.id === s.data.map)) return {};
    const others = state.solutions.filter((o) => o.id !== s.data.id || o.map !== s.data.map);
    return { solutions: [...others, s.data] };
  }
  const r = Requirements.safeParse(raw);
  if (!r.success || !state.maps.some((m) => m.map.id === r.data.map)) return {};
  const others = state.requirements.filter((o) => o.id !== r.data.id || o.map !== r.data.map);
  return { requirements: [...others, r.data] };
}

/** An id like `mapId-copy` that no open map has. */
export function copyId(mapId: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? `${mapId}-copy` : `${mapId}-copy-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * "Keep both": this tab's text of `mapId` becomes a new map of its own (a fresh id, titled
 * as a copy), shown; the original takes the other tab's stored version.
 */
export function keepBoth(
  state: AppState,
  mapId: string,
  theirs: unknown,
  load: Load,
): Partial<AppState> {
  const mine = state.maps.find((m) => m.map.id === mapId);
  if (!mine) return applyStoredMap(state, theirs, load);
  const id = copyId(mapId, new Set(state.maps.map((m) => m.map.id)));
  const copyTitle = (title: string) => `${title} (copy)`;
  const source = renameMap(mine.source, mapId, id, copyTitle);
  const taken = { ...state, ...applyStoredMap(state, theirs, load) };
  const copy: SavedDocument = {
    name: `${id}.yaml`,
    origin: mine.origin === 'bundled' ? 'new' : mine.origin,
    mapId: id,
    source,
    ...(mine.origin === 'bundled' ? {} : { savedSource: mine.savedSource ?? '' }),
    map: { ...mine.map, id, title: copyTitle(mine.map.title) },
  };
  const withCopy = { ...taken, ...applyStoredMap(taken, copy, load) };
  const shown = withCopy.maps.some((m) => m.map.id === id);
  return {
    ...withCopy,
    ...(shown
      ? { currentMapId: id, selectedStation: null, fitRequest: withCopy.fitRequest + 1 }
      : {}),
  };
}

/** The state without the record `key`, which another tab removed (a bundled map comes back). */
export function forgetStored(
  state: AppState,
  key: string,
  bundled: readonly MapEntry[] = [],
): Partial<AppState> {
  if (key.startsWith('map:')) {
    const id = key.slice('map:'.length);
    const original = bundled.find((m) => m.map.id === id);
    const maps = original
      ? state.maps.map((m) => (m.map.id === id ? original : m))
      : state.maps.filter((m) => m.map.id !== id);
    const current = maps.some((m) => m.map.id === state.currentMapId);
    return {
      maps,
      ...(current
        ? {}
        : {
            currentMapId: maps[0]?.map.id ?? '',
            selectedStation: null,
            fitRequest: state.fitRequest + 1,
          }),
    };
  }
  const [kind, rest = ''] = key.split(':', 2) as [string, string?];
  const slash = rest.indexOf('/');
  const map = rest.slice(0, slash);
  const id = rest.slice(slash + 1);
  const keep = (x: { map: string; id: string }) => x.map !== map || x.id !== id;
  return kind === 'solution'
    ? { solutions: state.solutions.filter(keep) }
    : { requirements: state.requirements.filter(keep) };
}
