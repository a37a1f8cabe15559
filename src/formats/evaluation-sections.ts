// The evaluation's sections of the HTML report — requirements, seams, claims outside the map,
// each tool across maps, evidence — as plain-text sections for report-html.ts (which escapes
// every cell). The same facts as the Markdown report's (coverage/report-sections.ts).
import type { CrossMapSummary } from '../coverage/cross-map.ts';
import { crossMapText } from '../coverage/cross-map.ts';
import type { OffMapClaim } from '../coverage/off-map.ts';
import type { RequirementsSummary } from '../coverage/priorities.ts';
import { UNSOURCED } from '../coverage/report.ts';
import type { SeamReport } from '../coverage/seams.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import type { ClaimSources, ReportSection } from './report-html.ts';

export interface EvaluationExtras {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
  readonly requirements?: { readonly title: string; readonly summary: RequirementsSummary };
  readonly seams?: SeamReport;
  readonly offMap?: ReadonlyMap<string, readonly OffMapClaim[]>;
  readonly crossMap?: CrossMapSummary;
}

export function evaluationSections(extras: EvaluationExtras): ReportSection[] {
  const { map, selected } = extras;
  const labelOf = new Map(map.stations.map((s) => [s.id, s.label] as const));
  const nameOf = new Map(selected.map((s) => [s.id, s.name] as const));
  const station = (id: string) => labelOf.get(id) ?? id;
  const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join(', ');
  const out: ReportSection[] = [];
  if (extras.requirements) {
    const { title, summary } = extras.requirements;
    out.push({
      id: 'requirements',
      title: `Requirements: ${title}`,
      paragraphs: [
        `Must-haves covered fully: ${summary.mustCovered} of ${summary.mustTotal}.`,
        ...(summary.blocking.length > 0
          ? [
              `Blocking gaps (musts not covered fully): ${summary.blocking.map(station).join(', ')}.`,
            ]
          : []),
      ],
      table: {
        head: ['Priority', 'Covered fully', 'Partly', 'Stations'],
        rows: summary.counts.map((c) => [c.priority, `${c.covered}`, `${c.partial}`, `${c.total}`]),
      },
    });
  }
  if (extras.seams && selected.length > 1) {
    const { seams } = extras;
    out.push({
      id: 'seams',
      title: `Seams: ${seams.open} open, ${seams.bridged} bridged`,
      paragraphs: seams.lines
        .filter((l) => l.seams.length > 0)
        .map((l) => `${l.label}: ${l.seams.length} ${l.seams.length === 1 ? 'seam' : 'seams'}`),
      table: {
        head: ['From', 'By', 'To', 'By', 'State'],
        rows: seams.seams.map((s) => {
          const bridge = s.bridges[0];
          const state = bridge
            ? `bridged: ${nameOf.get(bridge.from) ?? bridge.from} integrates with ${nameOf.get(bridge.to) ?? bridge.to}${bridge.note ? ` (${bridge.note})` : ''}; ${bridge.source ?? UNSOURCED}`
            : 'open';
          return [station(s.a), names(s.aBy), station(s.b), names(s.bBy), state];
        }),
      },
    });
  }
  const outside = [...(extras.offMap ?? [])].filter(([, claims]) => claims.length > 0);
  if (outside.length > 0)
    out.push({
      id: 'off-map',
      title: 'Outside this map',
      table: {
        head: ['Tool', 'Claim', 'Level', 'Note', 'Source'],
        rows: outside.flatMap(([id, claims]) =>
          claims.map((c) => [
            nameOf.get(id) ?? id,
            c.label,
            c.level,
            c.note ?? '',
            c.source ?? UNSOURCED,
          ]),
        ),
      },
    });
  if (extras.crossMap && extras.crossMap.tools.length > 0) {
    const { tools, rows } = extras.crossMap;
    out.push({
      id: 'cross-map',
      title: 'Across maps',
      table: {
        head: ['Map', ...tools.map((t) => t.name)],
        rows: rows.map((r) => [r.title, ...r.cells.map(crossMapText)]),
      },
    });
  }
  if (selected.length > 0)
    out.push({
      id: 'evidence',
      title: 'Evidence',
      paragraphs: selected.map(
        (s) => `${s.name}: ${s.checked ? `claims checked ${s.checked}` : 'claims never checked'}`,
      ),
    });
  return out;
}

/** Each selected tool's claim sources, by station. */
export function claimSources(selected: readonly Solution[]): ClaimSources {
  return new Map(
    selected.map((s) => [
      s.id,
      new Map(
        s.covers.flatMap((c) =>
          typeof c === 'object' && c.source ? [[c.station, c.source] as const] : [],
        ),
      ),
    ]),
  );
}
