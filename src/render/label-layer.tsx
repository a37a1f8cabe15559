import { Fragment, memo } from 'react';
import type { LabelGeometry } from '../layout/geometry.ts';
import type { Theme } from './theme.ts';

interface Props {
  readonly labels: readonly LabelGeometry[];
  readonly theme: Theme;
  readonly emphasis?: ReadonlySet<string>;
}

/**
 * Station names, with a halo so that they stay legible over lines and zones; a name set
 * further off is joined to its station by a thin leader.
 */
export const LabelLayer = memo(function LabelLayer({ labels, theme, emphasis }: Props) {
  return (
    <g fontFamily={theme.fontFamily} fill={theme.text} aria-hidden="true">
      {labels.map((label) => (
        <Fragment key={label.stationId}>
          {label.leader && (
            <line
              data-leader-for={label.stationId}
              x1={label.leader[0].x}
              y1={label.leader[0].y}
              x2={label.leader[1].x}
              y2={label.leader[1].y}
              stroke={theme.mutedText}
              strokeWidth={1}
              strokeLinecap="round"
            />
          )}
          <text
            data-label-for={label.stationId}
            x={label.anchor.x}
            y={label.anchor.y}
            fontSize={label.fontSize}
            fontWeight={emphasis?.has(label.stationId) ? 700 : 500}
            textAnchor={label.textAnchor}
            stroke={theme.halo}
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {label.rows.map((row, i) => (
              <tspan key={i} x={label.anchor.x} dy={i === 0 ? 0 : label.rowHeight}>
                {rowText(label, i)}
              </tspan>
            ))}
          </text>
        </Fragment>
      ))}
    </g>
  );
});

/**
 * A wrapped name still reads as one name in the text (search, copy, an exported file): the
 * space between its rows goes where it moves no glyph, after a row set from its start or
 * before a row set to its end (a centred row moves by half a space).
 */
export function rowText(label: LabelGeometry, i: number): string {
  const row = label.rows[i] ?? '';
  const last = i === label.rows.length - 1;
  if (label.textAnchor === 'start') return last ? row : `${row} `;
  return i === 0 ? row : ` ${row}`;
}
