import { memo } from 'react';
import type { ZoneGeometry } from '../layout/geometry.ts';
import { roundedLoopsPath } from '../layout/zones/zone-path.ts';
import type { Theme } from './theme.ts';
import { zoneEdge, zoneFill } from './theme.ts';

interface Props {
  readonly zones: readonly ZoneGeometry[];
  readonly theme: Theme;
}

/**
 * Fare zones: each an area behind its stations (an octilinear outline with rounded corners,
 * holes left round other zones' ground), a soft fill and a clearer edge, the zone's name
 * inside.
 */
export const ZoneLayer = memo(function ZoneLayer({ zones, theme }: Props) {
  return (
    <g aria-hidden="true">
      {zones.map((zone, i) => (
        <g key={zone.id} data-zone-id={zone.id}>
          <path
            d={roundedLoopsPath([...zone.outlines, ...zone.holes], zone.corner)}
            fill={zoneFill(theme, i)}
            fillRule="evenodd"
            stroke={zoneEdge(theme, i)}
            strokeWidth={1.25}
            strokeLinejoin="round"
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
