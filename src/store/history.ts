// Undo history of one map's source: the texts before each change, and after each undo.
// Pure functions over plain values. Typing in bursts makes one step: a change of kind
// 'typing' within GROUP_MS of the previous typing change joins it.

export type ChangeKind = 'typing' | 'drag' | 'edit';

export interface History {
  readonly past: readonly string[];
  readonly future: readonly string[];
  /** Kind and time of the last recorded change, for grouping keystrokes. */
  readonly last: { readonly kind: ChangeKind; readonly at: number } | null;
}

export const GROUP_MS = 800;
export const MAX_STEPS = 200;

export const emptyHistory: History = { past: [], future: [], last: null };

/** Records that the source was `before` just before a change of `kind` at time `at`. */
export function record(h: History, before: string, kind: ChangeKind, at: number): History {
  const joins = kind === 'typing' && h.last?.kind === 'typing' && at - h.last.at < GROUP_MS;
  const past = joins ? h.past : [...h.past, before].slice(-MAX_STEPS);
  return { past, future: [], last: { kind, at } };
}

/** Steps back from `current`: the text to show and the new history, or null at the start. */
export function undo(h: History, current: string): { text: string; history: History } | null {
  const text = h.past[h.past.length - 1];
  if (text === undefined) return null;
  return {
    text,
    history: { past: h.past.slice(0, -1), future: [...h.future, current], last: null },
  };
}

export function redo(h: History, current: string): { text: string; history: History } | null {
  const text = h.future[h.future.length - 1];
  if (text === undefined) return null;
  return {
    text,
    history: { past: [...h.past, current], future: h.future.slice(0, -1), last: null },
  };
}
