import { describe, expect, it } from 'vitest';
import type { TransitMap } from '../model/schema.ts';
import { stationPriorities } from './priorities.ts';
import { compareMatrix, csvField, markdownCell, sortRows, toCsv, toMarkdown } from './report.ts';
import { partial, smallMap, solution } from './test-fixtures.ts';

const x = solution('x', ['s1', partial('s3', 'via plugin'), 's5'], 'Tool X');
const y = solution('y', ['s1', 's2'], 'Tool Y');

describe('compareMatrix', () => {
  it('groups stations by zone in map order, zone-less ones last', () => {
    const matrix = compareMatrix(smallMap, [x, y]);
    expect(matrix.solutions).toEqual([
      { id: 'x', name: 'Tool X' },
      { id: 'y', name: 'Tool Y' },
    ]);
    expect(matrix.groups.map((g) => [g.zoneId, g.label, g.rows.map((r) => r.stationId)])).toEqual([
      ['a', 'Alpha', ['s1', 's2']],
      ['b', 'Beta', ['s3', 's4']],
      [null, 'No zone', ['s5']],
    ]);
    expect(matrix.rows.map((r) => r.stationId)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(matrix.rows[2]).toEqual({
      stationId: 's3',
      label: 'Three',
      zoneId: 'b',
      zoneLabel: 'Beta',
      state: 'partial',
      cells: [
        { solutionId: 'x', level: 'partial', note: 'via plugin' },
        { solutionId: 'y', level: 'none' },
      ],
      coveredBy: 1,
    });
    expect(matrix.rows.map((r) => r.coveredBy)).toEqual([2, 1, 1, 0, 1]);
  });

  it('has rows but no cells when nothing is selected', () => {
    const matrix = compareMatrix(smallMap, []);
    expect(matrix.solutions).toEqual([]);
    expect(matrix.rows.map((r) => [r.stationId, r.state, r.cells.length])).toEqual([
      ['s1', 'uncovered', 0],
      ['s2', 'uncovered', 0],
      ['s3', 'uncovered', 0],
      ['s4', 'uncovered', 0],
      ['s5', 'uncovered', 0],
    ]);
  });
});

describe('sortRows', () => {
  const matrix = compareMatrix(smallMap, [x, y]);
  const ids = (rows: readonly { stationId: string }[]) => rows.map((r) => r.stationId);

  it('sorts by zone, keeping map order within a zone', () => {
    expect(ids(sortRows(matrix, 'zone'))).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(ids(sortRows(matrix, 'zone', 'desc'))).toEqual(['s5', 's3', 's4', 's1', 's2']);
  });

  it('sorts by label', () => {
    // Five, Four, One, Three, Two
    expect(ids(sortRows(matrix, 'label'))).toEqual(['s5', 's4', 's1', 's3', 's2']);
    expect(ids(sortRows(matrix, 'label', 'desc'))).toEqual(['s2', 's3', 's1', 's4', 's5']);
  });

  it('sorts by the number of solutions covering, ties in matrix order', () => {
    expect(ids(sortRows(matrix, 'coverage'))).toEqual(['s4', 's2', 's3', 's5', 's1']);
    expect(ids(sortRows(matrix, 'coverage', 'desc'))).toEqual(['s1', 's2', 's3', 's5', 's4']);
  });
});

// Names, labels and notes as a hostile or careless file might write them.
const trickyMap: TransitMap = {
  kind: 'map',
  id: 'm',
  title: 'Tricky',
  zones: [{ id: 'z', label: 'Data, "raw"' }],
  lines: [{ id: 'l', label: 'L', color: '#000', stops: ['t1', 't2', 't3'] }],
  stations: [
    { id: 't1', label: '=HYPERLINK("http://x")', zone: 'z' },
    { id: 't2', label: '-1+2', zone: 'z' },
    { id: 't3', label: 'Pipes | and \\ slashes' },
  ],
};
const evil = solution('evil', [partial('t1', 'line one\nline two'), 't2'], '@SUM(A1)');
const plain = solution('plain', [partial('t3', 'a | b, <b>c</b>')], 'Plain');

describe('toCsv', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    const matrix = compareMatrix(trickyMap, [evil, plain]);
    expect(toCsv(matrix)).toBe(
      [
        `Zone,Station,'@SUM(A1),Plain`,
        `"Data, ""raw""","'=HYPERLINK(""http://x"")","partial: line one\nline two (unsourced)",none`,
        `"Data, ""raw""",'-1+2,full (unsourced),none`,
        `No zone,Pipes | and \\ slashes,none,"partial: a | b, <b>c</b> (unsourced)"`,
        '',
      ].join('\r\n'),
    );
  });

  it('escapes single fields', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('  =cmd')).toBe("'  =cmd");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('-')).toBe("'-");
    expect(csvField('')).toBe('');
  });

  it('exports only the rows given, in their order', () => {
    const matrix = compareMatrix(smallMap, [y]);
    expect(toCsv(matrix, sortRows(matrix, 'coverage', 'desc').slice(0, 2))).toBe(
      'Zone,Station,Tool Y\r\nAlpha,One,full (unsourced)\r\nAlpha,Two,full (unsourced)\r\n',
    );
  });
});

describe('priorities and sources', () => {
  it('annotate rows by priority, link sourced claims and mark the others unsourced', () => {
    const sourced = solution('s', [
      { station: 's1', level: 'full', source: 'https://example.org/a_(b)' },
      partial('s3', 'via a plugin'),
    ]);
    const priorities = stationPriorities(smallMap, {
      kind: 'requirements',
      id: 'r',
      map: 'm',
      title: 'R',
      default: 'could',
      needs: [
        { station: 's3', priority: 'must', note: 'p99 < 50 ms' },
        { station: 's2', priority: 'wont' },
      ],
    });
    const matrix = compareMatrix(smallMap, [sourced], priorities);
    const rows = sortRows(matrix, 'priority');
    expect(rows.map((row) => [row.stationId, row.priority])).toEqual([
      ['s3', 'must'],
      ['s1', 'could'],
      ['s4', 'could'],
      ['s5', 'could'],
      ['s2', 'wont'],
    ]);
    expect(toMarkdown(matrix, rows.slice(0, 2))).toBe(
      [
        '| Zone | Station | Priority | S |',
        '| --- | --- | --- | --- |',
        '| Beta | Three | Must: p99 \\< 50 ms | partial: via a plugin (unsourced) |',
        '| Alpha | One | Could | full ([source](https://example.org/a_%28b%29)) |',
        '',
      ].join('\n'),
    );
    expect(toCsv(matrix, rows.slice(1, 2))).toBe(
      'Zone,Station,Priority,S\r\nAlpha,One,Could,full (source: https://example.org/a_(b))\r\n',
    );
  });
});

describe('toMarkdown', () => {
  it('escapes pipes, backslashes, tags and line breaks', () => {
    const matrix = compareMatrix(trickyMap, [evil, plain]);
    expect(toMarkdown(matrix)).toBe(
      [
        '| Zone | Station | @SUM(A1) | Plain |',
        '| --- | --- | --- | --- |',
        '| Data, "raw" | =HYPERLINK("http://x") | partial: line one<br>line two (unsourced) | – |',
        '| Data, "raw" | -1+2 | full (unsourced) | – |',
        '| No zone | Pipes \\| and \\\\ slashes | – | partial: a \\| b, \\<b>c\\</b> (unsourced) |',
        '',
      ].join('\n'),
    );
  });

  it('escapes single cells', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('a\\|b')).toBe('a\\\\\\|b');
    expect(markdownCell(' one\r\ntwo\rthree\nfour ')).toBe('one<br>two<br>three<br>four');
  });

  it('draws a table with only the station columns when nothing is selected', () => {
    const matrix = compareMatrix(smallMap, []);
    expect(toMarkdown(matrix, matrix.rows.slice(0, 1))).toBe(
      '| Zone | Station |\n| --- | --- |\n| Alpha | One |\n',
    );
  });
});
