// Writes a station's pinned `position` into a map's YAML source, or removes it, touching
// nothing else: every comment, blank line, quote and line break of the user's text stays.
// The edit is a small splice at ranges found through the `yaml` Document API (parsed with the
// same safe options as the loader); the result is checked by parsing it again, and if the
// splice did not give exactly the intended data, the Document API rewrites the whole text.
import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, DocumentOptions, Node, Pair, ParseOptions, SchemaOptions } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { GridPoint } from './schema.ts';

export type EditResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  version: '1.2',
  merge: false,
  uniqueKeys: true,
  strict: true,
  customTags: [],
  resolveKnownTags: false,
};

interface Target {
  readonly docs: Document[];
  readonly docIndex: number;
  readonly stationIndex: number;
  readonly station: YAMLMap;
}

const flowPoint = (p: GridPoint) => `{ x: ${p.x}, y: ${p.y} }`;

/** Sets (or, with `null`, removes) `position` of station `stationId` of map `mapId`. */
export function setStationPosition(
  text: string,
  mapId: string,
  stationId: string,
  position: GridPoint | null,
): EditResult {
  const found = findStation(text, mapId, stationId);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const expected = expectedData(found, position);
  const spliced = splice(text, found, position);
  if (spliced !== null && sameData(spliced, expected)) return { ok: true, text: spliced };
  const rewritten = rewrite(found, position);
  if (sameData(rewritten, expected)) return { ok: true, text: rewritten };
  return { ok: false, reason: 'the position could not be written into this YAML' };
}

/**
 * Writes `position` for every station named in `positions` (a station already pinned there
 * is left as it is), one careful edit at a time, so comments and formatting stay. Stations
 * the text lacks are skipped; the first edit that cannot be made stops with its reason.
 */
export function setStationPositions(
  text: string,
  mapId: string,
  positions: Readonly<Record<string, GridPoint>>,
): EditResult {
  let current = text;
  for (const [stationId, position] of Object.entries(positions)) {
    const found = findStation(current, mapId, stationId);
    if ('reason' in found) {
      if (found.reason === `station "${stationId}" is not in the map`) continue;
      return { ok: false, reason: found.reason };
    }
    const old = found.station.get('position', true);
    if (isMap(old) && old.get('x') === position.x && old.get('y') === position.y) continue;
    const result = setStationPosition(current, mapId, stationId, position);
    if (!result.ok) return result;
    current = result.text;
  }
  return { ok: true, text: current };
}

function findStation(text: string, mapId: string, stationId: string): Target | { reason: string } {
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, OPTIONS) as Document[];
  } catch {
    return { reason: 'the YAML could not be read' };
  }
  if (!Array.isArray(docs)) return { reason: 'the YAML holds no document' };
  if (docs.some((d) => d.errors.length > 0)) return { reason: 'fix the YAML errors first' };
  const docIndex = docs.findIndex((d) => d.get('kind') === 'map' && d.get('id') === mapId);
  const doc = docs[docIndex];
  if (!doc) return { reason: `map "${mapId}" is not in this text` };
  const stations = doc.get('stations', true);
  if (!isSeq(stations)) return { reason: 'the map has no list of stations' };
  const stationIndex = stations.items.findIndex((s) => isMap(s) && s.get('id') === stationId);
  const station = stations.items[stationIndex];
  if (!isMap(station)) return { reason: `station "${stationId}" is not in the map` };
  return { docs, docIndex, stationIndex, station };
}

/** The data every document should hold after the edit. */
function expectedData(target: Target, position: GridPoint | null): unknown[] {
  const data = target.docs.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown);
  const map = data[target.docIndex] as { stations: Record<string, unknown>[] };
  const station = map.stations[target.stationIndex];
  if (station) {
    if (position) station['position'] = { x: position.x, y: position.y };
    else delete station['position'];
  }
  return data;
}

function sameData(text: string, expected: unknown[]): boolean {
  try {
    const docs = parseAllDocuments(text, OPTIONS) as Document[];
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return false;
    const data = docs.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown);
    return JSON.stringify(data) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

const replaceAt = (text: string, from: number, to: number, insert: string) =>
  text.slice(0, from) + insert + text.slice(to);

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

function positionPair(station: YAMLMap): Pair | undefined {
  return station.items.find((p) => isScalar(p.key) && p.key.value === 'position');
}

/** The minimal text edit, or null when the source's shape is one it does not handle. */
function splice(text: string, target: Target, position: GridPoint | null): string | null {
  const { station } = target;
  const pair = positionPair(station);
  if (position && pair) return replacePosition(text, pair, position);
  if (position) return insertPosition(text, station, position);
  if (pair) return removePosition(text, station, pair);
  return text;
}

function replacePosition(text: string, pair: Pair, p: GridPoint): string | null {
  const value = pair.value as Node | null;
  if (isMap(value)) {
    const x = value.get('x', true);
    const y = value.get('y', true);
    if (isScalar(x) && isScalar(y) && x.range && y.range && value.items.length === 2) {
      const edits = [
        { range: x.range, text: String(p.x) },
        { range: y.range, text: String(p.y) },
      ].sort((a, b) => b.range[0] - a.range[0]);
      return edits.reduce((t, e) => replaceAt(t, e.range[0], e.range[1], e.text), text);
    }
  }
  if (!value?.range) return null;
  return replaceAt(text, value.range[0], value.range[1], flowPoint(p));
}

function insertPosition(text: string, station: YAMLMap, p: GridPoint): string | null {
  const range = station.range;
  const firstKey = station.items[0]?.key as Node | undefined;
  if (!range || !firstKey?.range) return null;
  if (station.flow) {
    const close = text.lastIndexOf('}', range[1]);
    if (close < range[0]) return null;
    return replaceAt(text, close, close, `, position: ${flowPoint(p)}`);
  }
  const indent = ' '.repeat(firstKey.range[0] - lineStart(text, firstKey.range[0]));
  const end = range[2];
  const line = `${indent}position: ${flowPoint(p)}`;
  if (text[end - 1] === '\n') return replaceAt(text, end, end, `${line}\n`);
  return replaceAt(text, end, end, `\n${line}`);
}

function removePosition(text: string, station: YAMLMap, pair: Pair): string | null {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range || !value?.range) return null;
  if (station.flow) {
    const before = text.slice(0, key.range[0]).search(/,\s*$/);
    if (before >= 0) return replaceAt(text, before, value.range[1], '');
    const after = /^\s*,\s*/.exec(text.slice(value.range[1]));
    return after ? replaceAt(text, key.range[0], value.range[1] + after[0].length, '') : null;
  }
  const start = lineStart(text, key.range[0]);
  if (text.slice(start, key.range[0]).trim() !== '') return null;
  let end = value.range[2];
  if (text[end - 1] !== '\n') {
    const newline = text.indexOf('\n', end);
    end = newline < 0 ? text.length : newline + 1;
  }
  return replaceAt(text, start, end, '');
}

/** The fallback: let the Document API set the value and print the documents again. */
function rewrite(target: Target, position: GridPoint | null): string {
  const { docs, docIndex, stationIndex } = target;
  const doc = docs[docIndex] as Document;
  const path = ['stations', stationIndex, 'position'];
  if (position) {
    const node = doc.createNode({ x: position.x, y: position.y });
    node.flow = true;
    doc.setIn(path, node);
  } else doc.deleteIn(path);
  const printed = docs.map((d) => d.toString({ lineWidth: 0 }));
  return printed.map((t, i) => (i === 0 || t.startsWith('---') ? t : `---\n${t}`)).join('');
}
