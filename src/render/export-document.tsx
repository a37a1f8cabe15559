// A whole picture of the current view as one standalone <svg>: title, the map (drawn by the
// screen's own MapDrawing), and the key. Presentation attributes only — no CSS, no scripts,
// no external references — so it looks the same in a browser, Inkscape, Illustrator or Keynote.
import type { Coverage } from '../coverage/coverage.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { SeamReport } from '../coverage/seams.ts';
import { selectionSentence } from '../coverage/coverage-text.ts';
import type { Geometry } from '../layout/geometry.ts';
import { textWidth } from '../layout/labels/text.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import type { LineStyle } from './line-styles.ts';
import { MapDrawing } from './map-drawing.tsx';
import { legendSize, SvgLegend } from './svg-legend.tsx';
import type { Theme } from './theme.ts';

/** Around the map's bounds, as on screen (MapView). */
export const MAP_PADDING = 24;
const MARGIN = 32;
const TITLE_SIZE = 26;
const SUBTITLE_SIZE = 15;
const COLUMN_GAP = 40;

export interface ExportDocumentProps {
  readonly map: TransitMap;
  readonly geometry: Geometry;
  readonly theme: Theme;
  /** The selected solutions, in order (the overlay); empty for the bare map. */
  readonly solutions: readonly Solution[];
  readonly coverage?: Coverage | undefined;
  /** Width of the picture; the height follows. Default: its natural size (1 unit = 1 px). */
  readonly width?: number | undefined;
  /** Fill the box it is placed in (presentation mode) instead of a fixed size. */
  readonly fluid?: boolean;
  /** Line colours and dash patterns as on screen (palette, patterns, contrast). */
  readonly lineStyles?: ReadonlyMap<string, LineStyle> | undefined;
  /** Lines drawn faintly because another is isolated on screen. */
  readonly dimmedLines?: ReadonlySet<string> | undefined;
  /** Priority rings of the active requirement set, and the selection's seams. */
  readonly priorities?: StationPriorities | undefined;
  readonly seams?: SeamReport | undefined;
}

export interface ExportFrame {
  readonly width: number;
  readonly height: number;
  /** The map's own viewBox (the same as on screen) and where it sits in the picture. */
  readonly mapViewBox: readonly [number, number, number, number];
  readonly mapAt: { readonly x: number; readonly y: number };
  readonly legendAt: { readonly x: number; readonly y: number };
  readonly subtitle: string | null;
}

/** "Kubeflow + MLflow — 22 of 30 stations covered (18 full, 4 partial)"; null without an overlay. */
export function overlaySubtitle(
  solutions: readonly Solution[],
  coverage?: Coverage,
): string | null {
  if (!coverage || solutions.length === 0) return null;
  return selectionSentence(
    solutions.map((s) => s.name),
    coverage.totals,
  );
}

/** Where everything goes; pure, so the CLI and tests can reason about the picture's size. */
export function exportFrame(props: ExportDocumentProps): ExportFrame {
  const { map, geometry, theme, solutions, coverage } = props;
  const b = geometry.bounds;
  const mapViewBox = [
    Math.round(b.x - MAP_PADDING),
    Math.round(b.y - MAP_PADDING),
    Math.round(b.width + 2 * MAP_PADDING),
    Math.round(b.height + 2 * MAP_PADDING),
  ] as const;
  const stationRadius = geometry.stations.find((s) => s.marker.kind === 'dot')?.marker.r ?? 6;
  const { seams, priorities } = props;
  const legend = legendSize({ map, theme, solutions, coverage, stationRadius, seams, priorities });
  const subtitle = overlaySubtitle(solutions, coverage);
  const header = MARGIN + TITLE_SIZE + (subtitle ? SUBTITLE_SIZE + 12 : 0) + 16;
  const titleWidth = Math.max(
    textWidth(map.title, TITLE_SIZE) * 1.05,
    subtitle ? textWidth(subtitle, SUBTITLE_SIZE) : 0,
  );
  const body = mapViewBox[2] + COLUMN_GAP + legend.width;
  const width = Math.ceil(MARGIN * 2 + Math.max(body, titleWidth));
  const height = Math.ceil(header + Math.max(mapViewBox[3], legend.height) + MARGIN);
  return {
    width,
    height,
    mapViewBox,
    mapAt: { x: MARGIN, y: header },
    legendAt: { x: MARGIN + mapViewBox[2] + COLUMN_GAP, y: header },
    subtitle,
  };
}

export function ExportDocument(props: ExportDocumentProps) {
  const { map, geometry, theme, solutions, coverage, width, fluid, lineStyles, dimmedLines } =
    props;
  const frame = exportFrame(props);
  const scale = width && width > 0 ? width / frame.width : 1;
  const [vx, vy, vw, vh] = frame.mapViewBox;
  const names = solutions.map((s) => s.name).join(' + ');
  const stationRadius = geometry.stations.find((s) => s.marker.kind === 'dot')?.marker.r ?? 6;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      version="1.1"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      width={fluid ? '100%' : Math.round(frame.width * scale)}
      height={fluid ? '100%' : Math.round(frame.height * scale)}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      data-testid="export-document"
    >
      <title>{names ? `${map.title} \u2014 ${names}` : map.title}</title>
      {map.description && <desc>{map.description}</desc>}
      <rect x={0} y={0} width={frame.width} height={frame.height} fill={theme.background} />
      <g fontFamily={theme.fontFamily}>
        <text
          x={MARGIN}
          y={MARGIN + TITLE_SIZE * 0.8}
          fill={theme.text}
          fontSize={TITLE_SIZE}
          fontWeight={700}
          data-testid="export-title"
        >
          {map.title}
        </text>
        {frame.subtitle && (
          <text
            x={MARGIN}
            y={MARGIN + TITLE_SIZE + 12 + SUBTITLE_SIZE * 0.8}
            fill={theme.mutedText}
            fontSize={SUBTITLE_SIZE}
            data-testid="export-subtitle"
          >
            {frame.subtitle}
          </text>
        )}
      </g>
      <svg
        x={frame.mapAt.x}
        y={frame.mapAt.y}
        width={vw}
        height={vh}
        viewBox={`${vx} ${vy} ${vw} ${vh}`}
        overflow="visible"
        data-testid="export-map"
      >
        <rect x={vx} y={vy} width={vw} height={vh} fill={theme.background} />
        <MapDrawing
          map={map}
          geometry={geometry}
          theme={theme}
          coverage={coverage}
          lineStyles={lineStyles}
          {...(dimmedLines ? { dimmedLines } : {})}
          priorities={props.priorities}
          seams={props.seams}
        />
      </svg>
      <g transform={`translate(${frame.legendAt.x} ${frame.legendAt.y})`}>
        <SvgLegend
          map={map}
          theme={theme}
          solutions={solutions}
          coverage={coverage}
          stationRadius={stationRadius}
          lineStyles={lineStyles}
          seams={props.seams}
          priorities={props.priorities}
        />
      </g>
    </svg>
  );
}
