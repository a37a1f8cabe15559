// `npm run screenshot`: builds the app, serves it, and saves docs/screenshot.png (the default
// map) and docs/screenshot-workflow.png (the workflow map), 1280×800, with Debian's Chromium.
// Used for the README.
import { execSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const port = 4179;
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  for (const [hash, file] of [
    ['', 'screenshot.png'],
    ['#map=ml-workflow', 'screenshot-workflow.png'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/${hash}`);
    await page.locator('[data-station-id]').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(root, 'docs', file) });
    await page.close();
    console.log(`wrote docs/${file}`);
  }
  await browser.close();
} finally {
  server.kill();
}
