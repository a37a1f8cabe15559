// Before a file replaces what is on screen: if there are edits not saved to a file, ask.
import { loadText } from '../../model/load.ts';
import { isDirty } from '../../store/editor-slice.ts';
import { selectCurrentEntry, useAppStore } from '../../store/store.ts';

/** Resolves true when opening `texts` (from `name`) may go ahead. */
export async function confirmOpen(texts: readonly string[], name: string): Promise<boolean> {
  const state = useAppStore.getState();
  state.flushEdits();
  const ids = new Set(texts.flatMap((t) => loadText(t).maps.map((m) => m.id)));
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
