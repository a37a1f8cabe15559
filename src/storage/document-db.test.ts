import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDocumentDb } from './document-db.ts';
import { storageFailure } from './failure.ts';

let n = 0;
const fresh = () => `test-db-${++n}`;

describe('the documents database', () => {
  it('writes a revision only on top of the one it was based on', async () => {
    const db = openDocumentDb(fresh());
    const first = await db.put('map:a', { text: 'one' }, 0, 'tab-1');
    expect(first).toMatchObject({ ok: true, record: { key: 'map:a', revision: 1, tab: 'tab-1' } });
    const stale = await db.put('map:a', { text: 'two' }, 0, 'tab-2');
    expect(stale).toMatchObject({ ok: false, current: { revision: 1, value: { text: 'one' } } });
    const next = await db.put('map:a', { text: 'two' }, 1, 'tab-2');
    expect(next).toMatchObject({ ok: true, record: { revision: 2 } });
    expect((await db.get('map:a'))?.value).toEqual({ text: 'two' });
  });

  it('lets exactly one of two tabs write on top of the same revision', async () => {
    const name = fresh();
    const a = openDocumentDb(name);
    const b = openDocumentDb(name);
    await a.put('map:x', 'base', 0, 'a');
    const [fromA, fromB] = await Promise.all([
      a.put('map:x', 'from a', 1, 'a'),
      b.put('map:x', 'from b', 1, 'b'),
    ]);
    expect([fromA.ok, fromB.ok].filter(Boolean)).toHaveLength(1);
    const stored = await a.get('map:x');
    expect(stored?.revision).toBe(2);
    expect(stored?.value).toBe(fromA.ok ? 'from a' : 'from b');
  });

  it('adds only what is missing, all at once, and keeps what is there', async () => {
    const db = openDocumentDb(fresh());
    await db.put('map:kept', 'newer', 0, 'tab');
    await db.put('map:kept', 'newest', 1, 'tab');
    await db.addMissing(
      [
        ['map:kept', 'old'],
        ['map:new', 'old'],
        ['solution:a/b', { id: 'b' }],
      ],
      'migration',
    );
    const all = Object.fromEntries((await db.all()).map((r) => [r.key, [r.revision, r.value]]));
    expect(all).toEqual({
      'map:kept': [2, 'newest'],
      'map:new': [1, 'old'],
      'solution:a/b': [1, { id: 'b' }],
    });
  });

  it('removes a record only at the revision it was based on', async () => {
    const db = openDocumentDb(fresh());
    await db.put('map:r', 'one', 0, 'tab');
    await db.put('map:r', 'two', 1, 'tab');
    expect(await db.remove('map:r', 1)).toBe(false);
    expect((await db.get('map:r'))?.value).toBe('two');
    expect(await db.remove('map:r', 2)).toBe(true);
    expect(await db.get('map:r')).toBeUndefined();
    expect(await db.remove('map:r', 2)).toBe(true);
  });

  it('rejects with what the browser threw when storage is full', async () => {
    const db = openDocumentDb(fresh());
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error = await db.put('map:q', 'x', 0, 'tab').then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DOMException);
      expect(storageFailure(error)).toBe('full');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await db.get('map:q')).toBeUndefined();
  });

  it('rejects (never throws at once) where there is no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- a browser without IndexedDB, for this test only
    delete globalThis.indexedDB;
    try {
      const db = openDocumentDb(fresh());
      await expect(db.all()).rejects.toThrow(/not available/);
    } finally {
      globalThis.indexedDB = saved;
    }
    expect(storageFailure(new DOMException('', 'SecurityError'))).toBe('blocked');
  });
});
