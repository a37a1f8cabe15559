// Seams: where the selected stack hands work from one tool to another. A connection of the map
// (two consecutive stops of a line) is a seam when each of its two stations is claimed by some
// selected solution but no single selected solution claims both. A seam is bridged when a tool
// at one end declares an integration with a tool at the other (either side may declare it).
import { linePaths } from '../model/line-paths.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { resolveClaims, uniqueSolutions } from './claims.ts';

/** The two station ids of a connection, sorted, joined by "~": the seam's name in the DOM. */
export const seamKey = (a: string, b: string): string => (a < b ? `${a}~${b}` : `${b}~${a}`);

export interface Bridge {
  /** The solution that declares the integration. */
  readonly from: string;
  readonly to: string;
  readonly note?: string;
  readonly source?: string;
}

export interface Seam {
  readonly key: string;
  /** The two stations, sorted as in the key. */
  readonly a: string;
  readonly b: string;
  /** The lines that run along this connection, in map order. */
  readonly lineIds: readonly string[];
  /** The selected solutions claiming `a` and `b`, in selection order. */
  readonly aBy: readonly string[];
  readonly bBy: readonly string[];
  /** The declared integrations that bridge it; empty for an open seam. */
  readonly bridges: readonly Bridge[];
  readonly bridged: boolean;
}

export interface LineSeams {
  readonly lineId: string;
  readonly label: string;
  /** Keys of the seams along this line, in the order the line meets them. */
  readonly seams: readonly string[];
  readonly open: number;
}

export interface SeamReport {
  /** In the order the map's lines meet them (first line first). */
  readonly seams: readonly Seam[];
  readonly open: number;
  readonly bridged: number;
  /** Every line of the map, in map order, with its seams (possibly none). */
  readonly lines: readonly LineSeams[];
}

/** Each connection of the map once: sorted pair of distinct, declared stations -> its lines. */
export function connections(map: TransitMap): Map<string, string[]> {
  const known = new Set(map.stations.map((s) => s.id));
  const lines = new Map<string, string[]>();
  for (const line of map.lines) {
    for (const path of linePaths(line)) {
      for (let i = 1; i < path.length; i += 1) {
        const a = path[i - 1] as string;
        const b = path[i] as string;
        if (a === b || !known.has(a) || !known.has(b)) continue;
        const key = seamKey(a, b);
        const list = lines.get(key) ?? [];
        if (!list.includes(line.id)) list.push(line.id);
        lines.set(key, list);
      }
    }
  }
  return lines;
}

/** Every integration as an unordered pair of solution ids, with what declared it. */
function integrationsOf(selected: readonly Solution[]): Map<string, Bridge[]> {
  const pairs = new Map<string, Bridge[]>();
  for (const solution of selected) {
    for (const integration of solution.integrations ?? []) {
      if (integration.with === solution.id) continue;
      const key = seamKey(solution.id, integration.with);
      const bridge: Bridge = {
        from: solution.id,
        to: integration.with,
        ...(integration.note !== undefined ? { note: integration.note } : {}),
        ...(integration.source !== undefined ? { source: integration.source } : {}),
      };
      pairs.set(key, [...(pairs.get(key) ?? []), bridge]);
    }
  }
  return pairs;
}

/**
 * The seams of `map` for the selected `solutions` (claims at any level count). Stations in
 * `exclude` (a requirement set's `wont`) take part in no seam.
 */
export function computeSeams(
  map: TransitMap,
  solutions: readonly Solution[],
  exclude: ReadonlySet<string> = new Set(),
): SeamReport {
  const selected = uniqueSolutions(solutions);
  const claimedBy = new Map<string, string[]>();
  for (const solution of selected) {
    for (const stationId of resolveClaims(solution).keys()) {
      claimedBy.set(stationId, [...(claimedBy.get(stationId) ?? []), solution.id]);
    }
  }
  const pairs = integrationsOf(selected);
  const seams: Seam[] = [];
  for (const [key, lineIds] of connections(map)) {
    const [a = '', b = ''] = key.split('~');
    if (exclude.has(a) || exclude.has(b)) continue;
    const aBy = claimedBy.get(a) ?? [];
    const bBy = claimedBy.get(b) ?? [];
    if (aBy.length === 0 || bBy.length === 0 || aBy.some((id) => bBy.includes(id))) continue;
    const bridges = aBy.flatMap((x) => bBy.flatMap((y) => pairs.get(seamKey(x, y)) ?? []));
    seams.push({ key, a, b, lineIds, aBy, bBy, bridges, bridged: bridges.length > 0 });
  }
  const byKey = new Map(seams.map((seam) => [seam.key, seam]));
  const lines = map.lines.map((line): LineSeams => {
    const keys = seams.filter((seam) => seam.lineIds.includes(line.id)).map((seam) => seam.key);
    const open = keys.filter((key) => byKey.get(key)?.bridged === false).length;
    return { lineId: line.id, label: line.label, seams: keys, open };
  });
  const open = seams.filter((seam) => !seam.bridged).length;
  return { seams, open, bridged: seams.length - open, lines };
}
