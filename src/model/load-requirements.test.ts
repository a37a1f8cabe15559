// Requirements documents and the new solution fields: loaded, or refused with a located problem.
import { describe, expect, it } from 'vitest';
import { loadText } from './load.ts';
import type { Problem } from './problem.ts';

const MAP = `kind: map
id: m
title: T
lines:
  - {id: l, label: L, color: "#123", stops: [a, b, c]}
stations:
  - {id: a, label: A}
  - {id: b, label: B}
  - {id: c, label: C}
`;

const REQUIREMENTS = `kind: requirements
id: acme
map: m
title: Acme
default: could
needs:
  - { station: a, priority: must, note: "p99 < 50 ms" }
  - { station: b, priority: wont }
`;

const where = (p: Problem | undefined) => [p?.line, p?.column];
const errors = (text: string) => loadText(text).problems.filter((p) => p.severity === 'error');

describe('requirements documents', () => {
  it('load beside their map, with the default priority', () => {
    const result = loadText(`${MAP}---\n${REQUIREMENTS}`);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([
      {
        kind: 'requirements',
        id: 'acme',
        map: 'm',
        title: 'Acme',
        default: 'could',
        needs: [
          { station: 'a', priority: 'must', note: 'p99 < 50 ms' },
          { station: 'b', priority: 'wont' },
        ],
      },
    ]);
  });

  it('default to "should" and may be loaded against a map loaded before', () => {
    const [map] = loadText(MAP).maps;
    const text = 'kind: requirements\nid: r\nmap: m\ntitle: R\n';
    const result = loadText(text, { maps: map ? [map] : [] });
    expect(result.ok).toBe(true);
    expect(result.requirements[0]?.default).toBe('should');
    expect(result.requirements[0]?.needs).toEqual([]);
  });

  it('name an unknown station with its line', () => {
    const text = `${MAP}---\n${REQUIREMENTS.replace('station: b', 'station: serving')}`;
    const [p, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(p?.message).toBe(
      'requirements "acme" name unknown station "serving", which map "m" lacks; add the station to the map or fix the id',
    );
    expect(where(p)).toEqual([18, 16]);
  });

  it('refuse a priority outside must, should, could, wont, on its line', () => {
    const text = `${MAP}---\n${REQUIREMENTS.replace('priority: wont', 'priority: nice')}`;
    const [p, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(p?.message).toBe(
      'need "b", priority: should be one of "must", "should", "could", "wont"',
    );
    expect(where(p)).toEqual([18, 29]);
    expect(loadText(text).requirements).toEqual([]);
  });

  it('refuse a set for a map that is not loaded', () => {
    const [p, ...rest] = errors(REQUIREMENTS);
    expect(rest).toEqual([]);
    expect(p?.message).toBe(
      'requirements "acme" are for map "m", which is not loaded; open that map first or fix "map"',
    );
    expect(where(p)).toEqual([3, 6]);
  });

  it('refuse a station listed twice, naming the first line', () => {
    const text = `${MAP}---\n${REQUIREMENTS}  - { station: a, priority: could }\n`;
    const [p, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(p?.message).toBe(
      'requirements "acme" list station "a" twice (first on line 17); keep one priority per station',
    );
    expect(where(p)).toEqual([19, 16]);
  });

  it('refuse unknown fields, naming the allowed ones', () => {
    const text = `${MAP}---\n${REQUIREMENTS.replace('default: could', 'weight: 3')}`;
    const [p] = errors(text);
    expect(p?.message).toBe(
      'unknown field "weight"; allowed: kind, id, map, title, description, default, needs',
    );
    expect(where(p)).toEqual([15, 1]);
  });
});

describe('solution evidence, integrations and off-map claims', () => {
  const solution = (covers: string, extra = '') =>
    `${MAP}---\nkind: solution\nid: s\nname: S\nmap: m\n${extra}covers:\n${covers}`;

  it('accept a checked date, sourced claims and integrations', () => {
    const text = solution(
      '  - { station: a, source: "https://example.org/a" }\n',
      'checked: 2026-12-01\nintegrations:\n  - { with: t, note: plugin, source: "https://example.org/t" }\n',
    );
    const result = loadText(text);
    expect(result.problems).toEqual([]);
    expect(result.solutions[0]).toMatchObject({
      checked: '2026-12-01',
      covers: [{ station: 'a', level: 'full', source: 'https://example.org/a' }],
      integrations: [{ with: 't', note: 'plugin', source: 'https://example.org/t' }],
    });
  });

  it('refuse a date that is not ISO and a source that is not a web link', () => {
    const text = solution('  - { station: a, source: "ftp://x" }\n', 'checked: 01/12/2026\n');
    const messages = errors(text).map((p) => [p.line, p.message]);
    expect(messages).toEqual([
      [15, 'checked: dates are ISO calendar dates such as "2026-12-01"'],
      [17, 'claim "a", source: links must start with https:// or http://'],
    ]);
  });

  it('take a labelled claim on an id the map lacks as outside the map, not a warning', () => {
    const text = solution(
      '  - a\n  - { station: edge-deployment, label: Edge deployment, note: on devices }\n  - { station: mystery }\n',
    );
    const result = loadText(text);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      [
        'warning',
        18,
        'solution "s" claims unknown station "mystery", which map "m" lacks; the rest of the solution still applies',
      ],
    ]);
  });

  it('warn about a label on a station the map has, and about a doubled integration', () => {
    const text = solution(
      '  - { station: a, label: Again }\n',
      'integrations:\n  - { with: t }\n  - { with: t }\n',
    );
    const result = loadText(text);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [17, 'solution "s" lists its integration with "t" more than once; keep one'],
      [
        19,
        'solution "s" gives a label to "a", which is a station of map "m"; a label is only for claims outside the map, so remove it',
      ],
    ]);
  });
});
