// The built page ships its Content-Security-Policy (index.html; see the README), and the app works under it:
// loading, the overlay, clicking a station, every export and opening a file report no violation.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import { fixture, map, openFile } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

test('the page carries the CSP, and using the app reports no violation', async ({ page }) => {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const consoleCsp: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  await page.goto('/');
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 60_000 });

  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ])
    expect(csp).toContain(directive);
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);

  // The overlay, a station, every export (each one must be there and must download), a file.
  const toggle = page.locator('[data-testid="solution-toggle"][data-solution-id="kubeflow"]');
  await toggle.check();
  await expect(map(page).locator('[data-coverage]').first()).toBeVisible();
  await map(page).locator('[data-station-id="serving"]').click();
  await expect(page.getByTestId('station-details')).toBeVisible();
  const downloads: string[] = [];
  const exportOne = async (id: string) => {
    const button = page.getByTestId(id);
    await expect(button, id).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(await download.failure(), id).toBeNull();
    downloads.push(download.suggestedFilename());
  };
  for (const id of ['export-svg', 'export-png', 'export-pdf', 'export-geojson', 'export-yaml'])
    await exportOne(id);
  for (const format of ['md', 'csv', 'html']) {
    await page.getByTestId('export-report-format').selectOption(format);
    await exportOne('export-report');
  }
  expect(downloads).toHaveLength(8);
  await openFile(page, 'small-map.yaml', fixture('small-map.yaml'));
  await expect(map(page).locator('[data-station-id]')).toHaveCount(5, { timeout: 60_000 });
  // A deliberate violation last: once it is reported, every earlier one would have been too
  // (and it shows that the listener hears violations at all).
  const SENTINEL = 'https://sentinel.invalid/csp.png';
  await page.evaluate((src) => {
    new Image().src = src;
  }, SENTINEL);
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  await expect.poll(violations).toContain(`img-src ${SENTINEL}`);
  expect((await violations()).filter((v) => !v.includes(SENTINEL))).toEqual([]);
  expect(consoleCsp.filter((m) => !m.includes(SENTINEL))).toEqual([]);
});

test('the built index.html has the CSP meta tag before any script', () => {
  const port = Number(process.env.PW_PORT ?? 4173);
  const html = readFileSync(
    port === 4173 ? 'dist/index.html' : `dist-e2e-${port}/index.html`,
    'utf8',
  );
  const meta = html.indexOf('http-equiv="Content-Security-Policy"');
  expect(meta).toBeGreaterThan(-1);
  expect(meta).toBeLessThan(html.indexOf('<script'));
});
