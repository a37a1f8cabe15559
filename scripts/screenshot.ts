// `npm run screenshot`: builds the app, serves it, and saves docs/screenshot.png (1280×800)
// with Debian's Chromium. Used for the README.
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/${process.argv[2] ?? ''}`);
  await page.locator('[data-station-id]').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });
  await browser.close();
  console.log('wrote docs/screenshot.png');
} finally {
  server.kill();
}
