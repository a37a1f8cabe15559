// The map's key as SVG (for exports and presentation): lines, zones, symbols, and while an
// overlay is active its solutions and the coverage symbols, drawn by the map's own
// station component so that the key and the map can never disagree.
import type { ReactNode } from 'react';
import type { Coverage, StationState } from '../coverage/coverage.ts';
import { PRIORITIES, PRIORITY_LABEL } from '../coverage/priorities.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { SeamReport } from '../coverage/seams.ts';
import { textWidth } from '../layout/labels/text.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import type { LineStyle } from './line-styles.ts';
import { PriorityMark, SeamSymbol } from './evaluation-layers.tsx';
import { Marker } from './marker.tsx';
import { CoverageSymbol, OverlapSymbol } from './svg-key-symbols.tsx';
import type { Theme } from './theme.ts';
import { zoneFill } from './theme.ts';

export const LEGEND_ROW = 24;
const HEADING = 30;
const GAP = 14;
const SWATCH = 34;
const FONT = 14;
const MAX_CHARS = 44;

export interface LegendProps {
  readonly map: TransitMap;
  readonly theme: Theme;
  /** The selected solutions, in order; empty without an overlay. */
  readonly solutions: readonly Solution[];
  readonly coverage?: Coverage | undefined;
  /** Radius of a station dot on the map. */
  readonly stationRadius: number;
  /** Line colours and dash patterns as on the map. */
  readonly lineStyles?: ReadonlyMap<string, LineStyle> | undefined;
  /** The selection's seams and the active requirement set's priorities, as on the map. */
  readonly seams?: SeamReport | undefined;
  readonly priorities?: StationPriorities | undefined;
}

interface Row {
  readonly key: string;
  readonly text: string;
  readonly heading?: boolean;
  readonly symbol?: (cy: number) => ReactNode;
}

const clip = (text: string) =>
  text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}\u2026` : text;

function rows(props: LegendProps): Row[] {
  const { map, theme, solutions, coverage, stationRadius: r, lineStyles } = props;
  const out: Row[] = [{ key: 'h-lines', text: 'Lines', heading: true }];
  for (const line of map.lines) {
    out.push({
      key: `line-${line.id}`,
      text: line.label,
      symbol: (cy) => (
        <line
          x1={4}
          y1={cy}
          x2={SWATCH - 4}
          y2={cy}
          stroke={lineStyles?.get(line.id)?.color ?? line.color}
          strokeWidth={6}
          strokeDasharray={lineStyles?.get(line.id)?.dash}
          strokeLinecap="round"
        />
      ),
    });
  }
  if (map.zones.length > 0) out.push({ key: 'h-zones', text: 'Zones', heading: true });
  map.zones.forEach((zone, i) =>
    out.push({
      key: `zone-${zone.id}`,
      text: zone.label,
      symbol: (cy) => (
        <rect x={2} y={cy - 8} width={SWATCH - 4} height={16} rx={4} fill={zoneFill(theme, i)} />
      ),
    }),
  );
  const mid = SWATCH / 2;
  out.push(
    { key: 'h-symbols', text: 'Symbols', heading: true },
    {
      key: 'station',
      text: 'Station (component)',
      symbol: (cy) => (
        <Marker
          a={{ x: mid, y: cy }}
          b={{ x: mid, y: cy }}
          r={r}
          fill={theme.stationFill}
          stroke={theme.stationStroke}
          strokeWidth={2.5}
        />
      ),
    },
    {
      key: 'interchange',
      text: 'Interchange (lines meet)',
      symbol: (cy) => (
        <Marker
          a={{ x: mid - 8, y: cy }}
          b={{ x: mid + 8, y: cy }}
          r={r + 1}
          fill={theme.stationFill}
          stroke={theme.stationStroke}
          strokeWidth={2.5}
        />
      ),
    },
  );
  if (coverage && solutions.length > 0) {
    const t = coverage.totals;
    const state = (s: StationState) => (cy: number) => (
      <CoverageSymbol state={s} x={mid} y={cy} r={r} theme={theme} />
    );
    out.push(
      {
        key: 'h-overlay',
        text: solutions.length > 1 ? 'Solutions (stacked)' : 'Solution',
        heading: true,
      },
      ...solutions.map((s) => ({ key: `sol-${s.id}`, text: s.name })),
      { key: 'covered', text: `Fully covered: ${t.covered}`, symbol: state('covered') },
      { key: 'partial', text: `Partly covered: ${t.partial}`, symbol: state('partial') },
      { key: 'uncovered', text: `Not covered: ${t.uncovered}`, symbol: state('uncovered') },
    );
    if (coverage.overlaps.length > 0) {
      out.push({
        key: 'overlap',
        text: `Claimed by several: ${coverage.overlaps.length}`,
        symbol: (cy) => <OverlapSymbol x={mid} y={cy} theme={theme} count={2} />,
      });
    }
  }
  const { seams, priorities } = props;
  if (seams && seams.seams.length > 0) {
    out.push({
      key: 'open-seam',
      text: `Seam, open: ${seams.open}`,
      symbol: (cy) => <SeamSymbol at={{ x: mid, y: cy }} bridged={false} theme={theme} />,
    });
    if (seams.bridged > 0)
      out.push({
        key: 'bridged-seam',
        text: `Seam, bridged: ${seams.bridged}`,
        symbol: (cy) => <SeamSymbol at={{ x: mid, y: cy }} bridged theme={theme} />,
      });
  }
  if (priorities) {
    out.push({ key: 'h-priorities', text: 'Priorities', heading: true });
    for (const p of PRIORITIES) {
      out.push({
        key: `priority-${p}`,
        text: p === 'wont' ? `${PRIORITY_LABEL[p]} (muted, left out)` : PRIORITY_LABEL[p],
        // Scaled down so that the outer ring fits its row.
        symbol: (cy) => (
          <g transform={`translate(${mid} ${cy}) scale(0.7) translate(${-mid} ${-cy})`}>
            <Marker
              a={{ x: mid, y: cy }}
              b={{ x: mid, y: cy }}
              r={r}
              fill={theme.stationFill}
              stroke={theme.stationStroke}
              strokeWidth={2.5}
            />
            <PriorityMark
              priority={p}
              a={{ x: mid, y: cy }}
              b={{ x: mid, y: cy }}
              r={r}
              theme={theme}
            />
          </g>
        ),
      });
    }
  }
  return out;
}

/** The legend's size, for laying out the export around it. */
export function legendSize(props: LegendProps): { width: number; height: number } {
  const all = rows(props);
  const height = all.reduce((h, row) => h + (row.heading ? HEADING : LEGEND_ROW), 0);
  const width = all.reduce(
    (w, row) => Math.max(w, SWATCH + 10 + textWidth(clip(row.text), row.heading ? 12 : FONT)),
    180,
  );
  return { width: Math.ceil(width), height: Math.ceil(height + GAP) };
}

/** The key, drawn from (0, 0) downwards; place it with a transform. */
export function SvgLegend(props: LegendProps) {
  const { theme } = props;
  const all = rows(props);
  const tops = all.map((_, i) =>
    all.slice(0, i).reduce((h, r) => h + (r.heading ? HEADING : LEGEND_ROW), 0),
  );
  return (
    <g data-testid="export-legend" fontFamily={theme.fontFamily}>
      {all.map((row, i) => {
        const top = tops[i] ?? 0;
        if (row.heading) {
          return (
            <text
              key={row.key}
              x={0}
              y={top + HEADING - 10}
              fill={theme.mutedText}
              fontSize={12}
              fontWeight={700}
              letterSpacing={1}
            >
              {row.text.toUpperCase()}
            </text>
          );
        }
        const cy = top + LEGEND_ROW / 2;
        return (
          <g key={row.key} data-legend-item={row.key}>
            {row.symbol?.(cy)}
            <text
              x={row.symbol ? SWATCH + 10 : 0}
              y={cy + 5}
              fill={theme.text}
              fontSize={FONT}
              fontWeight={row.key.startsWith('sol-') ? 700 : 400}
            >
              {clip(row.text)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
