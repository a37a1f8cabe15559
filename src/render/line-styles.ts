// Line colours and patterns beyond the map file's own: a colour-blind-safe palette
// (Okabe & Ito, "Color Universal Design", 2008) and dash patterns, so that lines can be told
// apart without relying on colour at all. Plain data; LineLayer and the legend draw it.
import { withContrast } from './contrast.ts';

export type LinePalette = 'map' | 'okabe-ito';

export interface LineStyle {
  readonly color: string;
  /** An SVG stroke-dasharray in map pixels; absent for a solid line. */
  readonly dash?: string;
}

/**
 * Okabe–Ito, ordered for a light background: the strongest first, yellow (weak on white)
 * last. On a dark background black is swapped for white.
 */
export const OKABE_ITO: readonly string[] = [
  '#0072b2', // blue
  '#e69f00', // orange
  '#009e73', // bluish green
  '#d55e00', // vermillion
  '#cc79a7', // reddish purple
  '#56b4e9', // sky blue
  '#000000', // black
  '#f0e442', // yellow
];

export function okabeIto(index: number, background: 'light' | 'dark'): string {
  const colour = OKABE_ITO[index % OKABE_ITO.length] ?? '#000000';
  return background === 'dark' && colour === '#000000' ? '#ffffff' : colour;
}

/**
 * Dash patterns in multiples of the line width `w`, drawn with round caps: each dash grows
 * by `w` and each gap shrinks by `w`, so a 0-length dash is a dot.
 */
const PATTERNS: readonly ((w: number) => string | undefined)[] = [
  () => undefined, // solid
  (w) => `${2 * w} ${2 * w}`, // dashed
  (w) => `0 ${2 * w}`, // dotted
  (w) => `${3 * w} ${2 * w} 0 ${2 * w}`, // dash-dot
  (w) => `${5 * w} ${2.2 * w}`, // long dash
  (w) => `${3 * w} ${2 * w} 0 ${2 * w} 0 ${2 * w}`, // dash-dot-dot
  (w) => `${0.6 * w} ${1.8 * w}`, // short dash
];

export const PATTERN_NAMES: readonly string[] = [
  'solid',
  'dashed',
  'dotted',
  'dash-dot',
  'long dash',
  'dash-dot-dot',
  'short dash',
];

const round = (s: string | undefined) =>
  s?.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));

export function lineDash(index: number, width: number): string | undefined {
  return round(PATTERNS[index % PATTERNS.length]?.(width));
}

export interface LineStyleOptions {
  readonly palette: LinePalette;
  readonly patterns: boolean;
  readonly background: 'light' | 'dark';
  /** The map's background colour: every line keeps at least 3:1 against it. */
  readonly backgroundColor?: string;
  readonly width: number;
}

/** The style of each line, by id, in map order; undefined when nothing differs from the file. */
export function lineStyles(
  lines: readonly { readonly id: string; readonly color: string }[],
  options: LineStyleOptions,
): ReadonlyMap<string, LineStyle> | undefined {
  const bg = options.backgroundColor;
  let changed = false;
  const styles = new Map(
    lines.map((line, i): [string, LineStyle] => {
      const chosen = options.palette === 'okabe-ito' ? okabeIto(i, options.background) : line.color;
      const color = bg ? withContrast(chosen, bg) : chosen;
      const dash = options.patterns ? lineDash(i, options.width) : undefined;
      if (color !== line.color || dash) changed = true;
      return [line.id, dash ? { color, dash } : { color }];
    }),
  );
  return changed ? styles : undefined;
}
