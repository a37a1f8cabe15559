// A map's edited source -> the state that follows from it. When the text loads, its map
// replaces the entry's map; when it does not, the last good map stays and the problems say why.
import type { loadText } from '../model/load.ts';
import { problem } from '../model/problem.ts';
import type { TransitMap } from '../model/schema.ts';
import { storeMessages as m } from './messages.ts';
import { entryById } from './selectors.ts';
import type { AppState, MapEntry, ProblemReport, SourceCheck } from './types.ts';

/** The name the problems panel gives an edited map. */
export const editedName = (entry: Pick<MapEntry, 'name'>) => m.edited(entry.name);

const problemAtId = (text: string, message: string) => {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => /^id\s*:/.test(l));
  return problem(message, { path: ['id'], line: index + 1 || 1 });
};

/** Replaces `entry` in `list` by `next`, keeping its place in the map picker. */
export const replaceEntry = (list: readonly MapEntry[], entry: MapEntry, next: MapEntry) =>
  list.map((e) => (e === entry ? next : e));

const renameKey = <T>(record: Readonly<Record<string, T>>, from: string, to: string) => {
  if (from === to || !(from in record)) return record;
  const { [from]: value, ...rest } = record;
  return value === undefined ? rest : { ...rest, [to]: value };
};

/**
 * The state after the source of the map `mapId` became `text`, read by `load` (the model's
 * loadText, passed in so that this module does not load the YAML parser with the first page).
 */
export function applySource(
  state: AppState,
  mapId: string,
  text: string,
  load: typeof loadText,
): Partial<AppState> {
  const entry = entryById(state, mapId);
  if (!entry) return {};
  const others = state.maps.filter((m) => m !== entry).map((m) => m.map);
  const result = load(text, { maps: others });
  const problems = [...result.problems];
  let next: TransitMap | undefined = result.maps.find((m) => m.id === mapId) ?? result.maps[0];
  if (result.ok && !next) {
    problems.push(problemAtId(text, m.noMapAnyMore()));
  } else if (next && next.id !== mapId && others.some((m) => m.id === next?.id)) {
    problems.push(problemAtId(text, m.idTaken(next.id)));
    next = undefined;
  }
  const ok = result.ok && next !== undefined;
  const newId = ok && next ? next.id : mapId;
  const check: SourceCheck = { text, problems, ok };
  const updated: MapEntry = { ...entry, source: text, ...(ok && next ? { map: next } : {}) };
  const name = editedName(entry);
  const report: ProblemReport | null =
    problems.length > 0
      ? { source: name, problems, refused: !ok }
      : state.report?.source === name
        ? null
        : state.report;
  const solutions = ok
    ? [
        ...state.solutions.filter(
          (s) => !result.solutions.some((r) => r.id === s.id && r.map === s.map),
        ),
        ...result.solutions,
      ]
    : state.solutions;
  const requirements = ok
    ? [
        ...state.requirements.filter(
          (r) => !result.requirements.some((n) => n.id === r.id && n.map === r.map),
        ),
        ...result.requirements,
      ]
    : state.requirements;
  return {
    maps: replaceEntry(state.maps, entry, updated),
    solutions,
    requirements,
    report,
    checks: { ...renameKey(state.checks, mapId, newId), [newId]: check },
    histories: renameKey(state.histories, mapId, newId),
    ...(state.currentMapId === mapId ? { currentMapId: newId } : {}),
  };
}
