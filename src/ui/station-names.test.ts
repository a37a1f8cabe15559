import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../coverage/coverage.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { announcement, linesAsText, stationNames } from './station-names.ts';

const map = {
  kind: 'map',
  id: 'm',
  title: 'T',
  zones: [{ id: 'z', label: 'Zone Z' }],
  lines: [
    { id: 'a', label: 'Alpha', color: '#000000', stops: ['x', 'y', 'w'] },
    {
      id: 'b',
      label: 'Beta',
      color: '#111111',
      stops: [
        ['y', 'z'],
        ['y', 'w'],
      ],
    },
    { id: 'c', label: 'Loop', color: '#222222', stops: ['x', 'z', 'w', 'x'] },
  ],
  stations: [
    { id: 'x', label: 'Ex', zone: 'z' },
    { id: 'y', label: 'Why' },
    { id: 'z', label: 'Zed' },
    { id: 'w', label: 'Double-u' },
  ],
} as unknown as TransitMap;

const sol = (id: string, name: string, covers: Solution['covers']) =>
  ({ kind: 'solution', id, name, map: 'm', covers }) as Solution;

describe('screen-reader text', () => {
  it('names a station with its zone, lines and coverage', () => {
    const kf = sol('kf', 'Kubeflow', ['x', { station: 'y', level: 'partial' }]);
    const names = stationNames(map, computeCoverage(map, [kf]), [kf]);
    expect(names.get('x')).toBe(
      'Ex, zone Zone Z, interchange of 2 lines: Alpha, Loop, covered by Kubeflow',
    );
    expect(names.get('y')).toBe(
      'Why, interchange of 2 lines: Alpha, Beta, partly covered by Kubeflow (partial)',
    );
    expect(names.get('z')).toBe('Zed, interchange of 2 lines: Beta, Loop, not covered');
    expect(stationNames(map, undefined, []).get('y')).toBe(
      'Why, interchange of 2 lines: Alpha, Beta',
    );
  });

  it('lists each line with its stations in order, loops once round', () => {
    expect(linesAsText(map)).toEqual([
      { id: 'a', label: 'Alpha', loop: false, paths: [['Ex', 'Why', 'Double-u']] },
      {
        id: 'b',
        label: 'Beta',
        loop: false,
        paths: [
          ['Why', 'Zed'],
          ['Why', 'Double-u'],
        ],
      },
      { id: 'c', label: 'Loop', loop: true, paths: [['Ex', 'Zed', 'Double-u']] },
    ]);
  });

  it('announces what a selection change did', () => {
    const kf = sol('kf', 'Kubeflow', ['x', 'y']);
    const ml = sol('ml', 'MLflow', ['z']);
    const one = computeCoverage(map, [kf]);
    const two = computeCoverage(map, [kf, ml]);
    expect(announcement([], [kf], one)).toBe(
      'Kubeflow selected: 2 of 4 stations covered (2 full, 0 partial)',
    );
    expect(announcement([kf], [kf, ml], two)).toBe(
      'MLflow selected: 3 of 4 stations covered (3 full, 0 partial)',
    );
    expect(announcement([kf, ml], [kf], one)).toBe(
      'MLflow deselected: 2 of 4 stations covered (2 full, 0 partial)',
    );
    expect(announcement([kf], [], undefined)).toBe('Kubeflow deselected: no solution selected');
    expect(announcement([kf, ml], [], undefined)).toBe('Selection cleared');
    expect(announcement([kf], [kf], one)).toBe('');
  });
});
