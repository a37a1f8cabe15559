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
}

/** A dot (a = b) or a capsule from a to b, as plain SVG shapes (no CSS). */
export function Marker({ a, b, r, fill, stroke, strokeWidth, dash }: Props) {
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
      />
    );
  }
  const line = { x1: a.x, y1: a.y, x2: b.x, y2: b.y, strokeLinecap: 'round' as const };
  return (
    <g>
      <line {...line} stroke={stroke} strokeWidth={2 * r} strokeDasharray={dash} />
      <line {...line} stroke={fill} strokeWidth={Math.max(0.5, 2 * r - 2 * strokeWidth)} />
    </g>
  );
}
