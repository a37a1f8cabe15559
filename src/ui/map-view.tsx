import { useEffect, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import type { Coverage } from '../coverage/coverage.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { SeamReport } from '../coverage/seams.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import { LEGIBLE_PX } from '../render/label-lod.ts';
import { MapDrawing } from '../render/map-drawing.tsx';
import type { LineStyle } from '../render/line-styles.ts';
import type { Theme } from '../render/theme.ts';
import type { GridPoint } from '../model/schema.ts';
import type { FocusRequest, MapZoom } from '../store/types.ts';
import { DragGhost } from './editor/drag-ghost.tsx';
import { useStationDrag } from './editor/use-station-drag.ts';
import { useLabelLod } from './use-label-lod.ts';
import { useMapKeyboard } from './use-map-keyboard.ts';
import { padded } from './fit-frame.ts';
import { freeArea, useFit } from './use-fit.ts';
import { transformPlacing, viewBoxPlacement } from './visible-area.ts';

interface Props {
  readonly map: TransitMap;
  readonly geometry: Geometry;
  readonly theme: Theme;
  readonly coverage?: Coverage | undefined;
  readonly selectedStation: string | null;
  readonly onSelectStation: (id: string | null) => void;
  /** Changes when the view should fit the whole map on screen. */
  readonly fitRequest: number;
  /** Changes when a station should be brought to the centre of the view. */
  readonly focusRequest?: FocusRequest | null;
  /** Lines drawn faintly (another is isolated in the legend). */
  readonly dimmedLines?: ReadonlySet<string> | undefined;
  readonly lineStyles?: ReadonlyMap<string, LineStyle> | undefined;
  /** Accessible names of the stations; the id of the map's text description. */
  readonly stationNames?: ReadonlyMap<string, string> | undefined;
  readonly describedBy?: string | undefined;
  readonly priorities?: StationPriorities | undefined;
  readonly seams?: SeamReport | undefined;
  /** No station drag (the embed view): pan, zoom and click only. */
  readonly readOnly?: boolean | undefined;
  /** A station was dragged to a grid point (not called when read-only). */
  readonly onMoveStation?: ((stationId: string, position: GridPoint) => void) | undefined;
  /** A pan or zoom gesture ended here. */
  readonly onZoomEnd?: ((zoom: MapZoom) => void) | undefined;
  /** The view to show the first time, instead of fitting the map (a reload's last view). */
  readonly savedZoom?: MapZoom | null | undefined;
}

const ignore = () => undefined;

const PADDING = 24;

/** d3-zoom's default filter, except that a press on a station starts a drag, not a pan. */
const zoomFilter = (event: MouseEvent) => {
  const onStation =
    event.type !== 'wheel' &&
    event.target instanceof Element &&
    event.target.closest('[data-station-id]') !== null;
  return !onStation && (!event.ctrlKey || event.type === 'wheel') && !event.button;
};

/**
 * The map on screen. React owns every node; d3-zoom is only the pan-and-zoom behaviour,
 * attached to the SVG in an effect and torn down with it. The viewBox is the map's bounds,
 * so the identity transform is "fit to screen".
 */
export function MapView(props: Props) {
  const { map, geometry, theme, coverage, selectedStation, onSelectStation, fitRequest } = props;
  const { focusRequest, dimmedLines, lineStyles, stationNames, describedBy, readOnly } = props;
  const { priorities, seams, onMoveStation = ignore, onZoomEnd = ignore, savedZoom } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  // The latest callbacks and first view, for effects that run once per map or gesture.
  const callbacks = useRef({ onZoomEnd, savedZoom });
  useEffect(() => {
    callbacks.current = { onZoomEnd, savedZoom };
  }, [onZoomEnd, savedZoom]);
  const mapId = useRef(map.id);
  const { drag, handlers } = useStationDrag(svgRef, transform, geometry, onMoveStation);
  const keyboard = useMapKeyboard(svgRef, behaviour, geometry, selectedStation, onSelectStation);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 12])
      .filter(zoomFilter)
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform))
      // Told at the end of each gesture (the app keeps it, so a reload brings the view back).
      .on('end', ({ transform: t }: { transform: ZoomTransform }) =>
        callbacks.current.onZoomEnd({ mapId: mapId.current, k: t.k, x: t.x, y: t.y }),
      );
    behaviour.current = zoomer;
    const selection = select(svg);
    selection.call(zoomer).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, []);

  useEffect(() => {
    mapId.current = map.id;
  }, [map.id]);

  const b = geometry.bounds;
  const viewBox = padded(b, PADDING);
  useFit(svgRef, behaviour, geometry, PADDING, fitRequest, map.id, callbacks);

  useEffect(() => {
    const svg = svgRef.current;
    const found = geometry.stations.find((s) => s.id === focusRequest?.stationId);
    const toward = geometry.stations.find((s) => s.id === focusRequest?.toward);
    if (!svg || !behaviour.current || !found) return;
    // A connection (a seam): the point halfway between its two stations.
    const station = toward ? { x: (found.x + toward.x) / 2, y: (found.y + toward.y) / 2 } : found;
    const b = geometry.bounds;
    // The middle of the part of the map no panel covers (header, key, details).
    const { view, free } = freeArea(svg);
    // Close enough for the names to be legible (a phone needs more than a desktop).
    const legibleK =
      LEGIBLE_PX / ((geometry.labels[0]?.fontSize ?? 12) * viewBoxPlacement(viewBox, view).scale);
    const k = Math.min(
      12,
      Math.max(1.5, legibleK * 1.05, Math.min(4, b.width / (geometry.gridSize * 10))),
    );
    const middle = { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 };
    const p = transformPlacing(station, middle, k, viewBox, view);
    const t = zoomIdentity.translate(p.x, p.y).scale(p.k);
    behaviour.current.transform(select(svg), t);
    // Only a new request moves the view; a new geometry alone does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  // Labels too small to read are not drawn (render/label-lod.ts).
  const size = [viewBox.width, viewBox.height] as const;
  const lod = useLabelLod(svgRef, geometry, size, transform.k);
  return (
    <svg
      ref={svgRef}
      data-testid="transit-map"
      data-labels={lod.labels}
      data-zone-labels={lod.zoneLabels ? 'shown' : 'hidden'}
      className={drag ? 'map-svg dragging' : 'map-svg'}
      viewBox={[viewBox.x, viewBox.y, viewBox.width, viewBox.height]
        .map((n) => Math.round(n))
        .join(' ')}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label={`Transit map: ${map.title}`}
      aria-describedby={describedBy}
      aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Enter Escape"
      onKeyDown={keyboard.onKeyDown}
      onFocus={keyboard.onFocus}
      onClick={(e) => {
        if (e.target === e.currentTarget) onSelectStation(null);
      }}
      {...(readOnly ? {} : handlers)}
    >
      <rect
        x={viewBox.x}
        y={viewBox.y}
        width={viewBox.width}
        height={viewBox.height}
        fill={theme.background}
        onClick={() => onSelectStation(null)}
      />
      <g transform={transform.toString()}>
        <MapDrawing
          map={map}
          geometry={lod.geometry}
          theme={theme}
          coverage={coverage}
          selectedStation={selectedStation}
          onSelectStation={onSelectStation}
          {...(dimmedLines ? { dimmedLines } : {})}
          lineStyles={lineStyles}
          stationNames={stationNames}
          tabStop={keyboard.tabStop}
          priorities={priorities}
          seams={seams}
        />
        {drag && <DragGhost drag={drag} geometry={geometry} theme={theme} />}
      </g>
    </svg>
  );
}
