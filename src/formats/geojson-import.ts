// LOOM's GeoJSON line graph -> a map (as data and as YAML text), with every problem located in
// the GeoJSON text. Coordinates are dropped: our layout places the stations. See the README
// ("GeoJSON line graph") for the rules: which nodes become stations, how lines are rebuilt.
import { stringify } from 'yaml';
import { parseYaml } from '../model/parse-yaml.ts';
import type { ParsedDocument } from '../model/parse-yaml.ts';
import { hasErrors, problem, sortProblems } from '../model/problem.ts';
import type { Problem, ProblemPath, Severity } from '../model/problem.ts';
import type { TransitMapInput } from '../model/schema.ts';
import { rebuildPaths } from './line-graph-paths.ts';
import type { GraphEdge } from './line-graph-paths.ts';
import { formatMessages as m } from './messages.ts';
import { uniqueSlugs } from './slug.ts';

export interface GeoJsonImport {
  /** The map, or null when the file has errors (then nothing should be opened). */
  readonly map: TransitMapInput | null;
  /** The map as the YAML text of a map file, the form the app edits and saves. */
  readonly yaml: string | null;
  readonly problems: readonly Problem[];
}

export interface ImportOptions {
  /** The map's id (a valid id: lower case, digits, dashes); default from the file. */
  readonly id: string;
  readonly title: string;
}

/** Grey, for a line whose colour cannot be read. */
export const FALLBACK_COLOR = '#777777';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** An id as LOOM writes it: a string, or a number. */
const idOf = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== ''
    ? v.trim()
    : typeof v === 'number' && Number.isFinite(v)
      ? String(v)
      : undefined;
const textOf = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : idOf(v);

function colourOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const digits = value.trim().replace(/^#/, '');
  return /^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(digits) ? `#${digits.toLowerCase()}` : undefined;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return `an object of type ${JSON.stringify(String(value['type']))}`;
  return `the value ${JSON.stringify(value)}`;
}

interface Node {
  readonly id: string;
  readonly stationId?: string;
  readonly label?: string;
}

interface LineInfo {
  readonly id: string;
  label: string;
  color: string;
}

export function importGeoJson(text: string, options: ImportOptions): GeoJsonImport {
  const parsed = parseYaml(text);
  const problems: Problem[] = [...parsed.problems];
  const doc = parsed.documents[0];
  const fail = (): GeoJsonImport => ({ map: null, yaml: null, problems: sortProblems(problems) });
  if (hasErrors(problems) || !doc) return fail();
  const at = (severity: Severity, message: string, path: ProblemPath) =>
    problems.push(problem(message, { path, ...doc.locate(path) }, severity));

  const root = doc.value;
  if (!isObject(root) || root['type'] !== 'FeatureCollection') {
    at('error', m.notFeatureCollection(describe(root)), isObject(root) ? ['type'] : []);
    return fail();
  }
  const features = root['features'];
  if (!Array.isArray(features)) {
    at('error', m.noFeatures(), ['features']);
    return fail();
  }

  const nodes = new Map<string, Node>();
  const edgeFeatures: { index: number; props: Json }[] = [];
  features.forEach((feature: unknown, index) => {
    const path = ['features', index];
    const geometry = isObject(feature) ? feature['geometry'] : undefined;
    const props = isObject(feature) ? feature['properties'] : undefined;
    if (!isObject(feature) || !isObject(geometry) || !isObject(props)) {
      at('error', m.notFeature(index), path);
      return;
    }
    if (geometry['type'] === 'LineString') {
      edgeFeatures.push({ index, props });
      return;
    }
    if (geometry['type'] !== 'Point') {
      at('warning', m.unknownGeometry(index, String(geometry['type'])), [
        ...path,
        'geometry',
        'type',
      ]);
      return;
    }
    const id = idOf(props['id']);
    if (id === undefined) return void at('error', m.nodeWithoutId(index), [...path, 'properties']);
    if (nodes.has(id)) return void at('error', m.duplicateNode(id), [...path, 'properties', 'id']);
    const stationId = idOf(props['station_id']);
    const label = textOf(props['station_label']);
    nodes.set(id, {
      id,
      ...(stationId === undefined ? {} : { stationId }),
      ...(label === undefined ? {} : { label }),
    });
  });

  const edges: GraphEdge[] = [];
  const lines = new Map<string, LineInfo>();
  for (const { index, props } of edgeFeatures) {
    const path = ['features', index, 'properties'];
    const ends = (['from', 'to'] as const).map((end) => {
      const id = idOf(props[end]);
      if (id === undefined) at('error', m.edgeEnd(index, end), path);
      else if (!nodes.has(id)) at('error', m.edgeToMissingNode(index, end, id), [...path, end]);
      else return id;
      return undefined;
    });
    const onEdge = props['lines'];
    if (!Array.isArray(onEdge)) {
      at('error', m.edgeWithoutLines(index), path);
      continue;
    }
    const ids: string[] = [];
    onEdge.forEach((line: unknown, position) => {
      const linePath = [...path, 'lines', position];
      const id = isObject(line) ? idOf(line['id']) : undefined;
      if (!isObject(line) || id === undefined) {
        at('error', m.lineWithoutId(index, position), linePath);
        return;
      }
      ids.push(id);
      if (lines.has(id)) return;
      const color = colourOf(line['color']);
      if (color === undefined)
        at('warning', m.badColor(id, String(line['color'])), [...linePath, 'color']);
      lines.set(id, { id, label: textOf(line['label']) ?? id, color: color ?? FALLBACK_COLOR });
    });
    const [from, to] = ends;
    if (from !== undefined && to !== undefined && from !== to) edges.push({ from, to, lines: ids });
  }
  if (hasErrors(problems)) return fail();
  if (lines.size === 0) {
    at('error', m.noLines(), ['features']);
    return fail();
  }
  return build(doc, problems, nodes, edges, lines, options);
}

function build(
  doc: ParsedDocument,
  problems: Problem[],
  nodes: ReadonlyMap<string, Node>,
  edges: readonly GraphEdge[],
  lines: ReadonlyMap<string, LineInfo>,
  options: ImportOptions,
): GeoJsonImport {
  const rebuilt = rebuildPaths(
    edges,
    [...lines.keys()],
    (id) => nodes.get(id)?.stationId !== undefined,
  );
  const used = [...rebuilt.stations].filter((id) => nodes.has(id));
  const stationIds = uniqueSlugs(
    used.map((id) => nodes.get(id)?.stationId ?? id),
    'station',
  );
  const stationOf = new Map(used.map((id, i) => [id, stationIds[i] as string] as const));
  const lineIds = uniqueSlugs([...lines.keys()], 'line');
  const mapLines: TransitMapInput['lines'] = [];
  [...lines.values()].forEach((line, i) => {
    const paths = (rebuilt.paths.get(line.id) ?? []).map((p) =>
      p.map((node) => stationOf.get(node) as string),
    );
    if (paths.length === 0) {
      const message = m.lineTooShort(line.id);
      problems.push(
        problem(message, { path: ['features'], ...doc.locate(['features']) }, 'warning'),
      );
      return;
    }
    const stops = paths.length === 1 ? (paths[0] as string[]) : paths;
    mapLines.push({ id: lineIds[i] as string, label: line.label, color: line.color, stops });
  });
  const map: TransitMapInput = {
    kind: 'map',
    id: options.id,
    title: options.title,
    lines: mapLines,
    stations: used.map((id) => {
      const node = nodes.get(id);
      return { id: stationOf.get(id) as string, label: node?.label ?? node?.stationId ?? id };
    }),
  };
  const header = `# Imported from a LOOM GeoJSON line graph; the layout places the stations.\n`;
  return { map, yaml: header + stringify(map, { lineWidth: 0 }), problems: sortProblems(problems) };
}
