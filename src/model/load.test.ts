import { describe, expect, it } from 'vitest';
import { loadText } from './load.ts';
import type { Problem } from './problem.ts';

const where = (p: Problem) => [p.line, p.column];
const only = (text: string) => {
  const result = loadText(text);
  expect(result.ok).toBe(false);
  expect(result.problems).toHaveLength(1);
  return result.problems[0] as Problem;
};

const MAP = `kind: map
id: m
title: T
zones:
  - {id: z, label: Z}
lines:
  - id: l
    label: L
    color: "#123456"
    stops: [a, b]
stations:
  - {id: a, label: A, zone: z}
  - {id: b, label: B}
`;

describe('loadText', () => {
  it('loads a valid map', () => {
    const result = loadText(MAP);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.maps[0]?.stations.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('locates a YAML syntax error', () => {
    const p = only('kind: map\nid: x\ntitle: [unclosed\n');
    expect(p.message).toMatch(/^YAML syntax error/);
    expect(where(p)).toEqual([4, 1]);
  });

  it('refuses tabs and duplicate keys with their line', () => {
    expect(where(only('kind: map\n\tid: x\n'))).toEqual([2, 1]);
    const dup = only('kind: map\nkind: map\n');
    expect(dup.message).toMatch(/unique/);
    expect(where(dup)).toEqual([2, 1]);
  });

  it('names a line that stops at an unknown station', () => {
    const p = only(MAP.replace('stops: [a, b]', 'stops: [a, b, ingest]'));
    expect(p.message).toBe(
      'line "l" stops at unknown station "ingest"; add the station or fix the id',
    );
    expect(p.path).toEqual(['lines', 0, 'stops', 2]);
    expect(where(p)).toEqual([10, 19]);
  });

  it('names a duplicate id and where it was first used', () => {
    const p = only(`${MAP}  - {id: a, label: Again}\n`);
    expect(p.message).toBe('duplicate station id "a": already used on line 12; ids must be unique');
    expect(where(p)).toEqual([14, 10]);
  });

  it('reports a wrong type with the field and what it found', () => {
    const p = only(MAP.replace('{id: b, label: B}', '{id: b, label: 5}'));
    expect(p.message).toBe('station "b", label: should be text, found number 5');
    expect(where(p)).toEqual([13, 20]);
  });

  it('refuses a colour that is not hex and a link that is not http(s)', () => {
    const result = loadText(
      MAP.replace('"#123456"', 'red;stroke:url(x)').replace(
        '{id: b, label: B}',
        '{id: b, label: B, url: "javascript:alert(1)"}',
      ),
    );
    expect(result.problems.map((p) => [p.message, p.line, p.column])).toEqual([
      ['line "l", color: colours are CSS hex values such as "#0098d4" or "#09d"', 9, 12],
      ['station "b", url: links must start with https:// or http://', 13, 28],
    ]);
  });

  it('refuses unknown fields, naming the allowed ones', () => {
    const p = only(MAP.replace('{id: b, label: B}', '{id: b, label: B, colour: x}'));
    expect(p.message).toBe(
      'station "b": unknown field "colour"; allowed: id, label, zone, description, url, position',
    );
    expect(where(p)).toEqual([13, 23]);
  });

  it('refuses __proto__ and constructor as ids by name', () => {
    const result = loadText(MAP.replace('{id: b, label: B}', '{id: constructor, label: B}'));
    expect(result.problems[0]?.message).toBe(
      'station "constructor", id: this id is reserved (it names a JavaScript built-in); choose another',
    );
    // `prototype` is an ordinary id (the default map has a station of that name).
    expect(loadText(MAP.replace('{id: b, label: B}', '{id: prototype, label: B}')).ok).toBe(false);
    expect(loadText(MAP.replaceAll(/\bb\b/g, 'prototype')).ok).toBe(true);
    const proto = loadText(MAP.replace('id: l\n', 'id: __proto__\n'));
    expect(proto.problems[0]?.path).toEqual(['lines', 0, 'id']);
    expect(where(proto.problems[0] as Problem)).toEqual([7, 9]);
  });

  it('names an unknown zone', () => {
    const p = only(MAP.replace('zone: z}', 'zone: y}'));
    expect(p.message).toBe('station "a" is in unknown zone "y"; add the zone or fix the id');
    expect(where(p)).toEqual([12, 29]);
  });

  it('says how stops should look when they are not a list', () => {
    const p = only(MAP.replace('stops: [a, b]', 'stops: a'));
    expect(p.message).toBe(
      'line "l", stops: should be a list of station ids, or a list of such lists for a branching line',
    );
    expect(where(p)).toEqual([10, 12]);
  });

  it('refuses a line with a single stop', () => {
    const p = only(MAP.replace('stops: [a, b]', 'stops: [a]'));
    expect(p.message).toBe('line "l", stops: a path needs at least two stops');
  });

  it('explains an empty file and a file that is not a map', () => {
    expect(only('').message).toMatch(/^the file is empty/);
    expect(only('   \n# only a comment\n').message).toMatch(/^the file is empty/);
    expect(only('hello world').message).toMatch(/^expected a YAML mapping/);
    expect(only('- a\n- b\n').message).toMatch(/found a list$/);
    expect(where(only('kind: atlas\n'))).toEqual([1, 7]);
  });

  it('refuses files over 1 MiB', () => {
    const p = only(`# ${'x'.repeat(1024 * 1024)}\n`);
    expect(p.message).toMatch(/1\.0 MiB; files up to 1 MiB/);
  });

  it('survives an alias bomb and deep nesting with one message each', () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    expect(only(bomb).message).toMatch(/alias bomb/);
    expect(only('['.repeat(20_000) + ']'.repeat(20_000)).message).toMatch(/nests too deeply/);
  });

  it('keeps YAML 1.2 core semantics under a %YAML 1.1 directive, and no merge keys', () => {
    const result = loadText(`%YAML 1.1\n---\n${MAP.replace('title: T', 'title: yes')}`);
    expect(result.ok).toBe(true);
    expect(result.maps[0]?.title).toBe('yes');
    const merge = loadText(`${MAP}x: &x {a: 1}\ny:\n  <<: *x\n`);
    expect(merge.problems[0]?.message).toMatch(/merge keys \(<<\) are not supported/);
  });

  it('refuses custom tags such as !!js/function', () => {
    const p = only(MAP.replace('title: T', 'title: !!js/function "function(){}"'));
    expect(p.message).toMatch(/Unresolved tag/);
    expect(where(p)).toEqual([3, 8]);
  });

  it('reports every problem of a file at once, in source order', () => {
    const text = MAP.replace('"#123456"', 'blue')
      .replace('stops: [a, b]', 'stops: [a, q]')
      .replace('zone: z}', 'zone: y}');
    const result = loadText(text);
    expect(result.problems.map((p) => p.line)).toEqual([9]);
    // A schema error stops the semantic checks of that document; fix it and the rest appear.
    const next = loadText(text.replace('blue', '"#00f"'));
    expect(next.problems.map((p) => [p.line, p.severity])).toEqual([
      [10, 'error'],
      [12, 'error'],
      [13, 'warning'],
    ]);
  });

  it('strips a byte-order mark', () => {
    expect(loadText(`\uFEFF${MAP}`).ok).toBe(true);
  });
});

describe('solutions', () => {
  const multi = `${MAP}---
kind: solution
id: s
name: S
map: m
covers:
  - a
  - zz
  - {station: b, level: partial, note: through a plug-in}
`;

  it('loads a map and its solutions from one multi-document file', () => {
    const result = loadText(multi);
    expect(result.ok).toBe(true);
    expect(result.maps).toHaveLength(1);
    expect(result.solutions[0]?.covers).toEqual([
      'a',
      'zz',
      { station: 'b', level: 'partial', note: 'through a plug-in' },
    ]);
  });

  it('warns about an unknown station and keeps the rest', () => {
    const [p] = loadText(multi).problems;
    expect(p?.severity).toBe('warning');
    expect(p?.message).toBe(
      'solution "s" claims unknown station "zz", which map "m" lacks; the rest of the solution still applies',
    );
    expect(p && where(p)).toEqual([21, 5]);
  });

  it('refuses a solution for a map that is not loaded', () => {
    const solo = multi.slice(multi.indexOf('kind: solution')).replace('map: m', 'map: other');
    const result = loadText(solo, { maps: loadText(MAP).maps });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toBe(
      'solution "s" is for map "other", which is not loaded; open that map first or fix "map"',
    );
    expect(result.problems[0] && where(result.problems[0])).toEqual([4, 6]);
  });

  it('draws a lone solution over a map loaded before', () => {
    const solo = multi.slice(multi.indexOf('kind: solution'));
    const result = loadText(solo, { maps: loadText(MAP).maps });
    expect(result.ok).toBe(true);
    expect(result.solutions).toHaveLength(1);
  });

  it('refuses an unknown coverage level', () => {
    const p = only(multi.replace('level: partial', 'level: half'));
    expect(p.message).toBe('claim "b", level: should be one of "full", "partial"');
  });
});
