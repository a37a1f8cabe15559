// A line's stops as paths. Apart from the schema (schema.ts) so that the code that draws a map
// uses it without loading zod: the first page draws the bundled maps, parsed at build time.
import type { Line } from './schema.ts';

/** A line's stops as a list of paths, whichever form the file used. */
export function linePaths(line: Pick<Line, 'stops'>): string[][] {
  const stops = line.stops;
  if (stops.length === 0) return [];
  return typeof stops[0] === 'string' ? [stops as string[]] : (stops as string[][]);
}
