import { useMemo } from 'react';
import type { Coverage } from '../coverage/coverage.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import { LabelLayer } from './label-layer.tsx';
import { LineLayer } from './line-layer.tsx';
import { StationLayer } from './station-layer.tsx';
import type { Theme } from './theme.ts';
import { ZoneLayer } from './zone-layer.tsx';

export interface MapDrawingProps {
  readonly map: TransitMap;
  readonly geometry: Geometry;
  readonly theme: Theme;
  readonly coverage?: Coverage | undefined;
  readonly selectedStation?: string | null;
  readonly onSelectStation?: ((id: string) => void) | undefined;
  readonly dimmedLines?: ReadonlySet<string>;
}

/**
 * The map itself — zones, lines, stations, labels — as SVG elements. The screen and every
 * export draw through this one component, so that they agree.
 */
export function MapDrawing(props: MapDrawingProps) {
  const { map, geometry, theme, coverage, selectedStation, onSelectStation, dimmedLines } = props;
  const labels = useMemo(() => new Map(map.stations.map((s) => [s.id, s.label])), [map]);
  const zoneFont = Math.max(11, (geometry.labels[0]?.fontSize ?? 13) * 0.95);
  return (
    <g>
      <ZoneLayer zones={geometry.zones} theme={theme} fontSize={zoneFont} />
      <LineLayer
        lines={geometry.lines}
        width={geometry.lineWidth}
        {...(dimmedLines ? { dimmed: dimmedLines } : {})}
      />
      <StationLayer
        stations={geometry.stations}
        labels={labels}
        theme={theme}
        coverage={coverage}
        selected={selectedStation ?? null}
        onSelect={onSelectStation}
      />
      <LabelLayer labels={geometry.labels} theme={theme} />
    </g>
  );
}
