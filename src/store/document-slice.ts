// The document slice: every loaded map with its source, the solutions, and what went wrong last.
import { problem } from '../model/problem.ts';
import type { ModelCodeLoader } from './model-code.ts';
import { solutionKey } from './keys.ts';
import { storeMessages as m } from './messages.ts';
import type { DocumentSlice, MapEntry, ProblemReport, SliceCreator } from './types.ts';

/** The list with `items` added, each replacing an older entry of the same key. */
const upsert = <T>(list: readonly T[], items: readonly T[], key: (t: T) => string): T[] => {
  const keys = new Set(items.map(key));
  return [...list.filter((t) => !keys.has(key(t))), ...items];
};

export const createDocumentSlice =
  (modelCode: ModelCodeLoader): SliceCreator<DocumentSlice> =>
  (set, get) => ({
    maps: [],
    solutions: [],
    requirements: [],
    activeRequirements: {},
    currentMapId: '',
    report: null,

    loadModelCode: modelCode.load,

    openText: async (text, name, origin = 'file') => {
      const code = await modelCode.load().catch(() => null);
      if (!code) {
        set({ report: { source: name, problems: [problem(m.notOpened())], refused: true } });
        return { ok: false, maps: 0, solutions: 0 };
      }
      const result = code.loadText(text, { maps: get().maps.map((m) => m.map) });
      return get().openLoaded(text, name, result, origin);
    },

    openLoaded: (text, name, result, origin = 'file') => {
      const state = get();
      const report: ProblemReport | null =
        result.problems.length > 0
          ? { source: name, problems: result.problems, refused: !result.ok }
          : null;
      if (!result.ok) {
        // A file that fails to load changes nothing but the problems panel.
        set({ report });
        return { ok: false, maps: 0, solutions: 0 };
      }
      const entries = result.maps.map((map): MapEntry => ({
        map,
        source: text,
        origin,
        name,
      }));
      const maps = upsert(state.maps, entries, (e) => e.map.id);
      const solutions = upsert(state.solutions, result.solutions, solutionKey);
      const requirements = upsert(state.requirements, result.requirements, solutionKey);
      const firstMap = result.maps[0];
      const currentMapId =
        firstMap?.id ??
        result.solutions[0]?.map ??
        result.requirements[0]?.map ??
        state.currentMapId;
      const opened = result.solutions.filter((s) => s.map === currentMapId).map((s) => s.id);
      // A tool is the same on every map: the selection holds across maps.
      const keep = state.selectedSolutions;
      // An opened requirement set becomes the active one of its map (the last one in the file).
      const activeRequirements = { ...state.activeRequirements };
      for (const r of result.requirements) activeRequirements[r.map] = r.id;
      // A replaced map starts afresh: its old text's problems and undo steps no longer apply.
      const replaced = new Set(entries.map((e) => e.map.id));
      const without = <T>(r: Readonly<Record<string, T>>) =>
        Object.fromEntries(Object.entries(r).filter(([id]) => !replaced.has(id)));
      set({
        maps,
        solutions,
        requirements,
        activeRequirements,
        currentMapId,
        report,
        checks: without(state.checks),
        histories: without(state.histories),
        selectedSolutions: [...keep.filter((id) => !opened.includes(id)), ...opened],
        selectedStation: null,
        fitRequest: state.fitRequest + (currentMapId === state.currentMapId ? 0 : 1),
      });
      return { ok: true, maps: result.maps.length, solutions: result.solutions.length };
    },

    selectMap: (id) => {
      const state = get();
      if (id === state.currentMapId || !state.maps.some((m) => m.map.id === id)) return;
      set({
        currentMapId: id,
        selectedStation: null,
        fitRequest: state.fitRequest + 1,
      });
    },

    setActiveRequirements: (mapId, id) => {
      const state = get();
      const { [mapId]: _previous, ...rest } = state.activeRequirements;
      if (id === null) {
        if (_previous !== undefined) set({ activeRequirements: rest });
        return;
      }
      if (!state.requirements.some((r) => r.map === mapId && r.id === id)) return;
      if (_previous !== id) set({ activeRequirements: { ...rest, [mapId]: id } });
    },

    reportProblems: (source, problems) => set({ report: { source, problems, refused: true } }),

    dismissReport: () => set({ report: null }),
  });
