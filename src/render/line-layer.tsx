import { memo } from 'react';
import type { LineGeometry } from '../layout/geometry.ts';
import type { LineStyle } from './line-styles.ts';
import { polylineData } from './path-data.ts';

interface Props {
  readonly lines: readonly LineGeometry[];
  readonly width: number;
  /** Lines to draw faintly (another line is isolated). */
  readonly dimmed?: ReadonlySet<string>;
  /** Colours and dash patterns that replace the file's (colour-blind palette, patterns). */
  readonly styles?: ReadonlyMap<string, LineStyle> | undefined;
}

/** Each line's paths, already offset into their bundles by the layout. */
export const LineLayer = memo(function LineLayer({ lines, width, dimmed, styles }: Props) {
  return (
    <g fill="none" strokeLinejoin="round" strokeLinecap="round" aria-hidden="true">
      {lines.flatMap((line) =>
        line.paths.map((path, i) => (
          <path
            key={`${line.id}:${i}`}
            data-line-id={line.id}
            d={polylineData(path.points)}
            stroke={styles?.get(line.id)?.color ?? line.color}
            strokeWidth={width}
            strokeDasharray={styles?.get(line.id)?.dash}
            strokeOpacity={dimmed?.has(line.id) ? 0.15 : 1}
          />
        )),
      )}
    </g>
  );
});
