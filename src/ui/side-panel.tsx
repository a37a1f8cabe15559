import type { Coverage } from '../coverage/coverage.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import type { Theme } from '../render/theme.ts';
import { CoverageSummary } from './coverage-summary.tsx';
import { Legend } from './legend.tsx';
import { ReportExport } from './report-export.tsx';
import { SolutionsPanel } from './solutions-panel.tsx';

interface Props {
  readonly map: TransitMap;
  readonly theme: Theme;
  readonly selected: readonly Solution[];
  readonly coverage: Coverage | undefined;
  readonly onCompare: () => void;
}

/** The left column: solutions to overlay, what they cover, and the legend. */
export function SidePanel({ map, theme, selected, coverage, onCompare }: Props) {
  return (
    <div className="side">
      <SolutionsPanel map={map} onCompare={onCompare} />
      {coverage && (
        <>
          <CoverageSummary map={map} coverage={coverage} />
          <div className="panel">
            <ReportExport map={map} selected={selected} />
          </div>
        </>
      )}
      <Legend map={map} theme={theme} overlay={coverage !== undefined} />
    </div>
  );
}
