// The browser's localStorage, for small things that may be lost without losing work (the
// view, the drawn positions) and for reading the old single-blob autosave once. Every access
// is guarded: a browser that disables storage throws on merely reading `localStorage`.

/** localStorage, or null where there is none or reading it throws. */
export const localStore = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/** The text under `key`, or null (none, or storage unreadable). */
export function readLocal(key: string): string | null {
  try {
    return localStore()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes `text` under `key`; throws what the browser throws (quota) or when there is none. */
export function writeLocal(key: string, text: string): void {
  const store = localStore();
  if (!store) throw new DOMException('localStorage is not available', 'SecurityError');
  store.setItem(key, text);
}

/** Removes `key`; false if the browser refused. */
export function removeLocal(key: string): boolean {
  try {
    localStore()?.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
