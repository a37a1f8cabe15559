// One tool across maps: the same solution id on several maps is the same tool. Its coverage on
// each map, side by side ("Kubeflow: system 11 of 30 · workflow 6 of 24").
import type { Solution, TransitMap } from '../model/schema.ts';
import { solutionStats } from './coverage.ts';

export interface CrossMapCell {
  readonly solutionId: string;
  /** Null where the tool has no solution on this map. */
  readonly stats: {
    readonly full: number;
    readonly partial: number;
    readonly total: number;
  } | null;
}

export interface CrossMapRow {
  readonly mapId: string;
  readonly title: string;
  /** One per tool asked for, in that order. */
  readonly cells: readonly CrossMapCell[];
}

export interface CrossMapTool {
  readonly id: string;
  /** The name on the first map that has the tool. */
  readonly name: string;
}

export interface CrossMapSummary {
  readonly tools: readonly CrossMapTool[];
  /** One row per map, in the order given. */
  readonly rows: readonly CrossMapRow[];
}

/** The coverage of each tool in `toolIds` on each of `maps`. */
export function crossMapSummary(
  maps: readonly TransitMap[],
  solutions: readonly Solution[],
  toolIds: readonly string[],
): CrossMapSummary {
  const ids = [...new Set(toolIds)];
  const find = (mapId: string, id: string) => solutions.find((s) => s.map === mapId && s.id === id);
  const tools = ids.map((id): CrossMapTool => {
    const named = maps.map((m) => find(m.id, id)).find((s) => s !== undefined);
    return { id, name: named?.name ?? id };
  });
  const rows = maps.map((map): CrossMapRow => ({
    mapId: map.id,
    title: map.title,
    cells: ids.map((solutionId): CrossMapCell => {
      const solution = find(map.id, solutionId);
      if (!solution) return { solutionId, stats: null };
      const { full, partial, total } = solutionStats(map, solution);
      return { solutionId, stats: { full, partial, total } };
    }),
  }));
  return { tools, rows };
}

/** "11 of 30" (full and partial claims of all stations), or "—" where the tool is absent. */
export function crossMapText(cell: CrossMapCell): string {
  if (!cell.stats) return '—';
  return `${cell.stats.full + cell.stats.partial} of ${cell.stats.total}`;
}
