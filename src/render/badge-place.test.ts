import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../coverage/coverage.ts';
import type { Box, Geometry } from '../layout/geometry.ts';
import { layoutMap } from '../layout/layout.ts';
import { loadText } from '../model/load.ts';
import { badgeBox, placeBadges } from './badge-place.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const hit = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeBadges', () => {
  it('puts no badge on a label on the default map with every bundled tool selected', () => {
    const map = loadText(read('maps/ml-system.yaml')).maps[0];
    if (!map) throw new Error('no map');
    const files = ['kubeflow', 'mlflow', 'sagemaker', 'vertex-ai', 'azure-ml', 'databricks'];
    const solutions = files.flatMap(
      (f) => loadText(read(`maps/solutions/${f}.yaml`), { maps: [map] }).solutions,
    );
    const geometry = layoutMap(map);
    for (const n of [2, 3, files.length]) {
      const coverage = computeCoverage(map, solutions.slice(0, n));
      const at = placeBadges(geometry, coverage.overlaps);
      expect([...at.keys()].sort()).toEqual([...coverage.overlaps].sort());
      const boxes = [...at.values()].map((p) => badgeBox(p));
      for (const [i, box] of boxes.entries()) {
        for (const label of geometry.labels)
          expect(hit(box, label.box), label.stationId).toBe(false);
        for (const other of boxes.slice(i + 1)) expect(hit(box, other)).toBe(false);
      }
    }
  });

  it('moves a badge off a label that sits where it would go first', () => {
    const station = { id: 's', x: 0, y: 0, grid: { gx: 0, gy: 0 }, lines: [], interchange: false };
    const geometry: Pick<Geometry, 'stations' | 'labels'> = {
      stations: [{ ...station, pinned: false, marker: { kind: 'dot', r: 6 } }],
      labels: [
        {
          stationId: 's',
          rows: ['Label'],
          anchor: { x: 10, y: -4 },
          textAnchor: 'start',
          direction: 'NE',
          fontSize: 13,
          rowHeight: 15,
          box: { x: 8, y: -30, width: 60, height: 26 },
        },
      ],
    };
    const p = placeBadges(geometry, ['s']).get('s');
    expect(p).toBeDefined();
    if (!p) return;
    expect(hit(badgeBox(p), geometry.labels[0]?.box ?? badgeBox(p))).toBe(false);
    expect(Math.hypot(p.x, p.y)).toBeLessThan(20);
  });
});
