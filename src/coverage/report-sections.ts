// The Markdown report's sections beyond the matrix: the requirement set and its blocking gaps,
// the seams of the selection, claims outside the map, each tool across maps, and when each
// tool's claims were checked. Pure text; every value from a file goes through markdownCell.
import type { Solution, TransitMap } from '../model/schema.ts';
import { crossMapText } from './cross-map.ts';
import type { CrossMapSummary } from './cross-map.ts';
import type { OffMapClaim } from './off-map.ts';
import type { RequirementsSummary } from './priorities.ts';
import { markdownCell, UNSOURCED } from './report.ts';
import type { SeamReport } from './seams.ts';

export interface ReportExtras {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
  readonly requirements?: { readonly title: string; readonly summary: RequirementsSummary };
  readonly seams?: SeamReport;
  readonly offMap?: ReadonlyMap<string, readonly OffMapClaim[]>;
  readonly crossMap?: CrossMapSummary;
}

const text = (value: string) => markdownCell(value).replace(/^([#>*+-]|\d+\.)/, '\\$1');
const link = (url: string) =>
  `[source](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;

/** The sections in Markdown, each under a "##" heading; empty when there is nothing to say. */
export function reportSections(extras: ReportExtras): string {
  const { map, selected } = extras;
  const labelOf = new Map(map.stations.map((s) => [s.id, s.label] as const));
  const nameOf = new Map(selected.map((s) => [s.id, s.name] as const));
  const station = (id: string) => text(labelOf.get(id) ?? id);
  const out: string[] = [];

  if (extras.requirements) {
    const { title, summary } = extras.requirements;
    out.push(`## Requirements: ${text(title)}`, '');
    out.push(`Must-haves covered fully: ${summary.mustCovered} of ${summary.mustTotal}.`, '');
    for (const count of summary.counts) {
      out.push(
        `- ${count.priority}: ${count.covered} of ${count.total} covered fully, ${count.partial} partially`,
      );
    }
    if (summary.blocking.length > 0) {
      out.push(
        '',
        `Blocking gaps (musts not covered fully): ${summary.blocking.map(station).join(', ')}.`,
      );
    }
    out.push('');
  }

  if (extras.seams && selected.length > 1) {
    const { seams } = extras;
    out.push(`## Seams: ${seams.open} open, ${seams.bridged} bridged`, '');
    for (const line of seams.lines.filter((l) => l.seams.length > 0)) {
      out.push(
        `- ${text(line.label)}: ${line.seams.length} ${line.seams.length === 1 ? 'seam' : 'seams'}`,
      );
    }
    for (const seam of seams.seams) {
      const by = (ids: readonly string[]) => ids.map((id) => text(nameOf.get(id) ?? id)).join(', ');
      const bridge = seam.bridges[0];
      const how = bridge
        ? `bridged: ${text(nameOf.get(bridge.from) ?? bridge.from)} integrates with ${text(nameOf.get(bridge.to) ?? bridge.to)}${bridge.note ? ` (${text(bridge.note)})` : ''} ${bridge.source ? link(bridge.source) : `(${UNSOURCED})`}`
        : 'open';
      out.push(
        `- ${station(seam.a)} (${by(seam.aBy)}) ~ ${station(seam.b)} (${by(seam.bBy)}): ${how}`,
      );
    }
    out.push('');
  }

  const outside = [...(extras.offMap ?? [])].filter(([, claims]) => claims.length > 0);
  if (outside.length > 0) {
    out.push('## Outside this map', '');
    for (const [id, claims] of outside) {
      const items = claims.map(
        (c) =>
          `${text(c.label)} (${c.level}${c.note ? `: ${text(c.note)}` : ''}; ${c.source ? link(c.source) : UNSOURCED})`,
      );
      out.push(`- ${text(nameOf.get(id) ?? id)}: ${items.join('; ')}`);
    }
    out.push('');
  }

  if (extras.crossMap && extras.crossMap.tools.length > 0) {
    const { tools, rows } = extras.crossMap;
    out.push('## Across maps', '');
    out.push(`| Map | ${tools.map((t) => text(t.name)).join(' | ')} |`);
    out.push(`| --- | ${tools.map(() => '---').join(' | ')} |`);
    for (const row of rows) {
      out.push(`| ${text(row.title)} | ${row.cells.map(crossMapText).join(' | ')} |`);
    }
    out.push('');
  }

  if (selected.length > 0) {
    out.push('## Evidence', '');
    for (const s of selected) {
      out.push(
        `- ${text(s.name)}: ${s.checked ? `claims checked ${s.checked}` : 'claims never checked'}${s.url ? `, ${text(s.url)}` : ''}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
