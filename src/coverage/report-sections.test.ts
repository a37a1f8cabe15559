import { describe, expect, it } from 'vitest';
import { crossMapSummary } from './cross-map.ts';
import { offMapClaims } from './off-map.ts';
import { requirementsSummary, stationPriorities } from './priorities.ts';
import { reportSections } from './report-sections.ts';
import { computeSeams } from './seams.ts';
import { plainMap, solution } from './test-fixtures.ts';

describe('report sections', () => {
  it('give requirements, seams, claims outside the map, maps side by side and evidence', () => {
    const map = plainMap(3);
    const a = {
      ...solution('a', ['p1', 'p2', { station: 'edge', level: 'full', label: 'Edge | devices' }]),
      checked: '2026-12-01',
    };
    const b = { ...solution('b', ['p3']), integrations: [{ with: 'a', note: 'plugin' }] };
    const priorities = stationPriorities(map, {
      kind: 'requirements',
      id: 'r',
      map: 'm',
      title: 'Acme',
      default: 'should',
      needs: [{ station: 'p3', priority: 'must' }],
    });
    const text = reportSections({
      map,
      selected: [a, b],
      requirements: { title: 'Acme', summary: requirementsSummary(priorities, undefined) },
      seams: computeSeams(map, [a, b]),
      offMap: new Map([
        ['a', offMapClaims(map, a)],
        ['b', []],
      ]),
      crossMap: crossMapSummary([map], [a, b], ['a', 'b']),
    });
    expect(text).toBe(
      [
        '## Requirements: Acme',
        '',
        'Must-haves covered fully: 0 of 1.',
        '',
        '- must: 0 of 1 covered fully, 0 partially',
        '- should: 0 of 2 covered fully, 0 partially',
        '- could: 0 of 0 covered fully, 0 partially',
        '',
        'Blocking gaps (musts not covered fully): P3.',
        '',
        '## Seams: 0 open, 1 bridged',
        '',
        '- Line: 1 seam',
        '- P2 (A) ~ P3 (B): bridged: B integrates with A (plugin) (unsourced)',
        '',
        '## Outside this map',
        '',
        '- A: Edge \\| devices (full; unsourced)',
        '',
        '## Across maps',
        '',
        '| Map | A | B |',
        '| --- | --- | --- |',
        '| Plain | 2 of 3 | 1 of 3 |',
        '',
        '## Evidence',
        '',
        '- A: claims checked 2026-12-01',
        '- B: claims never checked',
        '',
      ].join('\n'),
    );
  });
});
