// The layout client's scheduling, against a fake worker that answers when told to: warm-ups
// never make real work wait (a long one is stopped with its worker), small ones run only
// while the worker has nothing else to do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, firstWorker, freshClient, geometryStub, mapOf } from './fake-worker.ts';
import type { WorkerRequest } from './protocol.ts';
import { QUIET_MS, WARM_UP_PIECES } from './warm-up.ts';

const kind = (r: WorkerRequest | undefined) =>
  r === undefined
    ? 'none'
    : r.type === 'layout'
      ? `map:${r.map.id}`
      : r.type === 'warm'
        ? 'piece'
        : 'load';

/** Lets all warm-up pieces run (each answered), until the map warm-up is posted. */
function runPieces(worker: FakeWorker, pieces: number): void {
  for (let i = 0; i < pieces; i++) expect(kind(worker.answer())).toBe('piece');
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('layout client', () => {
  it('warms up in pieces, one at a time, then lays the map out once', async () => {
    const client = freshClient();
    client.warm(mapOf('home'));
    const worker = firstWorker();
    expect(worker.posted.map(kind)).toEqual(['piece']);
    runPieces(worker, WARM_UP_PIECES);
    expect(kind(worker.posted.at(-1))).toBe('map:home');
    expect(worker.posted).toHaveLength(WARM_UP_PIECES + 1);
  });

  it('holds the pieces back for a while after a click or a key press', async () => {
    const page = new EventTarget();
    const client = freshClient(page);
    client.warm(mapOf('home'));
    const worker = firstWorker();
    page.dispatchEvent(new Event('pointerdown'));
    worker.answer(); // the piece running when the reader clicked
    expect(worker.posted).toHaveLength(1);
    vi.advanceTimersByTime(QUIET_MS / 2);
    page.dispatchEvent(new Event('keydown')); // holds them for QUIET_MS from now
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(worker.posted).toHaveLength(1);
    vi.advanceTimersByTime(2);
    expect(worker.posted.map(kind)).toEqual(['piece', 'piece']);
  });

  it('does not hold back the warm-up of the map the editor opened on', async () => {
    const page = new EventTarget();
    const client = freshClient(page);
    client.warm(mapOf('home'));
    const worker = firstWorker();
    client.warm(mapOf('edited'));
    page.dispatchEvent(new Event('keydown'));
    worker.answer(); // the first piece
    expect(kind(worker.posted.at(-1))).toBe('map:edited');
  });

  it('puts a later warm-up (the editor opening) ahead of the pieces left', async () => {
    const client = freshClient();
    client.warm(mapOf('home'));
    const worker = firstWorker();
    runPieces(worker, 2);
    client.warm(mapOf('edited'));
    worker.answer(); // the third piece, running when the editor opened
    expect(kind(worker.posted.at(-1))).toBe('map:edited');
    worker.answer();
    expect(kind(worker.posted.at(-1))).toBe('piece');
  });

  it('moves the queued warm-up of the map being edited ahead of the pieces left', async () => {
    const client = freshClient();
    const home = mapOf('home');
    client.warm(home);
    const worker = firstWorker();
    client.warm(home);
    worker.answer(); // the first piece
    expect(kind(worker.posted.at(-1))).toBe('map:home');
    worker.answer();
    expect(worker.posted.filter((r) => kind(r) === 'map:home')).toHaveLength(1);
  });

  it('stops the worker of a long warm-up when a file is opened, and parses it in a fresh one', async () => {
    const client = freshClient();
    client.warm(mapOf('home'));
    const first = firstWorker();
    runPieces(first, WARM_UP_PIECES);
    expect(kind(first.posted.at(-1))).toBe('map:home');

    const loaded = client.load('kind: map', []);
    expect(first.terminated).toBe(true);
    const second = FakeWorker.all[1];
    if (!second) throw new Error('no fresh worker');
    expect(second.posted.map(kind)).toEqual(['load']);
    second.answer();
    await expect(loaded).resolves.toMatchObject({ ok: true });

    // The opened map's layout goes straight to the fresh worker; the warm-up is not redone.
    const layout = client.layout(mapOf('opened', 3));
    expect(second.posted.map(kind)).toEqual(['load', 'map:opened']);
    second.answer();
    await expect(layout).resolves.toBe(geometryStub);
    vi.runAllTimers();
    expect(second.posted.map(kind)).toEqual(['load', 'map:opened']);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('stops a long warm-up for the layout of another map', async () => {
    const client = freshClient();
    client.warm(mapOf('home'));
    const first = firstWorker();
    runPieces(first, WARM_UP_PIECES);
    void client.layout(mapOf('other', 3));
    expect(first.terminated).toBe(true);
    expect(FakeWorker.all[1]?.posted.map(kind)).toEqual(['map:other']);
  });

  it('waits for a warm-up of the same map: the edit reuses its routing', async () => {
    const client = freshClient();
    client.warm(mapOf('home'));
    const worker = firstWorker();
    runPieces(worker, WARM_UP_PIECES);
    const edited = client.layout(mapOf('home', 3));
    expect(worker.terminated).toBe(false);
    expect(worker.posted.map(kind).slice(-1)).toEqual(['map:home']);
    worker.answer(); // the warm-up
    expect(kind(worker.posted.at(-1))).toBe('map:home');
    expect(worker.posted).toHaveLength(WARM_UP_PIECES + 2);
    worker.answer();
    await expect(edited).resolves.toBe(geometryStub);
  });

  it("queues an opened file's first map for layout as soon as it is parsed", async () => {
    const client = freshClient();
    const opened = mapOf('opened', 3);
    const loaded = client.load('kind: map', []);
    const worker = firstWorker();
    worker.answer([opened, mapOf('second')]);
    expect(worker.posted.map(kind)).toEqual(['load', 'map:opened']);
    const result = await loaded;
    // The page asks for the layout of the map it shows: the same job, not a second one.
    const layout = client.layout(result.maps[0] ?? opened);
    expect(worker.posted).toHaveLength(2);
    worker.answer();
    await expect(layout).resolves.toBe(geometryStub);
  });

  it('never stops the worker for a small piece, and sends no piece while real work waits', async () => {
    const client = freshClient();
    client.warm(mapOf('home'));
    const worker = firstWorker();
    expect(worker.posted.map(kind)).toEqual(['piece']);
    const loaded = client.load('kind: map', []);
    expect(worker.terminated).toBe(false);
    expect(worker.posted.map(kind)).toEqual(['piece', 'load']);
    worker.answer(); // the piece
    worker.answer(); // the load
    await loaded;
    // The opened map's layout follows its parse: no piece is slipped in between.
    expect(worker.posted).toHaveLength(2);
    vi.advanceTimersByTime(QUIET_MS / 20);
    const layout = client.layout(mapOf('opened', 3));
    expect(worker.posted.map(kind)).toEqual(['piece', 'load', 'map:opened']);
    worker.answer();
    await layout;
    // Once the worker has been quiet for a while, the pieces go on.
    expect(worker.posted).toHaveLength(3);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(worker.posted).toHaveLength(3);
    vi.advanceTimersByTime(2);
    expect(kind(worker.posted.at(-1))).toBe('piece');
    expect(worker.posted).toHaveLength(4);
  });

  it('drops the versions of a map still waiting when a newer one comes', async () => {
    const client = freshClient();
    const busy = client.layout(mapOf('other', 1));
    const worker = firstWorker();
    const first = client.layout(mapOf('edited', 2));
    const second = client.layout(mapOf('edited', 3));
    const zoomed = client.layout(mapOf('edited', 3), { fontSize: 20 }); // other options: kept
    await expect(first).rejects.toThrow('superseded');
    worker.answer(); // 'other'
    worker.answer(); // the newest version
    worker.answer(); // the one with other options
    await Promise.all([busy, second, zoomed]);
    expect(worker.posted.map(kind)).toEqual(['map:other', 'map:edited', 'map:edited']);
    expect(worker.posted.map((r) => r.type === 'layout' && r.map.stations.length)).toEqual([
      1, 3, 3,
    ]);
  });

  it('passes a layout’s progress on to who watches its map, while it runs', async () => {
    const client = freshClient();
    const heard: number[] = [];
    const stop = client.watchProgress('big', (share) => heard.push(share));
    const done = client.layout(mapOf('big', 400));
    const worker = firstWorker();
    worker.report(0.2);
    worker.report(0.6);
    expect(heard).toEqual([0.2, 0.6]);
    // A late watcher hears the last share at once.
    const late: number[] = [];
    client.watchProgress('big', (share) => late.push(share));
    expect(late).toEqual([0.6]);
    worker.answer();
    await expect(done).resolves.toBe(geometryStub);
    stop();
    // Done: a new watcher hears no stale share.
    const after: number[] = [];
    client.watchProgress('big', (share) => after.push(share));
    expect(after).toEqual([]);
  });

  it('cancels a running layout with its worker; the next job goes to a fresh one', async () => {
    const client = freshClient();
    const big = client.layout(mapOf('big', 400));
    const worker = firstWorker();
    client.cancel('big');
    await expect(big).rejects.toThrow('the layout was cancelled');
    expect(worker.terminated).toBe(true);
    const small = client.layout(mapOf('small'));
    const fresh = FakeWorker.all[1];
    expect(fresh?.posted.map(kind)).toEqual(['map:small']);
    fresh?.answer();
    await expect(small).resolves.toBe(geometryStub);
    // Asked again, the cancelled map is laid out afresh, not answered from the cache.
    void client.layout(mapOf('big', 400)).catch(() => undefined);
    expect(fresh?.posted.map(kind)).toEqual(['map:small', 'map:big']);
  });
});
