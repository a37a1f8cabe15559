import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setStationPosition } from './edit-source.ts';
import { loadText } from './load.ts';

const MAP = `# A map with comments everywhere
kind: map
id: m   # the id
title: T
lines:
  - id: l
    label: L
    color: "#123456"   # a colour
    stops: [a, b, c, d]
stations:
  # the first station
  - id: a
    label: A   # comment on a
  - {id: b, label: B}
  - id: c
    label: C
    description: >-
      folded text that is long enough that a printer would love to fold it again at eighty columns
      and more

  - id: d
    label: D
    position:
      x: 1   # pinned by hand
      y: 2
`;

const write = (text: string, id: string, p: { x: number; y: number } | null, mapId = 'm') => {
  const result = setStationPosition(text, mapId, id, p);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};

describe('setStationPosition', () => {
  it('adds a position line to a block station and changes nothing else', () => {
    const text = write(MAP, 'a', { x: 4, y: -2 });
    expect(text).toBe(
      MAP.replace(
        '    label: A   # comment on a\n',
        '    label: A   # comment on a\n    position: { x: 4, y: -2 }\n',
      ),
    );
  });

  it('adds a position to a flow station', () => {
    const text = write(MAP, 'b', { x: 0, y: 3 });
    expect(text).toBe(
      MAP.replace('{id: b, label: B}', '{id: b, label: B, position: { x: 0, y: 3 }}'),
    );
  });

  it('adds a position after a folded block scalar, keeping the blank line', () => {
    const text = write(MAP, 'c', { x: 5, y: 5 });
    expect(text).toContain('      and more\n    position: { x: 5, y: 5 }\n\n  - id: d');
    expect(loadText(text).maps[0]?.stations[2]?.description).toMatch(/^folded text that is long/);
  });

  it('replaces an existing position in place, keeping its comments', () => {
    const text = write(MAP, 'd', { x: 7, y: 8 });
    expect(text).toBe(MAP.replace('x: 1   # pinned', 'x: 7   # pinned').replace('y: 2', 'y: 8'));
  });

  it('removes a position (unpin) and only it', () => {
    const text = write(MAP, 'd', null);
    expect(text).toBe(MAP.replace(/ {4}position:\n.*\n.*\n$/, ''));
    expect(loadText(text).maps[0]?.stations[3]).toEqual({ id: 'd', label: 'D' });
  });

  it('removes a flow position, first or last', () => {
    const last = MAP.replace('{id: b, label: B}', '{id: b, label: B, position: {x: 1, y: 1}}');
    expect(write(last, 'b', null)).toBe(MAP);
    const first = MAP.replace('{id: b, label: B}', '{position: {x: 1, y: 1}, id: b, label: B}');
    expect(write(first, 'b', null)).toBe(MAP);
  });

  it('edits the right document of a multi-document file', () => {
    const multi = `kind: solution\nid: s\nname: S\nmap: m\ncovers: [a]\n---\n${MAP}---\n# tail\nkind: solution\nid: t\nname: T\nmap: m\ncovers: [b]\n`;
    const text = write(multi, 'a', { x: 1, y: 1 });
    expect(text).toBe(
      multi.replace(
        'label: A   # comment on a\n',
        'label: A   # comment on a\n    position: { x: 1, y: 1 }\n',
      ),
    );
    const result = loadText(text);
    expect(result.ok).toBe(true);
    expect(result.maps[0]?.stations[0]?.position).toEqual({ x: 1, y: 1 });
    expect(result.solutions).toHaveLength(2);
  });

  it('falls back to the Document API for shapes it does not splice', () => {
    const odd = MAP.replace('{id: b, label: B}', '{id: b, label: B, }');
    const text = write(odd, 'b', { x: 2, y: 2 });
    expect(loadText(text).maps[0]?.stations[1]?.position).toEqual({ x: 2, y: 2 });
    expect(text).toContain('# comment on a');
  });

  it('refuses text with errors, unknown maps and unknown stations', () => {
    expect(setStationPosition('kind: map\nid: [', 'm', 'a', { x: 1, y: 1 }).ok).toBe(false);
    expect(setStationPosition(MAP, 'other', 'a', { x: 1, y: 1 }).ok).toBe(false);
    expect(setStationPosition(MAP, 'm', 'zz', { x: 1, y: 1 }).ok).toBe(false);
  });

  it('keeps every comment of the bundled default map', () => {
    const source = readFileSync('maps/ml-system.yaml', 'utf8');
    const text = write(source, 'serving', { x: 12, y: 3 }, 'ml-system');
    const comments = (t: string) => t.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(text)).toEqual(comments(source));
    expect(text.split('\n')).toHaveLength(source.split('\n').length + 1);
    const map = loadText(text).maps[0];
    expect(map?.stations.find((s) => s.id === 'serving')?.position).toEqual({ x: 12, y: 3 });
    expect(write(text, 'serving', null, 'ml-system')).toBe(source);
  });
});

describe('setStationPositions', () => {
  it('pins every station named, keeping comments, and skips ones already there', async () => {
    const { setStationPositions } = await import('./edit-source.ts');
    const text = [
      'kind: map # the kind',
      'id: m',
      'title: M',
      'lines:',
      '  - { id: l, label: L, color: "#123456", stops: [a, b] }',
      'stations:',
      '  # first station',
      '  - id: a',
      '    label: A',
      '  - id: b',
      '    label: B',
      '    position: { x: 3, y: 1 }',
      '',
    ].join('\n');
    const result = setStationPositions(text, 'm', {
      a: { x: 0, y: 2 },
      b: { x: 3, y: 1 },
      zz: { x: 9, y: 9 },
    });
    expect(result.ok).toBe(true);
    const out = result.ok ? result.text : '';
    expect(out).toContain('# first station');
    expect(out).toContain('kind: map # the kind');
    expect(out).toMatch(/id: a\n {4}label: A\n {4}position: \{ x: 0, y: 2 \}/);
    expect(out.match(/position/g)).toHaveLength(2);
    expect(setStationPositions('kind: [', 'm', { a: { x: 1, y: 1 } }).ok).toBe(false);
  });
});
