// d3-tube-map ships no types; this is the little of its API the bench uses.
declare module 'd3-tube-map' {
  import type { Selection } from 'd3-selection';
  import type { Margin, TubeMapData } from './tube-map-types.ts';

  export interface TubeMap {
    (selection: Selection<HTMLDivElement, TubeMapData, null, undefined>): void;
    width(width: number): TubeMap;
    height(height: number): TubeMap;
    margin(margin: Margin): TubeMap;
  }

  export function tubeMap(): TubeMap;
}
