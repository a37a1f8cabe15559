// Colours and type for drawing the map. Applied as SVG presentation attributes, never CSS
// classes, so that an exported file looks the same wherever it is opened.

export interface Theme {
  readonly name: 'light' | 'dark';
  readonly background: string;
  readonly text: string;
  readonly mutedText: string;
  readonly halo: string;
  readonly stationFill: string;
  readonly stationStroke: string;
  readonly selection: string;
  readonly zoneFills: readonly string[];
  /** The edge of each zone's area, clearer than its fill. */
  readonly zoneEdges: readonly string[];
  readonly zoneText: string;
  readonly covered: string;
  readonly partial: string;
  readonly uncovered: string;
  readonly fontFamily: string;
}

export const FONT_STACK =
  "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

export const lightTheme: Theme = {
  name: 'light',
  background: '#ffffff',
  text: '#1b1b1f',
  mutedText: '#55585f',
  halo: '#ffffff',
  stationFill: '#ffffff',
  stationStroke: '#1b1b1f',
  selection: '#ffb000',
  zoneFills: ['#dceafa', '#f9e6d2', '#dcf0e3', '#eedff7', '#fbf0c6', '#d9eef1'],
  zoneEdges: ['#8db0dc', '#e0aa72', '#86c29e', '#bb9bd8', '#d6b94f', '#79bcc6'],
  zoneText: '#4a4f58',
  covered: '#1a7f37',
  partial: '#b35c00',
  uncovered: '#c4122f',
  fontFamily: FONT_STACK,
};

export const darkTheme: Theme = {
  name: 'dark',
  background: '#16181d',
  text: '#eceef2',
  mutedText: '#b3b8c2',
  halo: '#16181d',
  stationFill: '#16181d',
  stationStroke: '#eceef2',
  selection: '#ffc23d',
  // Lighter than the light theme's tints are dark: on a dark ground a 1.2:1 tint vanishes.
  zoneFills: ['#263d5c', '#4a3421', '#234631', '#3f2f52', '#463f1d', '#1f474b'],
  zoneEdges: ['#5f92d2', '#c98c4c', '#58ab7b', '#9c7bcb', '#b9a143', '#51a5ad'],
  zoneText: '#c4c8d0',
  covered: '#4cc26b',
  partial: '#f0a04b',
  uncovered: '#ff5c74',
  fontFamily: FONT_STACK,
};

export const zoneEdge = (theme: Theme, index: number): string =>
  theme.zoneEdges[index % theme.zoneEdges.length] ?? theme.zoneEdges[0] ?? '#999999';

export const zoneFill = (theme: Theme, index: number): string =>
  theme.zoneFills[index % theme.zoneFills.length] ?? theme.zoneFills[0] ?? '#eeeeee';
