// Before a file replaces what is on screen: if there are edits not saved to a file, ask.
import { isDirty, selectCurrentEntry } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';

/** The ids of the maps in a YAML text, cheaply (no parse: this runs before the real load). */
const mapIds = (text: string): string[] =>
  text
    .split(/^---.*$/m)
    .filter((doc) => /^kind:\s*["']?map\b/m.test(doc))
    .map((doc) => /^id:\s*["']?([a-z0-9][a-z0-9-]*)/m.exec(doc)?.[1] ?? '')
    .filter(Boolean);

/** Resolves true when opening `texts` (from `name`) may go ahead. */
export async function confirmOpen(texts: readonly string[], name: string): Promise<boolean> {
  useAppStore.getState().flushEdits();
  const state = useAppStore.getState();
  if (!state.maps.some(isDirty)) return true; // the common case: nothing to lose, no parsing
  const ids = new Set(texts.flatMap(mapIds));
  const replaced = state.maps.filter((m) => ids.has(m.map.id) && isDirty(m));
  const current = selectCurrentEntry(state);
  const currentDirty = current && isDirty(current) ? current : undefined;
  const first = replaced[0] ?? currentDirty;
  if (!first) return true;
  const title = `“${first.map.title}”`;
  return state.confirm({
    title: 'Unsaved edits',
    message:
      replaced.length > 0
        ? `${title} has edits that are not saved to a file, and ${name} holds a map with the same id: opening it replaces your edited map. Use “Save .yaml” first to keep them.`
        : `${title} has edits that are not saved to a file. Opening ${name} shows another map; your edits stay in the Map menu and in this browser, but save them with “Save .yaml” to keep a file.`,
    confirmLabel: replaced.length > 0 ? 'Replace my edits' : 'Open anyway',
  });
}
