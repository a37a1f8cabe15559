// Every hostile input of e2e/fixtures/hostile, through the same path as an opened file:
// bytes -> decodeBytes -> loadText. Each is refused with one clear, located message, without
// throwing and without touching any prototype. How fast is bench/hostile-bench.ts's job.
import { describe, expect, it } from 'vitest';
import { ACCEPTED, ALL_REFUSED, SMALL_MAP } from '../../e2e/fixtures/hostile/cases.ts';
import { decodeBytes } from './decode.ts';
import { loadText } from './load.ts';
import type { LoadResult } from './load.ts';

function open(bytes: Uint8Array): { result: LoadResult } {
  const decoded = decodeBytes(bytes);
  const result: LoadResult =
    'problem' in decoded
      ? { maps: [], solutions: [], requirements: [], problems: [decoded.problem], ok: false }
      : loadText(decoded.text);
  return { result };
}

describe('hostile input is refused with a clear, located message', () => {
  it.each(ALL_REFUSED.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { result } = open(c.bytes);
    expect(result.ok).toBe(false);
    expect(result.maps).toEqual([]);
    const named = result.problems.find((p) => c.message.test(p.message));
    expect(named, result.problems.map((p) => p.message).join('\n')).toBeDefined();
    expect(named?.severity).toBe('error');
    expect(named?.line).toBe(c.line);
    expect(named?.column).toBeGreaterThanOrEqual(1);
  });
});

describe('odd but legitimate input loads', () => {
  it.each(ACCEPTED.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { result } = open(c.bytes);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.maps[0]?.stations).toHaveLength(c.stations);
  });

  it('keeps labels full of markup as plain text, byte for byte', () => {
    const markup = ACCEPTED.find((c) => c.name === 'markup-labels.yaml');
    const map = markup && open(markup.bytes).result.maps[0];
    expect(map?.title).toBe("<script>alert('title')</script><img src=x onerror=alert(1)>");
    expect(map?.stations[1]?.label).toBe('" onmouseover="alert(8)" x="');
  });

  it('reads a %YAML 1.1 file with 1.2 core semantics: yes is text, 0o17 is not octal 1.1', () => {
    const result = loadText(`%YAML 1.1\n---\n${SMALL_MAP.replace('title: Small', 'title: yes')}`);
    expect(result.ok).toBe(true);
    expect(result.maps[0]?.title).toBe('yes');
  });
});

describe('nothing reaches a prototype', () => {
  const sneaky = [
    `${SMALL_MAP}__proto__: {polluted: 1}\n`,
    SMALL_MAP.replace('label: A}', 'label: A, __proto__: {polluted: 1}}'),
    SMALL_MAP.replace('label: A}', 'label: A, constructor: {prototype: {polluted: 1}}}'),
    `kind: solution\nid: s\nname: S\nmap: small\ncovers: [{station: a, __proto__: {polluted: 1}}]\n`,
    `__proto__:\n  polluted: 1\nkind: map\n`,
  ];
  it.each(sneaky.map((t, i) => [i, t] as const))(
    'input %i is refused, Object.prototype untouched',
    (_, t) => {
      const result = loadText(t, { maps: loadText(SMALL_MAP).maps });
      expect(result.ok).toBe(false);
      expect(result.problems.some((p) => /__proto__|constructor/.test(p.message))).toBe(true);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );
});

describe('the problem list stays readable', () => {
  it('reports at most 100 problems and says how many more there are', () => {
    // Each station: an unknown zone and on no line; 800 problems in all.
    const stations = Array.from({ length: 400 }, (_, i) => `  - {id: x${i}, label: X, zone: no}`);
    const text = `${SMALL_MAP}${stations.join('\n')}\n`;
    const result = loadText(text);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(101);
    expect(result.problems[100]?.message).toMatch(/^…and 700 more problems after this line/);
  });

  it('says how long a label is and what the limit is, and refuses empty labels', () => {
    const empty = loadText(SMALL_MAP.replace('label: A}', 'label: "   "}'));
    expect(empty.problems[0]?.message).toBe('station "a", label: should not be empty');
  });

  it('says a position must be a finite number', () => {
    const result = loadText(
      SMALL_MAP.replace('label: A}', 'label: A, position: {x: .nan, y: .inf}}'),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      'station "a", position.x: should be a finite number, found NaN',
      'station "a", position.y: should be a finite number, found Infinity',
    ]);
  });
});
