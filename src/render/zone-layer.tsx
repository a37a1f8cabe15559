import { memo } from 'react';
import type { ZoneGeometry } from '../layout/geometry.ts';
import type { Theme } from './theme.ts';
import { zoneFill } from './theme.ts';

interface Props {
  readonly zones: readonly ZoneGeometry[];
  readonly theme: Theme;
  readonly fontSize: number;
}

/** Soft shaded regions behind each zone's stations, with the zone's name. */
export const ZoneLayer = memo(function ZoneLayer({ zones, theme, fontSize }: Props) {
  return (
    <g aria-hidden="true">
      {zones.map((zone, i) => (
        <g key={zone.id} data-zone-id={zone.id}>
          <path d={zone.d} fill={zoneFill(theme, i)} stroke="none" />
          <text
            x={zone.labelAnchor.x}
            y={zone.labelAnchor.y}
            fill={theme.zoneText}
            fontFamily={theme.fontFamily}
            fontSize={fontSize}
            fontWeight={700}
            letterSpacing={0.6}
          >
            {zone.label.toUpperCase()}
          </text>
        </g>
      ))}
    </g>
  );
});
