import type { Point } from '../layout/geometry.ts';

interface Props {
  readonly a: Point;
  readonly b: Point;
  /** Half the marker's thickness, border included. */
  readonly r: number;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash?: string;
  /** Marks a coverage mark's keyline band (halo or outline), for tests and scripts. */
  readonly 'data-keyline'?: 'halo' | 'outline';
}

/** A dot (a = b) or a capsule from a to b, as plain SVG shapes (no CSS). */
export function Marker(props: Props) {
  const { a, b, r, fill, stroke, strokeWidth, dash } = props;
  const keyline = props['data-keyline'];
  if (a.x === b.x && a.y === b.y) {
    return (
      <circle
        cx={a.x}
        cy={a.y}
        r={Math.max(0.5, r - strokeWidth / 2)}
        fill={fill}
        stroke={stroke}
        strokeWidth={strokeWidth}
        strokeDasharray={dash}
        data-keyline={keyline}
      />
    );
  }
  const line = { x1: a.x, y1: a.y, x2: b.x, y2: b.y, strokeLinecap: 'round' as const };
  return (
    <g data-keyline={keyline}>
      <line {...line} stroke={stroke} strokeWidth={2 * r} strokeDasharray={dash} />
      <line {...line} stroke={fill} strokeWidth={Math.max(0.5, 2 * r - 2 * strokeWidth)} />
    </g>
  );
}
