// A worker that dies, fails or hangs is replaced, and what it held is sent again, once; a
// second failure rejects with a message that names the map.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, freshClient, geometryStub, mapOf } from './fake-worker.ts';
import { BASE_BUDGET_MS, BUDGET_PER_STATION_MS } from './watchdog.ts';

const worker = (i: number): FakeWorker => {
  const w = FakeWorker.all[i];
  if (!w) throw new Error(`no worker ${i}`);
  return w;
};
const budgetOf = (stations: number) => BASE_BUDGET_MS + BUDGET_PER_STATION_MS * stations;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a failing layout worker', () => {
  it('is replaced when it dies, and the job is retried in the fresh one', async () => {
    const client = freshClient();
    const layout = client.layout(mapOf('home', 3));
    worker(0).crash();
    expect(worker(0).terminated).toBe(true);
    expect(worker(1).posted.map((r) => r.type)).toEqual(['layout']);
    worker(1).answer();
    await expect(layout).resolves.toBe(geometryStub);
  });

  it('gives up after the retry with a message naming the map, and works again after', async () => {
    const client = freshClient();
    const map = { ...mapOf('home', 3), title: 'Home <b>network</b>' };
    const layout = client.layout(map);
    worker(0).crash('Uncaught Error: boom');
    worker(1).crash('Uncaught Error: boom');
    await expect(layout).rejects.toThrow(
      'The layout of “Home <b>network</b>” failed twice: the layout worker stopped (Uncaught Error: boom).',
    );
    expect(FakeWorker.all).toHaveLength(2);
    // Not cached as a failure: the same map may be asked for again, and another map works.
    const again = client.layout(map);
    const other = client.layout(mapOf('other', 2));
    worker(2).answer();
    worker(2).answer();
    await expect(again).resolves.toBe(geometryStub);
    await expect(other).resolves.toBe(geometryStub);
  });

  it('is replaced when a layout fails in it, and a second failure is given up', async () => {
    const client = freshClient();
    const layout = client.layout(mapOf('home', 3));
    worker(0).fail('a stage threw');
    expect(worker(0).terminated).toBe(true);
    worker(1).fail('a stage threw');
    await expect(layout).rejects.toThrow('failed twice: the layout failed: a stage threw');
  });

  it('is replaced when it gives no answer within the budget', async () => {
    const client = freshClient();
    const layout = client.layout(mapOf('home', 3));
    vi.advanceTimersByTime(budgetOf(3) - 1);
    expect(FakeWorker.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(worker(0).terminated).toBe(true);
    expect(worker(1).posted.map((r) => r.type)).toEqual(['layout']);
    vi.advanceTimersByTime(budgetOf(3));
    await expect(layout).rejects.toThrow(
      'The layout of “home” failed twice: the layout worker gave no answer in time.',
    );
  });

  it('gives a request posted behind another the time of both', async () => {
    const client = freshClient();
    const layout = client.layout(mapOf('big', 100));
    const loaded = client.load('kind: map', []);
    vi.advanceTimersByTime(budgetOf(100) - 1);
    worker(0).answer(); // the layout, just in time
    vi.advanceTimersByTime(BASE_BUDGET_MS - 1);
    worker(0).answer(); // the parse: it waited for the layout
    await expect(layout).resolves.toBe(geometryStub);
    await expect(loaded).resolves.toMatchObject({ ok: true });
    expect(FakeWorker.all).toHaveLength(1);
  });

  it('sends the parses it held to the fresh worker, without counting a layout failure against them', async () => {
    const client = freshClient();
    const layout = client.layout(mapOf('home', 3));
    const loaded = client.load('kind: map', []);
    worker(0).fail(); // the layout
    expect(worker(1).posted.map((r) => r.type)).toEqual(['load', 'layout']);
    worker(1).answer(); // the parse
    worker(1).fail(); // the layout again: given up
    await expect(loaded).resolves.toMatchObject({ ok: true });
    await expect(layout).rejects.toThrow('failed twice');
  });

  it('rejects a parse that its worker died on twice (the page then parses it itself)', async () => {
    const client = freshClient();
    const loaded = client.load('kind: map', []);
    worker(0).crash();
    worker(1).crash();
    await expect(loaded).rejects.toThrow('The file could not be read in the layout worker');
  });

  it('drops a warm-up piece that hangs, and goes on with the next in a fresh worker', () => {
    const client = freshClient();
    client.warm(mapOf('home'));
    expect(worker(0).posted.map((r) => r.type)).toEqual(['warm']);
    vi.advanceTimersByTime(BASE_BUDGET_MS);
    expect(worker(0).terminated).toBe(true);
    // The next piece goes to a fresh worker; the hung one is not sent again.
    expect(worker(0).posted).toHaveLength(1);
    const next = worker(1).posted;
    expect(next.map((r) => r.type)).toEqual(['warm']);
    expect(next[0]?.type === 'warm' && next[0].piece).toBe(1);
  });
});
