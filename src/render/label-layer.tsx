import { memo } from 'react';
import type { LabelGeometry } from '../layout/geometry.ts';
import type { Theme } from './theme.ts';

interface Props {
  readonly labels: readonly LabelGeometry[];
  readonly theme: Theme;
  readonly emphasis?: ReadonlySet<string>;
}

/** Station names, with a halo so that they stay legible over lines and zones. */
export const LabelLayer = memo(function LabelLayer({ labels, theme, emphasis }: Props) {
  return (
    <g fontFamily={theme.fontFamily} fill={theme.text} aria-hidden="true">
      {labels.map((label) => (
        <text
          key={label.stationId}
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
              {row}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
});
