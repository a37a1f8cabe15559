// The `transit-map` command: its help, its exit codes, and a GeoJSON written and read back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'transit-map.mjs');
const dir = mkdtempSync(join(tmpdir(), 'transit-map-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

describe('transit-map CLI', () => {
  it('lists every option in --help and exits 0', () => {
    const { status, stdout } = run('--help');
    expect(status).toBe(0);
    for (const option of [
      '--format',
      '--solutions',
      '--out',
      '--theme',
      '--width',
      '--palette',
      '--patterns',
      '--date',
      '--help',
      '--version',
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('exit status');
  });

  it('exits 2 on wrong usage and 1 on a file with problems, naming the line', () => {
    expect(run('export', 'x.yaml', '--format', 'gif').status).toBe(2);
    expect(run('export').status).toBe(2);
    const bad = join(dir, 'bad.geojson');
    writeFileSync(bad, '{\n  "type": "FeatureCollection",\n  "features": 3\n}\n');
    const result = run('export', bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(line 3, column');
  });

  it('writes GeoJSON and reads it back into an SVG', () => {
    const geojson = join(dir, 'map.geojson');
    const written = run('export', join(root, 'maps', 'ml-system.yaml'), '--out', geojson);
    expect(written.status).toBe(0);
    const graph = JSON.parse(readFileSync(geojson, 'utf8')) as { type: string };
    expect(graph.type).toBe('FeatureCollection');
    const back = run('export', geojson, '--format', 'svg');
    expect(back.status).toBe(0);
    expect(back.stdout).toContain('data-station-id="feature-store"');
  });
});
