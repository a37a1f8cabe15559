// The station count that refuses an oversized map before the YAML parser runs: exact on the
// shapes it recognises, silent (never wrong) on the others, and really ahead of the parser.
import fc from 'fast-check';
import { stringify } from 'yaml';
import * as yaml from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENERATED, ACCEPTED } from '../../e2e/fixtures/hostile/cases.ts';
import { loadText } from './load.ts';
import { countStations } from './station-count.ts';

// Only the entry points are watched: a spy on every export (isMap, isScalar…) would record
// each node of a 1,000-station map.
vi.mock('yaml', async (original) => {
  const actual = await original<typeof yaml>();
  return {
    ...actual,
    parseAllDocuments: vi.fn(actual.parseAllDocuments),
    parseDocument: vi.fn(actual.parseDocument),
  };
});

const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('countStations', () => {
  it.each([
    ['a block list', 'kind: map\nstations:\n  - id: a\n    label: A\n  - {id: b}\n', 2, 2],
    ['a list at the key’s indent', 'stations:\n- id: a\n- id: b\n- id: c\nlines: []\n', 3, 1],
    ['comments and blank lines', 'stations: # all\n\n  # none yet\n  - a\n\n  - b # x\n', 2, 1],
    ['a flow list', 'id: m\nstations: [{id: a, label: "x, y"}, {id: b}, c,]\n', 3, 2],
    [
      'a flow list over lines, commas in quotes and comments',
      "stations: [\n  {id: a, label: 'it''s, ok'}, # a, b\n  b\n]\n",
      2,
      1,
    ],
    [
      'items holding lists and block text',
      'stations:\n  - id: a\n    description: |\n      - not\n      - items\n    tags:\n      - x\n  - id: b\n',
      2,
      1,
    ],
    ['a quoted key', '"stations":\n  - a\n', 1, 1],
  ])('counts %s', (_, text, count, line) => {
    expect(countStations(text)).toEqual([{ count, line }]);
  });

  it('counts each document of a stream', () => {
    const text = 'stations:\n  - a\n---\nkind: map\nstations:\n  - a\n  - b\n...\n';
    expect(countStations(text)).toEqual([
      { count: 1, line: 1 },
      { count: 2, line: 5 },
    ]);
  });

  it.each([
    ['a nested key', 'map:\n  stations:\n    - a\n'],
    ['a key that only starts alike', 'stations2:\n  - a\n'],
    ['an anchored list', 'stations: &s\n  - a\n'],
    ['a scalar', 'stations: none\n'],
    ['a document that is one flow mapping', '{kind: map, stations: [a, b]}\n'],
  ])('leaves %s to the parser', (_, text) => {
    expect(countStations(text)).toEqual([]);
  });

  it('never miscounts: any map the yaml package writes is counted exactly or not at all', () => {
    const station = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
      label: fc.string({ maxLength: 20 }),
      description: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      tags: fc.option(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), { nil: undefined }),
    });
    const options = fc.record({
      indent: fc.integer({ min: 1, max: 4 }),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
      defaultStringType: fc.constantFrom(
        'PLAIN' as const,
        'QUOTE_DOUBLE' as const,
        'QUOTE_SINGLE' as const,
        'BLOCK_LITERAL' as const,
      ),
    });
    fc.assert(
      fc.property(fc.array(station, { maxLength: 30 }), options, (stations, style) => {
        const text = stringify({ kind: 'map', id: 'm', stations, lines: [] }, style);
        const counts = countStations(text).map((s) => s.count);
        expect(counts.length).toBeLessThanOrEqual(1);
        for (const count of counts) expect(count).toBe(stations.length);
        if (style.collectionStyle === 'block' && stations.length > 0)
          expect(counts).toEqual([stations.length]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the 5,000-station map is refused before any YAML is parsed', () => {
  afterEach(() => vi.clearAllMocks());

  it('by the count: no yaml Document is built', () => {
    const huge = GENERATED.find((c) => c.name === 'five-thousand-stations.broken.yaml');
    if (!huge) throw new Error('the 5,000-station case is missing');
    const result = loadText(textOf(huge.bytes));
    expect(result.problems).toEqual([
      {
        severity: 'error',
        message: expect.stringMatching(/^the map has 5000 stations; at most 1000 are accepted/),
        path: ['stations'],
        line: 6,
        column: 1,
      },
    ]);
    expect(yaml.parseAllDocuments).not.toHaveBeenCalled();
    expect(yaml.parseDocument).not.toHaveBeenCalled();
  });

  it('while a map of 1,000 stations is parsed and loads', () => {
    const thousand = ACCEPTED.find((c) => c.name === 'thousand-stations.yaml');
    if (!thousand) throw new Error('the 1,000-station case is missing');
    const result = loadText(textOf(thousand.bytes));
    expect(result.ok).toBe(true);
    expect(countStations(textOf(thousand.bytes))).toEqual([{ count: 1000, line: 6 }]);
    expect(yaml.parseAllDocuments).toHaveBeenCalledTimes(1);
  });
});
