// The editor slice: the YAML editor's state and every action that changes a map's source —
// typing, dragging a station, unpinning it, undo and redo, a new map from the template.
// Every change goes through `change`, which records the undo history, so that text edits and
// drags share one history per map.
import type { GridPoint } from '../model/schema.ts';
import { applySource, replaceEntry } from './apply-source.ts';
import { emptyHistory, record, redo, undo } from './history.ts';
import type { ChangeKind, History } from './history.ts';
import { freshMapId, mapTemplate } from './map-template.ts';
import type { ModelCodeLoader } from './model-code.ts';
import { storeMessages as m } from './messages.ts';
import { entryById, selectCurrentEntry } from './selectors.ts';
import type { EditorSlice, MapEntry, SliceCreator } from './types.ts';

/**
 * The pause after the last keystroke before the text is parsed and the map updated: as long
 * as the last parse of this map took, within [EDIT_DEBOUNCE_MIN_MS, EDIT_DEBOUNCE_MS], so that
 * parsing takes at most about half of the main thread however fast one types. A small map
 * follows the text almost at once (its parse takes a few ms, and the layout worker drops
 * versions that are already stale); a huge one waits for a pause in the typing.
 */
export const EDIT_DEBOUNCE_MS = 150;
export const EDIT_DEBOUNCE_MIN_MS = 10;
const DEBOUNCE_PER_PARSE = 1;

/** The pause after a keystroke, given how long loading this map's text took last time. */
export const editDebounce = (lastLoadMs: number | undefined): number =>
  lastLoadMs === undefined
    ? EDIT_DEBOUNCE_MIN_MS // not parsed yet: one parse tells what this map costs
    : Math.min(EDIT_DEBOUNCE_MS, Math.max(EDIT_DEBOUNCE_MIN_MS, DEBOUNCE_PER_PARSE * lastLoadMs));

export const createEditorSlice =
  (modelCode: ModelCodeLoader): SliceCreator<EditorSlice> =>
  (set, get) => {
    /** Runs `then` once the model code has arrived, or says that it could not be loaded. */
    const whenModelCode = (then: () => void) => {
      modelCode.load().then(then, () => set({ editNotice: m.notUpdated() }));
    };
    // Timers and timings of this store, not of the module: not state anyone reads or renders,
    // so kept beside the store's state rather than in it (a change to them notifies no one).
    /** The text waiting for the pause after typing to end, by map id. */
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    /** How long loading each map's text took last time, in ms (for the pause after typing). */
    const loadCost = new Map<string, number>();
    const current = () => selectCurrentEntry(get());
    const commit = (mapId: string) => {
      const timer = pending.get(mapId);
      if (timer !== undefined) clearTimeout(timer);
      pending.delete(mapId);
      const code = modelCode.now();
      if (!code) {
        // An edit before the parser has arrived (it loads at idle after start-up): the text is
        // kept already; the map follows once the parser is here.
        whenModelCode(() => commit(mapId));
        return;
      }
      const entry = entryById(get(), mapId);
      if (!entry) return;
      const started = performance.now();
      const next = applySource(get(), mapId, entry.source, code.loadText);
      const cost = performance.now() - started;
      loadCost.set(mapId, cost);
      if (next.currentMapId !== undefined && next.currentMapId !== mapId)
        loadCost.set(next.currentMapId, cost);
      set(next);
    };
    /** Sets the current map's source to `text`, recording the step; loads it now or soon. */
    const change = (text: string, kind: ChangeKind, history?: History) => {
      const s = get();
      const entry = current();
      if (!entry || text === entry.source) return;
      const id = entry.map.id;
      const h = history ?? record(s.histories[id] ?? emptyHistory, entry.source, kind, Date.now());
      const next: MapEntry = {
        ...entry,
        source: text,
        savedSource: entry.savedSource ?? entry.source,
      };
      set({ maps: replaceEntry(s.maps, entry, next), histories: { ...s.histories, [id]: h } });
      if (kind === 'typing') {
        const timer = pending.get(id);
        if (timer !== undefined) clearTimeout(timer);
        pending.set(
          id,
          setTimeout(() => commit(id), editDebounce(loadCost.get(id))),
        );
      } else commit(id);
    };
    const writePosition = (stationId: string, position: GridPoint | null) => {
      const code = modelCode.now();
      if (!code) {
        whenModelCode(() => writePosition(stationId, position));
        return;
      }
      get().flushEdits();
      const entry = current();
      if (!entry) return;
      const result = code.setStationPosition(entry.source, entry.map.id, stationId, position);
      if (!result.ok) {
        set({ editNotice: m.notMoved(stationId, result.reason) });
        return;
      }
      change(result.text, 'drag');
    };
    const step = (direction: 'undo' | 'redo') => {
      get().flushEdits();
      const entry = current();
      if (!entry) return;
      const h = get().histories[entry.map.id] ?? emptyHistory;
      const result = direction === 'undo' ? undo(h, entry.source) : redo(h, entry.source);
      if (result) change(result.text, 'edit', result.history);
    };

    return {
      editorOpen: false,
      checks: {},
      histories: {},
      editNotice: null,
      restoreNotice: null,
      confirmRequest: null,
      setEditorOpen: (open) => {
        // The parser comes with the editor (if it has not come at idle already): typing needs it.
        if (open) modelCode.load().catch(() => undefined);
        set({ editorOpen: open });
      },
      editSource: (text, kind = 'typing') => change(text, kind),
      flushEdits: () => {
        for (const id of [...pending.keys()]) commit(id);
      },
      flushCurrent: () => {
        get().flushEdits();
        return current();
      },
      moveStation: (stationId, position) => writePosition(stationId, position),
      unpinStation: (stationId) => writePosition(stationId, null),
      undo: () => step('undo'),
      redo: () => step('redo'),
      newMap: () => {
        const s = get();
        const id = freshMapId(new Set(s.maps.map((m) => m.map.id)));
        void s.openText(mapTemplate(id), `${id}.yaml`, 'new').then((outcome) => {
          if (outcome.ok) set({ editorOpen: true });
        });
      },
      markSaved: (mapId) => {
        const s = get();
        const entry = entryById(s, mapId);
        if (entry)
          set({ maps: replaceEntry(s.maps, entry, { ...entry, savedSource: entry.source }) });
      },
      dismissEditNotice: () => set({ editNotice: null }),
      dismissRestoreNotice: () => set({ restoreNotice: null }),
      confirm: (question) =>
        new Promise<boolean>((resolve) => {
          get().confirmRequest?.answer(false);
          const answer = (yes: boolean) => {
            set({ confirmRequest: null });
            resolve(yes);
          };
          set({ confirmRequest: { ...question, answer } });
        }),
    };
  };
