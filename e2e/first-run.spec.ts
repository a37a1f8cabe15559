// The README's quick start as a new user runs it: `npm start` must show the default map
// within 3 s of saying it is ready, and Ctrl-C must leave no Vite (or Node) process behind.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..');
// Beside the port the suite serves on, so that parallel runs do not meet.
const port = Number(process.env.PW_PORT ?? 4173) + 1000;

/** Processes whose command line mentions this start's port. */
const leftOver = () =>
  execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(`--port ${port}`) && !l.includes(' ps '));

test('npm start: the default map within 3 s of ready; Ctrl-C leaves nothing running', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Its own build folder: the suite's server serves `dist`, a test build (with worker faults
  // on demand) that this start must not overwrite for the tests after it.
  const args = ['start', '--', '--port', String(port), '--out-dir', `dist-e2e-${port}`];
  // Its own process group, as in a terminal: Ctrl-C signals the whole group.
  const child = spawn('npm', args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready:')) resolve(Date.now());
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
    setTimeout(() => reject(new Error(`npm start not ready after 150 s: ${output}`)), 150_000);
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    const at = await ready;
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.locator('svg[data-testid="transit-map"] [data-station-id]')).toHaveCount(30, {
      timeout: 10_000,
    });
    await expect(page.locator('text[data-label-for="training"]')).toBeVisible();
    const shown = Date.now() - at;
    console.log(`npm start: default map drawn ${shown} ms after the server said it was ready`);
    expect(shown).toBeLessThan(3000);
  } finally {
    // Ctrl-C, unless it has already stopped (a port in use, say: then `ready` says why).
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  await expect.poll(leftOver, { timeout: 5_000 }).toEqual([]);
});
