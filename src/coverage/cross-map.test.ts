import { describe, expect, it } from 'vitest';
import type { TransitMap } from '../model/schema.ts';
import { crossMapSummary, crossMapText } from './cross-map.ts';
import { offMapClaims } from './off-map.ts';
import { partial, plainMap, smallMap, solution } from './test-fixtures.ts';

describe('one tool across maps', () => {
  const other: TransitMap = { ...plainMap(3), id: 'other', title: 'Other' };
  const onSmall = solution('kf', ['s1', partial('s2')], 'Kubeflow');
  const onOther = { ...solution('kf', ['p1'], 'Kubeflow'), map: 'other' };
  const mlflow = solution('mlflow', ['s3'], 'MLflow');

  it('shows each tool per map, absent where it has no solution', () => {
    const summary = crossMapSummary(
      [smallMap, other],
      [onSmall, mlflow, onOther],
      ['kf', 'mlflow'],
    );
    expect(summary.tools).toEqual([
      { id: 'kf', name: 'Kubeflow' },
      { id: 'mlflow', name: 'MLflow' },
    ]);
    expect(
      summary.rows.map((row) => [row.mapId, row.title, ...row.cells.map(crossMapText)]),
    ).toEqual([
      ['m', 'Small', '2 of 5', '1 of 5'],
      ['other', 'Other', '1 of 3', '—'],
    ]);
    expect(summary.rows[0]?.cells[0]?.stats).toEqual({ full: 1, partial: 1, total: 5 });
  });
});

describe('claims outside the map', () => {
  it('are the labelled claims on ids the map lacks, each once, in claim order', () => {
    const tool = solution('t', [
      's1',
      { station: 'edge', level: 'partial', label: 'Edge deployment', note: ' on devices ' },
      { station: 'mystery', level: 'full' },
      { station: 's2', level: 'full', label: 'Not outside' },
      {
        station: 'agents',
        level: 'full',
        label: 'Agents',
        source: 'https://example.org/agents',
      },
      { station: 'edge', level: 'full', label: 'Again' },
    ]);
    expect(offMapClaims(smallMap, tool)).toEqual([
      { id: 'edge', label: 'Edge deployment', level: 'partial', note: 'on devices' },
      { id: 'agents', label: 'Agents', level: 'full', source: 'https://example.org/agents' },
    ]);
  });
});
