import type { Coverage } from '../coverage/coverage.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { SeamReport } from '../coverage/seams.ts';
import type { Requirements, Solution, TransitMap } from '../model/schema.ts';
import type { Theme } from '../render/theme.ts';
import { CoverageSummary } from './coverage-summary.tsx';
import { CrossMapSummary } from './cross-map-summary.tsx';
import { OffMapList } from './off-map-list.tsx';
import { RequirementsPanel } from './requirements-panel.tsx';
import { SeamList } from './seam-list.tsx';
import { ReportExport } from './report-export.tsx';
import { SolutionsPanel } from './solutions-panel.tsx';
import './evaluation.css';

interface Props {
  readonly map: TransitMap;
  readonly theme: Theme;
  readonly selected: readonly Solution[];
  readonly coverage: Coverage | undefined;
  readonly requirements?: Requirements | undefined;
  readonly priorities?: StationPriorities | undefined;
  readonly seams?: SeamReport | undefined;
  readonly onCompare: () => void;
}

/** The left column: solutions to overlay and what they cover (the key is on the map). */
export function SidePanel(props: Props) {
  const { map, theme, selected, coverage, requirements, priorities, seams, onCompare } = props;
  return (
    <div className="side">
      <RequirementsPanel
        map={map}
        theme={theme}
        requirements={requirements}
        priorities={priorities}
        coverage={coverage}
      />
      <SolutionsPanel map={map} priorities={priorities} onCompare={onCompare} />
      <CrossMapSummary />
      {coverage && (
        <>
          <CoverageSummary map={map} coverage={coverage} priorities={priorities} seams={seams} />
          {seams && <SeamList map={map} theme={theme} seams={seams} selected={selected} />}
          <OffMapList map={map} selected={selected} />
          <div className="panel">
            <ReportExport
              map={map}
              selected={selected}
              requirements={requirements}
              priorities={priorities}
            />
          </div>
        </>
      )}
    </div>
  );
}
