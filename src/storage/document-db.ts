// The documents of the app in the browser's IndexedDB (through idb-keyval), one record per
// document, each with a revision. A write names the revision it was based on and is refused,
// inside the same transaction, when another tab has written since: the caller then holds a
// conflict instead of silently overwriting the other tab's work. No React, no store here.
import { createStore, promisifyRequest } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';

export const DB_NAME = 'mlops-transit-map';
export const DB_STORE = 'documents';

export interface StoredRecord<T = unknown> {
  readonly key: string;
  /** 1 for the first write, one more for every write after it. */
  readonly revision: number;
  readonly savedAt: string;
  /** The tab that wrote it (tabs ignore their own announcements). */
  readonly tab: string;
  readonly value: T;
}

/** The outcome of a write: written, or refused with the record another tab wrote meanwhile. */
export type PutResult<T = unknown> =
  | { readonly ok: true; readonly record: StoredRecord<T> }
  | { readonly ok: false; readonly current: StoredRecord<T> | undefined };

export interface DocumentDb {
  /** Every stored record. */
  all(): Promise<StoredRecord[]>;
  get(key: string): Promise<StoredRecord | undefined>;
  /**
   * Writes `value` as the next revision of `key` if the stored revision is `basedOn` (0: no
   * record yet); otherwise writes nothing and returns what is stored.
   */
  put<T>(key: string, value: T, basedOn: number, tab: string): Promise<PutResult<T>>;
  /** Writes every record whose key is not stored yet, in one transaction (all or none). */
  addMissing(entries: readonly (readonly [string, unknown])[], tab: string): Promise<void>;
  /** Removes `key` if its stored revision is `basedOn`; true if it is gone. */
  remove(key: string, basedOn: number): Promise<boolean>;
}

const isRecord = (v: unknown): v is StoredRecord =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as StoredRecord).key === 'string' &&
  Number.isInteger((v as StoredRecord).revision) &&
  (v as StoredRecord).revision > 0;

const revisionOf = (v: unknown) => (isRecord(v) ? v.revision : 0);

/** The documents database; opening it fails (rejects) where IndexedDB is missing or blocked. */
export function openDocumentDb(dbName = DB_NAME): DocumentDb {
  let store: UseStore | null = null;
  const withStore: UseStore = (mode, callback) => {
    if (typeof indexedDB === 'undefined')
      return Promise.reject(new DOMException('IndexedDB is not available', 'UnknownError'));
    store ??= createStore(dbName, DB_STORE);
    return store(mode, callback);
  };
  return {
    all: () =>
      withStore('readonly', (s) => promisifyRequest(s.getAll())).then((values: unknown[]) =>
        values.filter(isRecord),
      ),
    get: (key) =>
      withStore('readonly', (s) => promisifyRequest(s.get(key))).then((v: unknown) =>
        isRecord(v) ? v : undefined,
      ),
    put: <T>(key: string, value: T, basedOn: number, tab: string) =>
      withStore('readwrite', async (s): Promise<PutResult<T>> => {
        const stored: unknown = await promisifyRequest(s.get(key));
        if (revisionOf(stored) !== basedOn)
          return { ok: false, current: isRecord(stored) ? (stored as StoredRecord<T>) : undefined };
        const record: StoredRecord<T> = {
          key,
          revision: basedOn + 1,
          savedAt: new Date().toISOString(),
          tab,
          value,
        };
        s.put(record, key);
        await promisifyRequest(s.transaction);
        return { ok: true, record };
      }),
    addMissing: (entries, tab) =>
      withStore('readwrite', async (s) => {
        const savedAt = new Date().toISOString();
        const stored = await Promise.all(entries.map(([key]) => promisifyRequest(s.getKey(key))));
        entries.forEach(([key, value], i) => {
          if (stored[i] === undefined) s.put({ key, revision: 1, savedAt, tab, value }, key);
        });
        await promisifyRequest(s.transaction);
      }),
    remove: (key, basedOn) =>
      withStore('readwrite', async (s) => {
        const stored: unknown = await promisifyRequest(s.get(key));
        if (stored === undefined) return true;
        if (revisionOf(stored) !== basedOn) return false;
        s.delete(key);
        await promisifyRequest(s.transaction);
        return true;
      }),
  };
}
