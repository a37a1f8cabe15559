// The built site must work from any sub-path (GitHub Pages serves it under /<repo>/): serve
// the very build the other tests use under /some/path/ and check that everything loads.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// The layout runs in a worker and is slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

const PREFIX = '/some/path/';
const port = Number(process.env.PW_PORT ?? 4173);
const root = resolve(import.meta.dirname, '..', port === 4173 ? 'dist' : `dist-e2e-${port}`);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.yaml': 'text/yaml',
  '.woff2': 'font/woff2',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(PREFIX)) {
      res.writeHead(404).end('outside the sub-path');
      return;
    }
    const rel = normalize(decodeURIComponent(url.pathname.slice(PREFIX.length)) || 'index.html');
    let file = join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('the built site works from a sub-path: page, assets, layout worker', async ({ page }) => {
  expect(existsSync(join(root, 'index.html')), `a build in ${root}`).toBe(true);
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => failures.push(`error ${e.message}`));
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));

  await page.goto(`${origin}${PREFIX}`);
  // The default map comes laid out with the build; the worker starts once the page is idle.
  const stations = page.locator('svg[data-testid="transit-map"] [data-station-id]');
  await expect(stations.first()).toBeVisible({ timeout: 45_000 });
  expect(await stations.count()).toBe(30);
  await expect.poll(() => workers.length, { timeout: 20_000 }).toBeGreaterThan(0);
  for (const url of workers) expect(url.startsWith(`${origin}${PREFIX}`)).toBe(true);
  // A view in the hash also works from there.
  await page.goto(`${origin}${PREFIX}#map=ml-system&solutions=kubeflow`);
  await expect(page.getByTestId('coverage-summary')).toBeVisible({ timeout: 45_000 });
  expect(failures).toEqual([]);
});
