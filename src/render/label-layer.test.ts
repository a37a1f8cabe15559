import { describe, expect, it } from 'vitest';
import type { LabelGeometry } from '../layout/geometry.ts';
import { rowText } from './label-layer.tsx';

function label(textAnchor: LabelGeometry['textAnchor'], rows: string[]): LabelGeometry {
  return {
    stationId: 's',
    rows,
    anchor: { x: 0, y: 0 },
    textAnchor,
    direction: 'E',
    fontSize: 12,
    rowHeight: 14.4,
    box: { x: 0, y: 0, width: 50, height: 28.8 },
  };
}

describe('wrapped label rows', () => {
  it('read as the whole name, the space placed where it moves no glyph', () => {
    const rows = ['Feature', 'store'];
    const text = (l: LabelGeometry): string => l.rows.map((_, i) => rowText(l, i)).join('');
    for (const anchor of ['start', 'middle', 'end'] as const)
      expect(text(label(anchor, rows))).toBe('Feature store');
    expect(rowText(label('start', rows), 0)).toBe('Feature ');
    expect(rowText(label('end', rows), 1)).toBe(' store');
    expect(rowText(label('end', ['Ingestion']), 0)).toBe('Ingestion');
  });
});
