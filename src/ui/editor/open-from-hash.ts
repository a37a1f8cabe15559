// `#src=URL` in the address opens that file at start-up (and when the hash changes).
import { problem } from '../../model/problem.ts';
import { isDirty } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import { confirmOpen } from './guard-open.ts';

export const srcOf = (hash: string): string | null =>
  new URLSearchParams(hash.replace(/^#/, '')).get('src');

export async function openFromHash(hash: string, base: string): Promise<void> {
  const src = srcOf(hash);
  if (!src) return;
  // Fetched only when an address asks for it: the checks on what comes back stay out of the
  // first download.
  const { fetchSource } = await import('./fetch-source.ts');
  const fetched = await fetchSource(src, base);
  const state = useAppStore.getState();
  if ('error' in fetched) {
    state.reportProblems(src, [problem(fetched.error)]);
    return;
  }
  // Reloading the page re-reads the address: keep the edits already made to that same file.
  const known = state.maps.find((m) => m.origin === 'url' && m.name === fetched.url);
  if (
    known &&
    (known.source === fetched.text || (isDirty(known) && known.savedSource === fetched.text))
  ) {
    state.selectMap(known.map.id);
    return;
  }
  if (!(await confirmOpen([fetched.text], fetched.url))) return;
  await useAppStore.getState().openText(fetched.text, fetched.url, 'url');
}
