// The SVG file of a view: ExportDocument rendered to markup, turned from HTML-ish into XML
// (entities, control characters), then through the safety pass. Same code in the browser
// and in the CLI.
import { renderToStaticMarkup } from 'react-dom/server';
import { computeCoverage } from '../coverage/coverage.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
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
  const coverage = solutions.length > 0 ? computeCoverage(map, solutions) : undefined;
  const props = { map, geometry, theme, solutions, coverage, width, lineStyles, dimmedLines };
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
