// Every message of the file-format converters, in one place. Each names the offending id or
// feature and says what would be right.

const q = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

export const formatMessages = {
  notJson: (detail: string) => `not a JSON file: ${detail}`,
  notFeatureCollection: (found: string) =>
    `expected a GeoJSON FeatureCollection ("type": "FeatureCollection" with "features": [...]), found ${found}`,
  noFeatures: () => 'the FeatureCollection has no "features" list; add one',
  notFeature: (index: number) =>
    `feature ${index} is not a GeoJSON Feature with "geometry" and "properties"`,
  unknownGeometry: (index: number, type: string) =>
    `feature ${index} is a ${q(type)}; a LOOM line graph has only Point (node) and LineString (edge) features`,
  nodeWithoutId: (index: number) =>
    `node (Point feature ${index}) has no "id" property; give every node an id that edges can name`,
  duplicateNode: (id: string) => `node ${q(id)} appears twice; node ids must be unique`,
  edgeEnd: (index: number, end: 'from' | 'to') =>
    `edge (LineString feature ${index}) has no "${end}" property naming a node`,
  edgeToMissingNode: (index: number, end: 'from' | 'to', id: string) =>
    `edge (LineString feature ${index}) goes ${end} node ${q(id)}, which no Point feature declares; add the node or fix the id`,
  edgeWithoutLines: (index: number) =>
    `edge (LineString feature ${index}) has no "lines" list; give it [{ "id": ..., "label": ..., "color": ... }]`,
  lineWithoutId: (index: number, position: number) =>
    `line ${position} of edge (LineString feature ${index}) has no "id"; every line needs one`,
  badColor: (id: string, color: string) =>
    `line ${q(id)} has the colour ${q(color)}; use hex like "0098d4" or "#0098d4" (drawn grey meanwhile)`,
  noLines: () => 'the file holds no edge with a line on it, so there is no map to draw',
  lineTooShort: (id: string) =>
    `line ${q(id)} runs along no edge between two stations; it was left out`,
};
