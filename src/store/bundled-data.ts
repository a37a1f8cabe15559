// The shape of `virtual:bundled-data`, the bundled maps compiled at build time
// (scripts/vite-bundled-data.ts).
import type { Geometry } from '../layout/geometry.ts';
import type { Requirements, Solution, TransitMap } from '../model/schema.ts';

export interface BundledMap {
  readonly map: TransitMap;
  /** The YAML text, as the editor shows it. */
  readonly source: string;
  /** The file name under maps/. */
  readonly name: string;
  /** The layout with the default options, in a production build (the worker's result). */
  readonly geometry?: Geometry;
}

export interface BundledData {
  /** The default map first. */
  readonly maps: readonly BundledMap[];
  readonly solutions: readonly Solution[];
  /** Requirement sets (maps/requirements/), loaded but not active. */
  readonly requirements: readonly Requirements[];
}
