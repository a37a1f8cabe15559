// The exported SVG carries the evaluation: seams on their stretch of track and priority rings,
// drawn by the same components as the screen, and still safe and well-formed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layout.ts';
import { loadText } from '../model/load.ts';
import { exportSvg } from './export-svg.tsx';
import { findUnsafe } from './svg-safety.ts';
import { darkTheme, lightTheme } from './theme.ts';
import { xmlError } from './xml-wellformed.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('exported evaluation', () => {
  const map = loadText(read('maps/ml-system.yaml')).maps[0];
  if (!map) throw new Error('no default map');
  const solutions = ['kubeflow', 'mlflow'].flatMap(
    (id) => loadText(read(`maps/solutions/${id}.yaml`), { maps: [map] }).solutions,
  );
  const requirements = loadText(read('maps/requirements/acme-2027.yaml'), { maps: [map] })
    .requirements[0];
  const geometry = layoutMap(map);

  it.each([lightTheme, darkTheme])('draws seams and priorities in the $name theme', (theme) => {
    const { svg } = exportSvg({ map, geometry, theme, solutions, requirements });
    const seams = [...svg.matchAll(/data-seam="([^"]+)"/g)].map((m) => m[1]);
    expect(seams.sort()).toEqual([
      'hyperparameter-tuning~model-validation',
      'model-validation~training',
    ]);
    expect(svg).toContain('data-priority-for="serving" data-priority="must"');
    expect(svg).toContain('data-priority-for="labeling" data-priority="wont"');
    expect(svg).toContain(theme.name === 'dark' ? '#ff7ae0' : '#c2007a');
    expect(svg).toContain('data-legend-item="open-seam"');
    expect(svg).toContain('data-legend-item="priority-must"');
    expect(xmlError(svg)).toBeNull();
    expect(findUnsafe(svg)).toEqual([]);
  });

  it('draws no seam and no ring without a selection or a requirement set', () => {
    const { svg } = exportSvg({ map, geometry, theme: lightTheme, solutions: [] });
    expect(svg).not.toContain('data-seam');
    expect(svg).not.toContain('data-priority');
    expect(svg).not.toContain('data-legend-item="priority-must"');
  });
});
