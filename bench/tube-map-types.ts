// The input format of d3-tube-map (from its README and src/map.js), for the bench only.

export interface TubeMapNode {
  /** Integer grid coordinates, y up. */
  coords: [number, number];
  /** The station drawn at this node, a key of `stations`. */
  name?: string;
  /** Where the label sits: a compass direction. */
  labelPos?: string;
  marker?: 'station' | 'interchange';
}

export interface TubeMapLine {
  name: string;
  color: string;
  shiftCoords: [number, number];
  nodes: TubeMapNode[];
}

export interface TubeMapData {
  stations: Record<string, { label: string }>;
  lines: TubeMapLine[];
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
