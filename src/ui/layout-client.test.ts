// The layout client's scheduling, against a fake worker that answers when told to: warm-ups
// never make real work wait (a long one is stopped with its worker), small ones run only
// while the worker has nothing else to do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Geometry } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import type * as ClientModule from './layout-client.ts';
import type { WorkerRequest, WorkerResponse } from './layout-protocol.ts';

class FakeWorker {
  static all: FakeWorker[] = [];
  readonly posted: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: WorkerRequest): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest request not answered yet, as the real worker would. */
  answer(maps: TransitMap[] = []): WorkerRequest {
    const request = this.posted[this.answered++];
    if (!request) throw new Error('nothing to answer');
    const timing = { startedAt: performance.timeOrigin + performance.now(), ms: 1 };
    const data: WorkerResponse =
      'load' in request
        ? {
            id: request.id,
            result: { ok: true, maps, solutions: [], requirements: [], problems: [] },
            timing,
          }
        : 'warm' in request
          ? { id: request.id, warmed: timing }
          : { id: request.id, geometry: geometryStub, timing };
    this.onmessage?.({ data });
    return request;
  }
  answered = 0;
}

const geometryStub = {
  stations: [],
  lines: [],
  labels: [],
  zones: [],
  bounds: { x: 0, y: 0, width: 1, height: 1 },
  gridSize: 1,
  lineSpacing: 1,
  lineWidth: 1,
} as unknown as Geometry;

const mapOf = (id: string, stations = 2): TransitMap => ({
  kind: 'map',
  id,
  title: id,
  zones: [],
  lines: [],
  stations: Array.from({ length: stations }, (_, i) => ({ id: `s${i}`, label: `S${i}` })),
});

const kind = (r: WorkerRequest | undefined) =>
  r === undefined ? 'none' : 'load' in r ? 'load' : 'warm' in r ? 'piece' : `map:${r.map.id}`;

type Client = typeof ClientModule;

async function freshClient(): Promise<Client> {
  vi.resetModules();
  FakeWorker.all = [];
  return import('./layout-client.ts');
}

/** Lets all warm-up pieces run (each answered), until the map warm-up is posted. */
function runPieces(worker: FakeWorker, pieces: number): void {
  for (let i = 0; i < pieces; i++) expect(kind(worker.answer())).toBe('piece');
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('layout client', () => {
  it('warms up in pieces, one at a time, then lays the map out once', async () => {
    const client = await freshClient();
    client.warmLayout(mapOf('home'));
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    expect(worker.posted.map(kind)).toEqual(['piece']);
    runPieces(worker, client.WARM_UP_PIECES);
    expect(kind(worker.posted.at(-1))).toBe('map:home');
    expect(worker.posted).toHaveLength(client.WARM_UP_PIECES + 1);
  });

  it('holds the pieces back for a while after a click or a key press', async () => {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    const client = await freshClient();
    client.warmLayout(mapOf('home'));
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    page.dispatchEvent(new Event('pointerdown'));
    worker.answer(); // the piece running when the reader clicked
    expect(worker.posted).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    page.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(1500);
    expect(worker.posted).toHaveLength(1);
    vi.advanceTimersByTime(600);
    expect(worker.posted.map(kind)).toEqual(['piece', 'piece']);
  });

  it('does not hold back the warm-up of the map the editor opened on', async () => {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    const client = await freshClient();
    client.warmLayout(mapOf('home'));
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    client.warmLayout(mapOf('edited'));
    page.dispatchEvent(new Event('keydown'));
    worker.answer(); // the first piece
    expect(kind(worker.posted.at(-1))).toBe('map:edited');
  });

  it('puts a later warm-up (the editor opening) ahead of the pieces left', async () => {
    const client = await freshClient();
    client.warmLayout(mapOf('home'));
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    runPieces(worker, 2);
    client.warmLayout(mapOf('edited'));
    worker.answer(); // the third piece, running when the editor opened
    expect(kind(worker.posted.at(-1))).toBe('map:edited');
    worker.answer();
    expect(kind(worker.posted.at(-1))).toBe('piece');
  });

  it('moves the queued warm-up of the map being edited ahead of the pieces left', async () => {
    const client = await freshClient();
    const home = mapOf('home');
    client.warmLayout(home);
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    client.warmLayout(home);
    worker.answer(); // the first piece
    expect(kind(worker.posted.at(-1))).toBe('map:home');
    worker.answer();
    expect(worker.posted.filter((r) => kind(r) === 'map:home')).toHaveLength(1);
  });

  it('stops the worker of a long warm-up when a file is opened, and parses it in a fresh one', async () => {
    const client = await freshClient();
    client.warmLayout(mapOf('home'));
    const first = FakeWorker.all[0];
    if (!first) throw new Error('no worker');
    runPieces(first, client.WARM_UP_PIECES);
    expect(kind(first.posted.at(-1))).toBe('map:home');

    const loaded = client.loadInWorker('kind: map', []);
    expect(first.terminated).toBe(true);
    const second = FakeWorker.all[1];
    if (!second) throw new Error('no fresh worker');
    expect(second.posted.map(kind)).toEqual(['load']);
    second.answer();
    await expect(loaded).resolves.toMatchObject({ ok: true });

    // The opened map's layout goes straight to the fresh worker; the warm-up is not redone.
    const layout = client.layoutInWorker(mapOf('opened', 3));
    expect(second.posted.map(kind)).toEqual(['load', 'map:opened']);
    second.answer();
    await expect(layout).resolves.toBe(geometryStub);
    vi.runAllTimers();
    expect(second.posted.map(kind)).toEqual(['load', 'map:opened']);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('stops a long warm-up for the layout of another map', async () => {
    const client = await freshClient();
    client.warmLayout(mapOf('home'));
    const first = FakeWorker.all[0];
    if (!first) throw new Error('no worker');
    runPieces(first, client.WARM_UP_PIECES);
    void client.layoutInWorker(mapOf('other', 3));
    expect(first.terminated).toBe(true);
    expect(FakeWorker.all[1]?.posted.map(kind)).toEqual(['map:other']);
  });

  it('waits for a warm-up of the same map: the edit reuses its routing', async () => {
    const client = await freshClient();
    client.warmLayout(mapOf('home'));
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    runPieces(worker, client.WARM_UP_PIECES);
    const edited = client.layoutInWorker(mapOf('home', 3));
    expect(worker.terminated).toBe(false);
    expect(worker.posted.map(kind).slice(-1)).toEqual(['map:home']);
    worker.answer(); // the warm-up
    expect(kind(worker.posted.at(-1))).toBe('map:home');
    expect(worker.posted).toHaveLength(client.WARM_UP_PIECES + 2);
    worker.answer();
    await expect(edited).resolves.toBe(geometryStub);
  });

  it("queues an opened file's first map for layout as soon as it is parsed", async () => {
    const client = await freshClient();
    const opened = mapOf('opened', 3);
    const loaded = client.loadInWorker('kind: map', []);
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    worker.answer([opened, mapOf('second')]);
    expect(worker.posted.map(kind)).toEqual(['load', 'map:opened']);
    const result = await loaded;
    // The page asks for the layout of the map it shows: the same job, not a second one.
    const layout = client.layoutInWorker(result.maps[0] ?? opened);
    expect(worker.posted).toHaveLength(2);
    worker.answer();
    await expect(layout).resolves.toBe(geometryStub);
  });

  it('never stops the worker for a small piece, and sends no piece while real work waits', async () => {
    const client = await freshClient();
    client.warmLayout(mapOf('home'));
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    expect(worker.posted.map(kind)).toEqual(['piece']);
    const loaded = client.loadInWorker('kind: map', []);
    expect(worker.terminated).toBe(false);
    expect(worker.posted.map(kind)).toEqual(['piece', 'load']);
    worker.answer(); // the piece
    worker.answer(); // the load
    await loaded;
    // The opened map's layout follows its parse: no piece is slipped in between.
    expect(worker.posted).toHaveLength(2);
    vi.advanceTimersByTime(100);
    const layout = client.layoutInWorker(mapOf('opened', 3));
    expect(worker.posted.map(kind)).toEqual(['piece', 'load', 'map:opened']);
    worker.answer();
    await layout;
    // Once the worker has been quiet for a while, the pieces go on.
    expect(worker.posted).toHaveLength(3);
    vi.advanceTimersByTime(1900);
    expect(worker.posted).toHaveLength(3);
    vi.advanceTimersByTime(200);
    expect(kind(worker.posted.at(-1))).toBe('piece');
    expect(worker.posted).toHaveLength(4);
  });
});
