// Autosave: a middleware on the combined store that writes the working documents and the
// view to localStorage about 300 ms after the last change, and restores them at start-up.
// A failed write (quota, private mode) is put in the state, so the app can say so; a save
// that cannot be read is moved aside under its own key, with a message, and never crashes.
import type { StateCreator } from 'zustand';
import { editedName } from './apply-source.ts';
import { toSave } from './persist.ts';
import { solutionKey } from './keys.ts';
import { selectCurrentEntry } from './selectors.ts';
import type { AppState } from './types.ts';
import { storeMessages as m } from './messages.ts';

export const SAVE_KEY = 'mlops-transit-map:autosave';
export const SET_ASIDE_KEY = 'mlops-transit-map:autosave:set-aside';
export const SAVE_DEBOUNCE_MS = 300;

type Api = Parameters<StateCreator<AppState>>[2];

/** The browser's localStorage, or null where there is none or reading it throws. */
export const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Some browsers throw on merely reading `localStorage` when it is disabled.
  }
};

const failure = (error: unknown) =>
  error instanceof DOMException && /quota/i.test(error.name) ? m.storageFull() : m.storageBlocked();

let api: Api | null = null;
let armed = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastWritten = '';
let bundledSolutions = new Set<string>();
let bundledRequirements = new Set<string>();

/** Writes the save now (also on page hide, so the last keystrokes are never lost). */
export function flushAutosave(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (!api || !armed) return;
  const state = api.getState();
  const text = JSON.stringify(toSave(state, bundledSolutions, bundledRequirements));
  if (text === lastWritten) return;
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    store.setItem(SAVE_KEY, text);
    lastWritten = text;
    if (state.saveError) api.setState({ saveError: null });
  } catch (error) {
    const message = m.saveFailed(failure(error));
    if (state.saveError !== message) api.setState({ saveError: message });
  }
}

const schedule = () => {
  if (!armed) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(flushAutosave, SAVE_DEBOUNCE_MS);
};

/** The middleware: remembers the store and saves (debounced) after every change. */
export const autosave =
  (config: StateCreator<AppState>): StateCreator<AppState> =>
  (set, get, store) => {
    api = store;
    store.subscribe(schedule);
    return config(set, get, store);
  };

/**
 * Restores the last session over the bundled maps, then starts saving. Call once, after the
 * bundled maps are in the store. The code that reads a save is fetched only if there is one.
 */
export async function startAutosave(): Promise<void> {
  const app = api;
  if (!app) return;
  const state = app.getState();
  bundledSolutions = new Set(state.solutions.map(solutionKey));
  bundledRequirements = new Set(state.requirements.map(solutionKey));
  const store = storage();
  let text: string | null = null;
  try {
    text = store?.getItem(SAVE_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text !== null) {
    const { readSave, restore } = await import('./persist-read.ts');
    const read = readSave(text);
    if ('save' in read) {
      const restored = restore(app.getState(), read.save);
      app.setState({ ...restored.state, restoreNotice: restored.notice });
      const s = app.getState();
      const current = selectCurrentEntry(s);
      const check = s.checks[s.currentMapId];
      if (current && check && check.problems.length > 0)
        app.setState({
          report: { source: editedName(current), problems: check.problems, refused: !check.ok },
        });
      lastWritten = text;
    } else {
      try {
        store?.setItem(SET_ASIDE_KEY, text);
        store?.removeItem(SAVE_KEY);
      } catch {
        // Nothing more can be done; the message below still tells the user.
      }
      app.setState({
        restoreNotice: m.notRestored(read.error, SET_ASIDE_KEY),
      });
    }
  }
  armed = true;
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flushAutosave);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushAutosave();
    });
  }
}
