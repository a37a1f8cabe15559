// The journal of unsaved work written as the page is hidden: what goes in, how a damaged one
// reads, and what the next start does with each entry.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadText } from '../model/load.ts';
import { TWO_STATION_MAP } from '../model/test-maps.ts';
import { MemoryStorage } from '../storage/memory-storage.ts';
import { applyStoredMap } from './apply-stored.ts';
import { createModelCodeLoader } from './model-code.ts';
import { createAppStore, initialiseStore } from './store.ts';
import { createSyncSession, rememberBundled } from './sync-session.ts';
import type { SyncSession } from './sync-session.ts';
import type { AppState } from './types.ts';
import {
  clearJournal,
  journalKey,
  JOURNAL_PREFIX,
  readJournals,
  replayDecision,
  unsavedEntries,
  writeJournal,
} from './unsaved-journal.ts';
import { printOf } from './persist.ts';

const doc = (source: string) => ({ name: 'small.yaml', origin: 'file', mapId: 'small', source });
let base: AppState;
let withSmall: AppState;
/** A fresh autosave session for each test: nothing stored yet, the bundled documents known. */
let session: SyncSession;

beforeAll(async () => {
  const store = createAppStore();
  await initialiseStore(store);
  base = store.getState();
  withSmall = { ...base, ...applyStoredMap(base, doc(TWO_STATION_MAP), loadText) };
});

beforeEach(() => {
  globalThis.localStorage = new MemoryStorage();
  session = createSyncSession(createModelCodeLoader());
  rememberBundled(session, base);
});
afterEach(() => {
  // @ts-expect-error -- Node has no localStorage of its own; the test's goes again.
  delete globalThis.localStorage;
});

describe('the journal', () => {
  it('holds just the documents changed since they were stored, with their base revision', () => {
    const entries = unsavedEntries(session, withSmall);
    expect(entries.map((e) => e.key)).toEqual(['map:small']);
    expect(entries[0]?.basedOn).toBe(0);
    session.synced.set('map:small', { revision: 3, print: printOf('map:small', doc('old')) });
    expect(unsavedEntries(session, withSmall)[0]?.basedOn).toBe(3);
    session.synced.set('map:small', {
      revision: 3,
      print: printOf('map:small', unsavedEntries(session, withSmall)[0]?.value),
    });
    expect(unsavedEntries(session, withSmall)).toEqual([]);
  });

  it('is kept by each session: another store’s session has its own tab and records', () => {
    session.synced.set('map:small', {
      revision: 1,
      print: printOf('map:small', unsavedEntries(session, withSmall)[0]?.value),
    });
    const other = createSyncSession(createModelCodeLoader());
    rememberBundled(other, base);
    expect(unsavedEntries(session, withSmall)).toEqual([]);
    expect(unsavedEntries(other, withSmall).map((e) => e.key)).toEqual(['map:small']);
    expect(journalKey(other)).not.toBe(journalKey(session));
  });

  it('is written under this tab’s key, read back, and removed when all is stored', () => {
    writeJournal(session, withSmall);
    const [journal, ...others] = readJournals();
    expect(others).toEqual([]);
    expect(journal?.storageKey).toBe(journalKey(session));
    expect(journalKey(session)).toBe(`${JOURNAL_PREFIX}${session.tab}`);
    expect(journal?.entries.map((e) => e.key)).toEqual(['map:small']);
    clearJournal(session);
    expect(readJournals()).toEqual([]);
  });

  it('reads a damaged journal as empty, and drops entries of the wrong shape', () => {
    localStorage.setItem(`${JOURNAL_PREFIX}a`, '{not json');
    localStorage.setItem(
      `${JOURNAL_PREFIX}b`,
      JSON.stringify([
        { key: 'map:x', basedOn: 'one', value: {} },
        { key: 'map:y', basedOn: 1 },
      ]),
    );
    localStorage.setItem('mlops-transit-map:view', '{}');
    expect(readJournals()).toEqual([
      { storageKey: `${JOURNAL_PREFIX}a`, entries: [] },
      { storageKey: `${JOURNAL_PREFIX}b`, entries: [] },
    ]);
  });

  it('writes nothing and does not throw when storage is full', () => {
    globalThis.localStorage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => writeJournal(session, withSmall)).not.toThrow();
    expect(readJournals()).toEqual([]);
  });
});

describe('replaying an entry at the next start', () => {
  const entry = { key: 'map:small', value: doc('mine'), basedOn: 2 };
  it('takes it when nothing, or only its own base, is stored', () => {
    expect(replayDecision(entry, undefined)).toBe('take');
    expect(replayDecision(entry, { revision: 2, value: doc('base') })).toBe('take');
  });
  it('skips it when the store holds the same text already (the save did complete)', () => {
    expect(replayDecision(entry, { revision: 3, value: doc('mine') })).toBe('skip');
  });
  it('asks when another tab stored something else since', () => {
    expect(replayDecision(entry, { revision: 3, value: doc('theirs') })).toBe('conflict');
  });
  it('takes a solution over a newer one: for those the latest one wins', () => {
    const solution = { key: 'solution:small/t', value: { id: 't' }, basedOn: 1 };
    expect(replayDecision(solution, { revision: 4, value: { id: 't', name: 'T' } })).toBe('take');
  });
});
