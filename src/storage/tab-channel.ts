// Tells the app's other tabs (same browser, same origin) that a document was saved or removed,
// so that each shows the others' work without a reload. BroadcastChannel where there is one;
// elsewhere tabs learn of the changes at their next start only.
export const CHANNEL_NAME = 'mlops-transit-map:documents';

export interface SavedNote {
  readonly key: string;
  /** The revision written; 0 when the record was removed. */
  readonly revision: number;
  readonly tab: string;
}

export interface TabChannel {
  announce(note: SavedNote): void;
  close(): void;
}

const isNote = (v: unknown): v is SavedNote =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as SavedNote).key === 'string' &&
  typeof (v as SavedNote).tab === 'string' &&
  Number.isInteger((v as SavedNote).revision);

/** Listens for other tabs' notes (never one's own: BroadcastChannel skips the sender). */
export function openTabChannel(onNote: (note: SavedNote) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isNote(event.data)) onNote(event.data);
  };
  return {
    announce: (note) => channel.postMessage(note),
    close: () => channel.close(),
  };
}

/** An id for this tab, different in every tab and every load. */
export const newTabId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
