// The layout's output: plain data that the renderer draws and the quality module measures.
// All coordinates are SVG user units ("map pixels" at zoom 1) unless a name says grid.

/** A point in map pixels (SVG user units at zoom 1). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A point in grid units: one unit is one cell of the octilinear grid. */
export interface GridPoint {
  readonly gx: number;
  readonly gy: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The eight compass directions of an octilinear drawing; screen y grows downwards. */
export type Direction = 'E' | 'NE' | 'N' | 'NW' | 'W' | 'SW' | 'S' | 'SE';

export interface StationGeometry {
  readonly id: string;
  /** Centre of the station (the centre of its bundle). */
  readonly x: number;
  readonly y: number;
  readonly grid: GridPoint;
  /** Ids of the lines that stop here, in map order. */
  readonly lines: readonly string[];
  /** On two or more lines. */
  readonly interchange: boolean;
  readonly pinned: boolean;
  /**
   * The marker to draw: a dot for a simple stop, a capsule (a rounded bar from a to b,
   * spanning every line of the bundle) for an interchange.
   */
  readonly marker:
    | { readonly kind: 'dot'; readonly r: number }
    | { readonly kind: 'capsule'; readonly a: Point; readonly b: Point; readonly r: number };
}

/** One continuous drawn path of a line (a line with branches has several). */
export interface LinePathGeometry {
  /** The stops of this path, in order (a loop ends where it began). */
  readonly stations: readonly string[];
  /** The polyline as drawn, with the line's offset in each bundle already applied. */
  readonly points: readonly Point[];
  /** For each entry of `stations`, the index in `points` of the point drawn at that stop. */
  readonly stationPoints: readonly number[];
}

export interface LineGeometry {
  readonly id: string;
  readonly color: string;
  readonly paths: readonly LinePathGeometry[];
}

export interface LabelGeometry {
  readonly stationId: string;
  /** One or two rows of text (long labels wrap). */
  readonly rows: readonly string[];
  /** Where the first row's baseline anchor sits. */
  readonly anchor: Point;
  readonly textAnchor: 'start' | 'middle' | 'end';
  readonly direction: Direction;
  readonly fontSize: number;
  readonly rowHeight: number;
  /** The box the text occupies (approximate metrics; no DOM is used to measure). */
  readonly box: Box;
  /**
   * A short thin line from the station's marker to the label, for a label set further off
   * than its neighbours (where nothing nearer was free); absent for a label beside its station.
   */
  readonly leader?: readonly [Point, Point];
}

export interface ZoneGeometry {
  readonly id: string;
  readonly label: string;
  /**
   * The area's outer boundaries, one per connected piece, largest first: octilinear
   * polygons, drawn with their corners rounded by `corner` (see zones/zone-path.ts).
   */
  readonly outlines: readonly (readonly Point[])[];
  /** Holes left in the area round other zones' ground (drawn with the even–odd rule). */
  readonly holes: readonly (readonly Point[])[];
  /** Radius of the outline's rounded corners. */
  readonly corner: number;
  /** Where the zone's name (in capitals) starts, on its baseline. */
  readonly labelAnchor: Point;
  /** The box the zone's name occupies (approximate metrics). */
  readonly labelBox: Box;
  readonly fontSize: number;
}

export interface Geometry {
  readonly stations: readonly StationGeometry[];
  readonly lines: readonly LineGeometry[];
  readonly labels: readonly LabelGeometry[];
  readonly zones: readonly ZoneGeometry[];
  /** Encloses everything drawn, labels and zones included. */
  readonly bounds: Box;
  /** Size of one grid cell in map pixels. */
  readonly gridSize: number;
  /** Distance between the centres of two parallel lines on shared track. */
  readonly lineSpacing: number;
  /** Width of each drawn line. */
  readonly lineWidth: number;
  /**
   * What the layout could not do as asked, said plainly (a station with more edges than
   * directions, edges that must cross, pins on one spot, the time limit); empty when none.
   */
  readonly notes?: readonly string[];
}

/** Where a station was drawn before an edit (its `grid`), for an incremental re-layout. */
export interface PreviousStation {
  readonly gx: number;
  readonly gy: number;
  /** It was pinned by the map then (so if it is not now, it was just unpinned). */
  readonly pinned?: boolean | undefined;
}

export interface LayoutOptions {
  /** Seed of every random choice; the same seed gives the same geometry. */
  readonly seed?: number;
  readonly gridSize?: number;
  readonly lineSpacing?: number;
  readonly lineWidth?: number;
  readonly fontSize?: number;
  /**
   * The drawing before an edit, by station id: stations the edit does not concern stay
   * where they were (stable/hold.ts). Without it the map is laid out afresh.
   */
  readonly previous?: Readonly<Record<string, PreviousStation>> | undefined;
  /**
   * Milliseconds the layout may take before it settles for what it has (the optional
   * stages are skipped; the drawing stays valid). Undefined: no limit.
   */
  readonly timeLimit?: number | undefined;
}
