import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../src/layout/layout.ts';
import { loadText } from '../src/model/load.ts';
import { TWO_STATION_MAP } from '../src/model/test-maps.ts';
import { compileBundled } from './vite-bundled-data.ts';

const MAP = TWO_STATION_MAP;

function mapsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundled-'));
  mkdirSync(join(dir, 'solutions'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('bundled data compiled at build time', () => {
  it('holds the parsed maps and solutions, and the layout the worker would make', () => {
    const dir = mapsDir({
      'small.yaml': MAP,
      'solutions/s.yaml': 'kind: solution\nid: s\nname: S\nmap: small\ncovers: [a]\n',
    });
    const data = compileBundled(dir, true);
    const map = loadText(MAP).maps[0];
    expect(data.maps).toEqual([
      { map, source: MAP, name: 'small.yaml', geometry: layoutMap(map!) },
    ]);
    expect(data.solutions.map((s) => s.id)).toEqual(['s']);
    expect(compileBundled(dir, false).maps[0]).not.toHaveProperty('geometry');
  });

  it('fails on a bundled file with an error, naming the file and line', () => {
    const dir = mapsDir({ 'bad.yaml': MAP.replace('stops: [a, b]', 'stops: [a, nowhere]') });
    expect(() => compileBundled(dir, false)).toThrow(/bad\.yaml:\d+:\d+: .*nowhere/);
  });
});
