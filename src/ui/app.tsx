import { lazy, Suspense, useEffect, useState } from 'react';
import type { DragEvent } from 'react';
import { useAppStore } from '../store/store.ts';
import {
  selectCurrentMap,
  selectDocumentActions,
  selectEditorActions,
  selectFitRequest,
  selectFocusRequest,
  selectMapSolutions,
  selectSelectedStation,
  selectViewActions,
  selectRestoredZoom,
} from '../store/selectors.ts';
import { A11yExtras, SkipLink } from './a11y-extras.tsx';
import './a11y.css';
import { EditorHost } from './editor/editor-host.tsx';
import { EditorPanel } from './editor/editor-panel.tsx';
import { MapKey } from './map-key.tsx';
import { MapStatusRegion } from './map-status.tsx';
import { MapView } from './map-view.tsx';
import { openFiles } from './open-files.ts';
import { PresentationMode } from './presentation-mode.tsx';
import { ProblemsPanel } from './problems-panel.tsx';
import './responsive.css';
import { SideDrawer } from './side-drawer.tsx';
import { SidePanel } from './side-panel.tsx';
import { StationDetails } from './station-details.tsx';
import { Toolbar } from './toolbar.tsx';
import { ToolbarA11y } from './toolbar-a11y.tsx';
import { syncHash } from './url-hash.ts';
import { useFirstPaint } from './use-first-paint.ts';
import { useGeometry } from './use-geometry.ts';
import { LayoutFailure } from './layout-failure.tsx';
import { LayoutNotes } from './layout-notes.tsx';
import { useMapA11y } from './use-map-a11y.ts';
import { useOverlay } from './use-overlay.ts';
import { useTheme } from './use-theme.ts';
import { uiMessages } from './messages.ts';
import { useShallow } from 'zustand/react/shallow';

// The compare dialog (and the report code behind it) loads when it is first opened.
const CompareView = lazy(() =>
  import('./compare-view.tsx').then((m) => ({ default: m.CompareView })),
);

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function App() {
  const currentMap = useAppStore(selectCurrentMap);
  const solutions = useAppStore(useShallow(selectMapSolutions));
  const selectedStation = useAppStore(selectSelectedStation);
  const { selectStation, setZoom } = useAppStore(useShallow(selectViewActions));
  const { moveStation } = useAppStore(useShallow(selectEditorActions));
  // The view the autosave brought back, as it was at start-up (the map shows it first).
  const savedZoom = useAppStore(selectRestoredZoom);
  const fitRequest = useAppStore(selectFitRequest);
  const focusRequest = useAppStore(selectFocusRequest);
  const { geometry, map, pending, progress, error, cancel } = useGeometry(currentMap);
  const { selectMap } = useAppStore(useShallow(selectDocumentActions));
  const { selected, coverage, requirements, priorities, seams } = useOverlay(map);
  const [dragging, setDragging] = useState(false);
  const [comparing, setComparing] = useState(false);
  const theme = useTheme();
  const a11y = useMapA11y(map, geometry, theme, coverage, selected, priorities);
  // The map is drawn first; the panels beside it follow a frame later (same width meanwhile).
  const painted = useFirstPaint();

  useEffect(() => syncHash(), []);

  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        void openFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <SkipLink />
      <Toolbar />
      <EditorHost />
      <div className="workspace">
        <EditorPanel />
        <SideDrawer>
          {map && !painted && <div className="side" />}
          {map && painted && (
            <SidePanel
              map={map}
              theme={theme}
              selected={selected}
              coverage={coverage}
              requirements={requirements}
              priorities={priorities}
              seams={seams}
              onCompare={() => setComparing(true)}
            />
          )}
        </SideDrawer>
        <main className="stage" aria-busy={pending}>
          <div className="stage-header">
            {map && <h2 className="map-title">{map.title}</h2>}
            {geometry && <LayoutNotes geometry={geometry} />}
            <ToolbarA11y />
          </div>
          {geometry && map ? (
            <MapView
              map={map}
              geometry={geometry}
              theme={theme}
              coverage={coverage}
              selectedStation={selectedStation}
              onSelectStation={selectStation}
              fitRequest={fitRequest}
              focusRequest={focusRequest}
              onMoveStation={moveStation}
              onZoomEnd={setZoom}
              savedZoom={savedZoom}
              priorities={priorities}
              seams={seams}
              {...a11y}
            />
          ) : (
            <p className="placeholder">
              {error ? uiMessages.layoutFailed(error) : 'Laying out the map…'}
            </p>
          )}
          {geometry && map && (
            <MapKey map={map} theme={theme} bounds={geometry.bounds} overlay={!!coverage} />
          )}
          {pending && geometry && currentMap && (
            <p className="busy" role="status" data-testid="layout-progress">
              {uiMessages.layingOut(currentMap.stations.length, progress)}
              {/* Another map is being opened: Cancel goes back to the one on screen. */}
              {map && map.id !== currentMap.id && (
                <button
                  type="button"
                  data-testid="layout-cancel"
                  onClick={() => {
                    cancel();
                    selectMap(map.id);
                  }}
                >
                  Cancel
                </button>
              )}
            </p>
          )}
          {error && geometry && <LayoutFailure error={error} />}
        </main>
        {map && selectedStation && (
          <StationDetails
            map={map}
            stationId={selectedStation}
            coverage={coverage}
            solutions={solutions}
            theme={theme}
            onClose={() => selectStation(null)}
          />
        )}
      </div>
      <ProblemsPanel />
      <MapStatusRegion />
      {painted && <A11yExtras map={map} selected={selected} coverage={coverage} />}
      <PresentationMode map={map} geometry={geometry} />
      {comparing && map && selected.length > 0 && (
        <Suspense fallback={null}>
          <CompareView
            map={map}
            selected={selected}
            priorities={priorities}
            onClose={() => setComparing(false)}
          />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop a YAML map or solution file
        </div>
      )}
    </div>
  );
}
