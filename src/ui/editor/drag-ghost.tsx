// Where a dragged station will land: a dashed ring on the grid point under the pointer,
// red with a cross where another station already stands.
import type { Geometry } from '../../layout/geometry.ts';
import type { Theme } from '../../render/theme.ts';
import type { StationDrag } from './use-station-drag.ts';

interface Props {
  readonly drag: StationDrag;
  readonly geometry: Geometry;
  readonly theme: Theme;
}

export function DragGhost({ drag, geometry, theme }: Props) {
  const station = geometry.stations.find((s) => s.id === drag.stationId);
  if (!station || !drag.target) return null;
  const g = geometry.gridSize;
  const x = drag.target.x * g;
  const y = drag.target.y * g;
  const r = station.marker.r + 6;
  const colour = drag.occupied ? theme.uncovered : theme.text;
  return (
    <g
      data-testid="drag-ghost"
      data-grid-x={drag.target.x}
      data-grid-y={drag.target.y}
      pointerEvents="none"
    >
      <line
        x1={station.x}
        y1={station.y}
        x2={x}
        y2={y}
        stroke={colour}
        strokeDasharray="3 4"
        strokeWidth={1.5}
      />
      <circle
        cx={x}
        cy={y}
        r={r}
        fill="none"
        stroke={colour}
        strokeWidth={2.5}
        strokeDasharray="5 3"
      />
      {drag.occupied && (
        <path
          d={`M${x - r / 2} ${y - r / 2}L${x + r / 2} ${y + r / 2}M${x - r / 2} ${y + r / 2}L${x + r / 2} ${y - r / 2}`}
          stroke={colour}
          strokeWidth={2.5}
        />
      )}
    </g>
  );
}
