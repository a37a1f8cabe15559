// The layout worker's protocol, spoken to the real worker of the built app: every request
// kind gets its reply kind, a request that fails gets an error with its id, and a message
// the worker does not know is answered with an error — never ignored.
import { expect, test } from '@playwright/test';
import { openApp } from './helpers.ts';

const TINY = {
  kind: 'map',
  id: 'tiny',
  title: 'Tiny',
  zones: [],
  lines: [{ id: 'l', label: 'L', color: '#0098d4', stops: ['a', 'b', 'c'] }],
  stations: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
    { id: 'c', label: 'C' },
  ],
};

const TEXT = [
  'kind: map',
  'id: typed',
  'title: Typed',
  'lines: [{ id: l, label: L, color: "#000", stops: [x, y] }]',
  'stations: [{ id: x, label: X }, { id: y, label: Y }]',
].join('\n');

test('every message kind round-trips through the real worker', async ({ page }) => {
  // The app starts its worker once the page is idle (the warm-up): that gives its URL.
  const started = page.waitForEvent('worker', { timeout: 30_000 });
  await openApp(page);
  const url = (await started).url();
  expect(url).toMatch(/layout-worker/);

  const messages: unknown[] = [
    { type: 'layout', id: 1, map: TINY, options: {} },
    { type: 'load', id: 2, text: TEXT, maps: [] },
    { type: 'warm', id: 3, piece: 0 },
    { type: 'layout', id: 4, map: { id: 'broken' }, options: {} },
    { type: 'explode', id: 5 },
    { type: 'load', id: 6 },
    'hello',
    null,
  ];
  // Each message is sent to a worker of our own, one at a time, and waited for: an answer,
  // or (if the worker ignored it) "no answer" after 20 s, which fails the test below.
  const { out: replies, progress } = await page.evaluate(
    async ({ url, messages }) => {
      const worker = new Worker(url, { type: 'module' });
      // A layout's progress reports come before its answer; they are kept apart.
      const progress: unknown[] = [];
      const ask = (message: unknown) =>
        new Promise<unknown>((resolve) => {
          const timer = setTimeout(() => resolve('no answer'), 20_000);
          worker.onmessage = (event: MessageEvent<unknown>) => {
            const data = event.data as { type?: unknown } | null;
            if (data?.type === 'progress') return void progress.push(data);
            clearTimeout(timer);
            resolve(event.data);
          };
          worker.postMessage(message);
        });
      const out: unknown[] = [];
      for (const message of messages) out.push(await ask(message));
      worker.terminate();
      return { out, progress };
    },
    { url, messages },
  );

  expect(replies).toHaveLength(messages.length);
  const [laidOut, loaded, warmed, failed, unknown, malformed, text, nothing] = replies as {
    type: string;
    id: number | null;
    [key: string]: unknown;
  }[];
  expect(laidOut).toMatchObject({ type: 'laid-out', id: 1, timing: { ms: expect.any(Number) } });
  // The layout said how far it had come before it answered: shares of request 1, rising.
  const shares = (progress as { type: string; id: number; share: number }[]).map((p) => {
    expect(p).toMatchObject({ type: 'progress', id: 1 });
    return p.share;
  });
  expect(shares.length).toBeGreaterThan(2);
  expect([...shares].sort((a, b) => a - b)).toEqual(shares);
  expect(shares.every((s) => s > 0 && s < 1)).toBe(true);
  expect((laidOut?.geometry as { stations: unknown[] }).stations).toHaveLength(3);
  expect(loaded).toMatchObject({ type: 'loaded', id: 2, result: { ok: true } });
  expect((loaded?.result as { maps: { id: string }[] }).maps[0]?.id).toBe('typed');
  expect(warmed).toMatchObject({ type: 'warmed', id: 3, timing: { ms: expect.any(Number) } });
  expect(failed).toMatchObject({ type: 'failed', id: 4, error: expect.any(String) });
  expect(unknown).toMatchObject({ type: 'failed', id: 5 });
  expect(unknown?.error).toMatch(/unknown request type: "explode"/);
  expect(malformed).toMatchObject({ type: 'failed', id: 6 });
  expect(malformed?.error).toMatch(/load: needs text and maps/);
  expect(text).toMatchObject({ type: 'failed', id: null });
  expect(text?.error).toMatch(/not a request: string/);
  expect(nothing).toMatchObject({ type: 'failed', id: null });
});
