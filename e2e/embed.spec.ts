// The embed view inside a cross-origin iframe: a host page on another loopback port frames
// embed.html (allowed by `frame-ancestors *`) and the app itself (refused: `frame-ancestors 'self'`).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';

// The host page's port: the first free one of a few (others may serve on this machine).
const HOST_PORTS = [5306, 5307, 5308, 5309, 5310, 5302];
let HOST_PORT = 0;
let server: Server;
let appOrigin = '';

const hostPage = (origin: string) => `<!doctype html><html><head><title>Wiki page</title></head>
<body style="margin:0;font-family:sans-serif">
<h1>Our platform</h1>
<iframe id="embed" src="${origin}/embed.html#map=ml-system&solutions=kubeflow,mlflow" width="720" height="420" title="ML system map" style="border:1px solid #ccc"></iframe>
<iframe id="app" name="app" src="${origin}/" width="300" height="200" title="the app"></iframe>
</body></html>`;

test.beforeAll(async ({ baseURL }) => {
  appOrigin = new URL(baseURL ?? '').origin;
  server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage(appOrigin));
  });
  for (const port of HOST_PORTS) {
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (ok) {
      HOST_PORT = port;
      break;
    }
  }
  if (HOST_PORT === 0)
    throw new Error(`no free port for the host page among ${HOST_PORTS.join(', ')}`);
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the embed shows the map and overlay in a cross-origin iframe, read-only, saving nothing', async ({
  page,
}, testInfo) => {
  // The page's clock runs as usual until the end, where it is moved past the autosave's wait.
  await page.clock.install();
  await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
  expect(new URL(page.url()).origin).not.toBe(appOrigin);
  const embed = page.frameLocator('#embed');
  const map = embed.locator('svg[data-testid="transit-map"]');
  await expect(map.locator('[data-station-id]').first()).toBeVisible();
  // The overlay: Kubeflow covers training fully, MLflow experiment tracking.
  await expect(
    map.locator('[data-station-id="training"][data-coverage="covered"]'),
  ).not.toHaveCount(0);
  await expect(embed.getByTestId('coverage-summary')).toHaveAttribute('data-total', '30');
  await expect(embed.getByTestId('legend')).toBeVisible();

  // It fits the iframe: the map lies inside the frame's box.
  const frameBox = await page.locator('#embed').boundingBox();
  const mapBox = await map.boundingBox();
  if (!frameBox || !mapBox) throw new Error('no boxes');
  expect(mapBox.x).toBeGreaterThanOrEqual(frameBox.x);
  expect(mapBox.y).toBeGreaterThanOrEqual(frameBox.y);
  expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 1);
  expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);

  // Pan and zoom work; a click shows the station's details.
  const transformOf = () => map.locator(':scope > g').first().getAttribute('transform');
  const before = await transformOf();
  await page.mouse.move(mapBox.x + 40, mapBox.y + mapBox.height - 20);
  await page.mouse.wheel(0, -400);
  await expect.poll(transformOf).not.toBe(before);
  await embed.getByRole('button', { name: 'Fit' }).click();
  // A simple stop (a dot): an interchange's capsule is a stroked line with an empty box.
  await map.locator('[data-station-id="feature-store"]').click();
  const details = embed.getByTestId('station-details');
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Feature store' })).toBeVisible();
  await expect(details).toContainText('Kubeflow');

  // No editing chrome.
  for (const selector of [
    '[data-testid="open-file"]',
    '[data-testid="solution-toggle"]',
    '[data-testid="export-svg"]',
    '[data-testid="unpin"]',
    '[data-testid="pin-status"]',
    '.cm-editor',
    'textarea',
  ]) {
    await expect(embed.locator(selector)).toHaveCount(0);
  }
  await expect(embed.getByRole('button', { name: /edit yaml|new map|undo|save/i })).toHaveCount(0);
  await expect(details).not.toContainText('Drag it');

  // Nothing saved in the embed's origin, after a drag on a station too.
  const station = await map.locator('[data-station-id="storage"]').boundingBox();
  if (station) {
    await page.mouse.move(station.x + station.width / 2, station.y + station.height / 2);
    await page.mouse.down();
    await page.mouse.move(station.x + 80, station.y + 60, { steps: 5 });
    await page.mouse.up();
  }
  await page.clock.runFor(5_000); // well past the autosave's wait, were it running
  const frame = page.frames().find((f) => f.url().includes('/embed.html'));
  if (!frame) throw new Error('no embed frame');
  expect(await frame.evaluate(() => Object.keys(localStorage))).toEqual([]);
  expect(await frame.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('embed-in-host.png') });

  // The app itself refuses to be framed by another origin.
  const app = page.frames().find((f) => f.name() === 'app');
  expect(app?.url().startsWith(appOrigin)).not.toBe(true);
  await expect(page.frameLocator('#app').locator('[data-testid="transit-map"]')).toHaveCount(0);
});

test('the embed answers with frame-ancestors *, the app with frame-ancestors self', async ({
  request,
}) => {
  const embed = await request.get('/embed.html');
  expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
  const app = await request.get('/');
  expect(app.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
});
