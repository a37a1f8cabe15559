import { useMemo } from 'react';
import type { Coverage } from '../coverage/coverage.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { SeamReport } from '../coverage/seams.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import { PriorityLayer, SeamLayer } from './evaluation-layers.tsx';
import { placeBadges } from './badge-place.ts';
import { LabelLayer } from './label-layer.tsx';
import { LineLayer } from './line-layer.tsx';
import type { LineStyle } from './line-styles.ts';
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
  /** Per line: colour and dash pattern replacing the file's (see line-styles.ts). */
  readonly lineStyles?: ReadonlyMap<string, LineStyle> | undefined;
  /** Per station: its accessible name (label, zone, lines, coverage) on screen. */
  readonly stationNames?: ReadonlyMap<string, string> | undefined;
  /** The one station reached by Tab (roving focus); the arrows move between the others. */
  readonly tabStop?: string | null;
  /** The active requirement set's priorities: rings round the stations, wont muted. */
  readonly priorities?: StationPriorities | undefined;
  /** The selection's seams, drawn on their stretch of track. */
  readonly seams?: SeamReport | undefined;
}

/**
 * The map itself — zones, lines, stations, labels — as SVG elements. The screen and every
 * export draw through this one component, so that they agree.
 */
export function MapDrawing(props: MapDrawingProps) {
  const { map, geometry, theme, coverage, selectedStation, onSelectStation, dimmedLines } = props;
  const { lineStyles, stationNames, tabStop, priorities, seams } = props;
  const labels = useMemo(() => new Map(map.stations.map((s) => [s.id, s.label])), [map]);
  const badges = useMemo(
    () => (coverage ? placeBadges(geometry, coverage.overlaps) : undefined),
    [geometry, coverage],
  );
  return (
    <g>
      <ZoneLayer zones={geometry.zones} theme={theme} />
      <LineLayer
        lines={geometry.lines}
        width={geometry.lineWidth}
        {...(dimmedLines ? { dimmed: dimmedLines } : {})}
        styles={lineStyles}
      />
      {seams && seams.seams.length > 0 && (
        <SeamLayer seams={seams} geometry={geometry} theme={theme} />
      )}
      {priorities && (
        <PriorityLayer
          stations={geometry.stations}
          priorities={priorities}
          theme={theme}
          part="rings"
        />
      )}
      <StationLayer
        stations={geometry.stations}
        labels={labels}
        theme={theme}
        coverage={coverage}
        selected={selectedStation ?? null}
        onSelect={onSelectStation}
        names={stationNames}
        tabStop={tabStop ?? null}
        badges={badges}
      />
      {priorities && (
        <PriorityLayer
          stations={geometry.stations}
          priorities={priorities}
          theme={theme}
          part="veils"
        />
      )}
      <LabelLayer labels={geometry.labels} theme={theme} />
    </g>
  );
}
