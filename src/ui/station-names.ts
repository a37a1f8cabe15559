// Words for screen readers: each station's accessible name, the map as text, and what to
// announce when the overlay changes. Pure functions over the model and coverage.
import type { Coverage } from '../coverage/coverage.ts';
import { coverageSentence } from '../coverage/coverage-text.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { linePaths } from '../model/line-paths.ts';

const list = (items: readonly string[]) => items.join(', ');

/** "Training, zone Production pipelines, interchange of 3 lines: Data, Model, Feedback; covered by Kubeflow". */
export function stationNames(
  map: TransitMap,
  coverage: Coverage | undefined,
  solutions: readonly Pick<Solution, 'id' | 'name'>[],
): Map<string, string> {
  const zones = new Map(map.zones.map((z) => [z.id, z.label]));
  const nameOf = (id: string) => solutions.find((s) => s.id === id)?.name ?? id;
  const linesAt = new Map<string, string[]>();
  for (const line of map.lines) {
    const at = new Set(linePaths(line).flat());
    for (const id of at) linesAt.set(id, [...(linesAt.get(id) ?? []), line.label]);
  }
  return new Map(
    map.stations.map((s) => {
      const parts = [s.label];
      const zone = s.zone ? zones.get(s.zone) : undefined;
      if (zone) parts.push(`zone ${zone}`);
      const lines = linesAt.get(s.id) ?? [];
      if (lines.length > 1) parts.push(`interchange of ${lines.length} lines: ${list(lines)}`);
      else if (lines.length === 1) parts.push(`${lines[0] ?? ''} line`);
      const c = coverage?.byStation.get(s.id);
      if (c) {
        parts.push(
          c.by.length === 0
            ? 'not covered'
            : `${c.state === 'partial' ? 'partly covered' : 'covered'} by ${list(
                c.by.map(
                  (b) => `${nameOf(b.solutionId)}${b.level === 'partial' ? ' (partial)' : ''}`,
                ),
              )}`,
        );
      }
      return [s.id, parts.join(', ')];
    }),
  );
}

export interface LineText {
  readonly id: string;
  readonly label: string;
  readonly loop: boolean;
  /** Station labels of each path, in order. */
  readonly paths: readonly (readonly string[])[];
}

/** Each line with its stations in order: the text alternative of the drawing. */
export function linesAsText(map: TransitMap): LineText[] {
  const label = new Map(map.stations.map((s) => [s.id, s.label]));
  return map.lines.map((line) => {
    const paths = linePaths(line);
    const loop = paths.some((p) => p.length > 2 && p[0] === p[p.length - 1]);
    return {
      id: line.id,
      label: line.label,
      loop,
      paths: paths.map((p) =>
        (loop && p[0] === p[p.length - 1] ? p.slice(0, -1) : p).map((id) => label.get(id) ?? id),
      ),
    };
  });
}

/** What to say when the selection changes: "Kubeflow selected: 14 of 30 stations covered (10 full, 4 partial)". */
export function announcement(
  before: readonly Pick<Solution, 'id' | 'name'>[],
  selected: readonly Pick<Solution, 'id' | 'name'>[],
  coverage: Coverage | undefined,
): string {
  const now = selected.map((s) => s.id);
  const added = selected.filter((s) => !before.some((b) => b.id === s.id));
  const removed = before.filter((b) => !now.includes(b.id));
  const t = coverage?.totals;
  const status = t ? coverageSentence(t) : 'no solution selected';
  if (added.length === 1 && removed.length === 0)
    return `${added[0]?.name ?? ''} selected: ${status}`;
  if (removed.length === 1 && added.length === 0)
    return `${removed[0]?.name ?? ''} deselected: ${status}`;
  if (added.length === 0 && removed.length === 0) return '';
  return now.length === 0 ? 'Selection cleared' : `${now.length} solutions selected: ${status}`;
}
