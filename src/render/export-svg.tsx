// The SVG file of a view: ExportDocument rendered to markup, turned from HTML-ish into XML
// (entities, control characters), then through the safety pass. Same code in the browser
// and in the CLI.
import { renderToStaticMarkup } from 'react-dom/server';
import { computeCoverage } from '../coverage/coverage.ts';
import { stationPriorities } from '../coverage/priorities.ts';
import { computeSeams } from '../coverage/seams.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { Requirements, Solution, TransitMap } from '../model/schema.ts';
import { ExportDocument, exportFrame } from './export-document.tsx';
import type { LineStyle } from './line-styles.ts';
import { sanitizeSvg } from './svg-safety.ts';
import type { Theme } from './theme.ts';

export interface ExportInput {
  readonly map: TransitMap;
  readonly geometry: Geometry;
  readonly theme: Theme;
  /** The selected solutions, in order; empty for the bare map. */
  readonly solutions: readonly Solution[];
  /** Width of the picture in px; default its natural size. */
  readonly width?: number | undefined;
  /** Line colours and dash patterns as on screen (palette, patterns, contrast). */
  readonly lineStyles?: ReadonlyMap<string, LineStyle> | undefined;
  /** Lines drawn faintly because another is isolated on screen. */
  readonly dimmedLines?: ReadonlySet<string> | undefined;
  /** The map's active requirement set: priority rings, wont stations muted and left out. */
  readonly requirements?: Requirements | undefined;
}

export interface SvgExport {
  readonly svg: string;
  /** Size in CSS pixels (the width and height attributes). */
  readonly width: number;
  readonly height: number;
  /** What the safety pass removed: always empty unless a component went wrong. */
  readonly removed: readonly string[];
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The standalone SVG document of the view, as text (ASCII only, valid XML). */
export function exportSvg(input: ExportInput): SvgExport {
  const { map, geometry, theme, solutions, width, lineStyles, dimmedLines } = input;
  const active = input.requirements?.map === map.id ? input.requirements : undefined;
  const priorities = active ? stationPriorities(map, active) : undefined;
  const exclude = priorities?.excluded ?? new Set<string>();
  const on = solutions.length > 0;
  const coverage = on ? computeCoverage(map, solutions, { exclude }) : undefined;
  const seams = on ? computeSeams(map, solutions, exclude) : undefined;
  const props = {
    map,
    geometry,
    theme,
    solutions,
    coverage,
    width,
    lineStyles,
    dimmedLines,
    priorities,
    seams,
  };
  const frame = exportFrame(props);
  const markup = renderToStaticMarkup(<ExportDocument {...props} />);
  const safe = sanitizeSvg(`${XML_DECLARATION}\n${markup}\n`);
  const scale = width && width > 0 ? width / frame.width : 1;
  return {
    svg: safe.svg,
    width: Math.round(frame.width * scale),
    height: Math.round(frame.height * scale),
    removed: safe.removed,
  };
}
