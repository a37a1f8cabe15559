import { memo } from 'react';
import type { ZoneGeometry } from '../layout/geometry.ts';
import { smoothLoopsPath } from '../layout/zones/zone-path.ts';
import type { Theme } from './theme.ts';
import { zoneFill } from './theme.ts';

interface Props {
  readonly zones: readonly ZoneGeometry[];
  readonly theme: Theme;
}

/**
 * Soft shaded regions behind each zone's stations (a smooth curve through each outline,
 * holes left round other zones' stations), with the zone's name.
 */
export const ZoneLayer = memo(function ZoneLayer({ zones, theme }: Props) {
  return (
    <g aria-hidden="true">
      {zones.map((zone, i) => (
        <g key={zone.id} data-zone-id={zone.id}>
          <path
            d={smoothLoopsPath([...zone.outlines, ...zone.holes])}
            fill={zoneFill(theme, i)}
            fillRule="evenodd"
            stroke="none"
          />
          <text
            x={zone.labelAnchor.x}
            y={zone.labelAnchor.y}
            fill={theme.zoneText}
            fontFamily={theme.fontFamily}
            fontSize={zone.fontSize}
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
