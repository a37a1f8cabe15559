// What an evaluation adds to the map: seams on the track (where the stack hands work from one
// tool to another) and each station's priority under the active requirement set. Presentation
// attributes only, so that the screen and every export agree.
import { memo } from 'react';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { SeamReport } from '../coverage/seams.ts';
import type { Geometry, Point, StationGeometry } from '../layout/geometry.ts';
import type { Priority } from '../model/schema.ts';
import { Marker } from './marker.tsx';
import { polylineData } from './path-data.ts';
import { seamStretch } from './seam-geometry.ts';
import { stadiumPath } from './stadium.ts';
import type { Theme } from './theme.ts';

/** A colour no line or coverage mark uses, readable on either background. */
export const seamColour = (theme: Theme): string => (theme.name === 'dark' ? '#ff7ae0' : '#c2007a');

interface SeamSymbolProps {
  readonly at: Point;
  readonly bridged: boolean;
  readonly theme: Theme;
  readonly size?: number;
}

/** An open seam is a filled diamond; a bridged one a hollow diamond with a bar across. */
export function SeamSymbol({ at, bridged, theme, size = 7 }: SeamSymbolProps) {
  const d = `M${at.x} ${at.y - size}L${at.x + size} ${at.y}L${at.x} ${at.y + size}L${at.x - size} ${at.y}Z`;
  const colour = seamColour(theme);
  return (
    <g>
      <path
        d={d}
        fill={bridged ? theme.background : colour}
        stroke={bridged ? colour : theme.background}
        strokeWidth={2}
      />
      {bridged && (
        <line
          x1={at.x - size / 2}
          y1={at.y}
          x2={at.x + size / 2}
          y2={at.y}
          stroke={colour}
          strokeWidth={2}
        />
      )}
    </g>
  );
}

interface SeamLayerProps {
  readonly seams: SeamReport;
  readonly geometry: Geometry;
  readonly theme: Theme;
}

/** Each seam: stitches along its stretch of track (open seams only) and a diamond halfway. */
export const SeamLayer = memo(function SeamLayer({ seams, geometry, theme }: SeamLayerProps) {
  const colour = seamColour(theme);
  return (
    <g aria-hidden="true">
      {seams.seams.map((seam) => {
        const stretch = seamStretch(geometry, seam.a, seam.b, seam.lineIds);
        if (!stretch) return null;
        return (
          <g key={seam.key} data-seam={seam.key} data-bridged={seam.bridged ? 'true' : undefined}>
            {!seam.bridged && (
              <path
                d={polylineData(stretch.points)}
                fill="none"
                stroke={colour}
                strokeWidth={geometry.lineWidth + 6}
                strokeOpacity={0.55}
                strokeDasharray="2 5"
                strokeLinecap="butt"
              />
            )}
            <SeamSymbol at={stretch.middle} bridged={seam.bridged} theme={theme} />
          </g>
        );
      })}
    </g>
  );
});

interface PriorityMarkProps {
  readonly priority: Priority;
  readonly a: Point;
  readonly b: Point;
  /** The station marker's radius. */
  readonly r: number;
  readonly theme: Theme;
}

/**
 * A priority as rings round the station: must two rings, should one, could none; a wont
 * station is veiled (muted) and ringed with a dotted line. Shapes, not colours.
 */
export function PriorityMark({ priority, a, b, r, theme }: PriorityMarkProps) {
  // A closed outline (a thick line would fill a capsule instead of ringing it).
  const ring = (radius: number, dash?: string) => (
    <path
      d={stadiumPath(a, b, radius)}
      fill="none"
      stroke={theme.text}
      strokeWidth={1.5}
      strokeDasharray={dash}
    />
  );
  if (priority === 'must')
    return (
      <g>
        {ring(r + 8)}
        {ring(r + 11.5)}
      </g>
    );
  if (priority === 'should') return ring(r + 8);
  if (priority === 'wont')
    return (
      <g>
        <Marker a={a} b={b} r={r + 2.5} fill={theme.background} stroke="none" strokeWidth={0} />
        {ring(r + 6, '1.5 3')}
      </g>
    );
  return null;
}

const ends = (s: StationGeometry): [Point, Point] =>
  s.marker.kind === 'capsule' ? [s.marker.a, s.marker.b] : [s, s];

interface PriorityLayerProps {
  readonly stations: readonly StationGeometry[];
  readonly priorities: StationPriorities;
  readonly theme: Theme;
  /** Rings go under the stations; the wont veil over them. */
  readonly part: 'rings' | 'veils';
}

export const PriorityLayer = memo(function PriorityLayer(props: PriorityLayerProps) {
  const { stations, priorities, theme, part } = props;
  return (
    <g aria-hidden="true" pointerEvents="none" opacity={part === 'veils' ? 0.72 : 1}>
      {stations.map((s) => {
        const priority = priorities.byStation.get(s.id);
        if (!priority || (part === 'veils') !== (priority === 'wont')) return null;
        const [a, b] = ends(s);
        return (
          <g key={s.id} data-priority-for={s.id} data-priority={priority}>
            <PriorityMark priority={priority} a={a} b={b} r={s.marker.r} theme={theme} />
          </g>
        );
      })}
    </g>
  );
});
