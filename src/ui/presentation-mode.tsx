// Presentation mode: the view alone, full screen (Fullscreen API where allowed, else a
// full-window overlay), with large labels and no panels. The arrow keys step through the
// selected solutions one at a time, then all of them stacked; Esc leaves.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { create } from 'zustand';
import { computeCoverage } from '../coverage/coverage.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import type { ExportDocumentProps } from '../render/export-document.tsx';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';
import { selectMapSolutions, selectSelectedSolutions } from '../store/selectors.ts';
import { selectedOf } from './export-menu.tsx';
import { layoutInWorker } from '../worker/app-layout-client.ts';
import { useDimmedLines, useLineStyles } from './use-map-a11y.ts';
import { useTheme } from './use-theme.ts';
import './presentation-mode.css';

// The stage is drawn by the export's document component, loaded the first time the
// presentation opens, so that the export code stays out of the initial bundle.
const LazyExportDocument = lazy(() =>
  import('../render/export-document.tsx').then((m) => ({ default: m.ExportDocument })),
);
function ExportDocument(props: ExportDocumentProps) {
  return (
    <Suspense fallback={null}>
      <LazyExportDocument {...props} />
    </Suspense>
  );
}

interface PresentationState {
  readonly active: boolean;
  readonly step: number;
  enter: () => void;
  leave: () => void;
  move: (by: number, steps: number) => void;
}

export const usePresentation = create<PresentationState>()((set, get) => ({
  active: false,
  step: 0,
  enter: () => set({ active: true, step: 0 }),
  leave: () => set({ active: false }),
  move: (by, steps) => set({ step: Math.min(steps - 1, Math.max(0, get().step + by)) }),
}));

/** Each selected solution alone, then (with two or more) the whole stack. */
export function presentationSteps(selected: readonly Solution[]): Solution[][] {
  if (selected.length <= 1) return [[...selected]];
  return [...selected.map((s) => [s]), [...selected]];
}

/** Label size on stage; the layout places labels for this size. */
const STAGE_FONT_SIZE = 17;
// A copy of the map per map: the worker client caches geometry per map object.
const stageKeys = new WeakMap<TransitMap, TransitMap>();
const stageKey = (map: TransitMap) => {
  let key = stageKeys.get(map);
  if (!key) stageKeys.set(map, (key = { ...map }));
  return key;
};

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function PresentButton() {
  const enter = usePresentation((s) => s.enter);
  return (
    <button
      type="button"
      className="button"
      data-testid="present"
      title="Presentation mode (P)"
      aria-keyshortcuts="P"
      onClick={enter}
    >
      Present
    </button>
  );
}

interface Props {
  readonly map: TransitMap | null;
  readonly geometry: Geometry | null;
}

export function PresentationMode({ map, geometry }: Props) {
  const { active, step, enter, leave, move } = usePresentation();
  const all = useAppStore(useShallow(selectMapSolutions));
  const ids = useAppStore(selectSelectedSolutions);
  const steps = useMemo(() => presentationSteps(selectedOf(all, ids)), [all, ids]);
  const shown = useMemo(() => steps[Math.min(step, steps.length - 1)] ?? [], [steps, step]);
  const coverage = useMemo(
    () => (map && shown.length > 0 ? computeCoverage(map, shown) : undefined),
    [map, shown],
  );
  const [stage, setStage] = useState<{ map: TransitMap; geometry: Geometry } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const dimmedLines = useDimmedLines(map);
  const stageWidth = (stage?.map === map ? stage.geometry : geometry)?.lineWidth ?? 4;
  const lineStyles = useLineStyles(map?.lines, theme, stageWidth);

  // P enters (outside text fields); arrows step; Esc leaves.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (!active) {
        if (e.key === 'p' || e.key === 'P') enter();
        return;
      }
      const by = {
        ArrowRight: 1,
        ArrowDown: 1,
        PageDown: 1,
        ' ': 1,
        ArrowLeft: -1,
        ArrowUp: -1,
        PageUp: -1,
      }[e.key];
      if (by !== undefined) move(by, steps.length);
      else if (e.key === 'Escape' || e.key === 'p' || e.key === 'P') leave();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, enter, leave, move, steps.length]);

  // Full screen where the browser allows it; leaving full screen (Esc) leaves the mode.
  useEffect(() => {
    const element = root.current;
    if (!active || !element) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (document.fullscreenEnabled && element.requestFullscreen) {
      element.requestFullscreen().catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [active, leave]);

  // Large labels: the same layout, run for the stage's font size.
  useEffect(() => {
    if (!active || !map) return;
    let live = true;
    layoutInWorker(stageKey(map), { fontSize: STAGE_FONT_SIZE }).then(
      (g) => live && setStage({ map, geometry: g }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [active, map]);

  if (!active || !map || !geometry) return null;
  const onStage = stage?.map === map ? stage.geometry : geometry;
  const names = shown.map((s) => s.name).join(' + ');
  return (
    <div
      ref={root}
      className="presentation"
      data-testid="presentation"
      data-step={step}
      data-steps={steps.length}
      data-solutions={shown.map((s) => s.id).join(' ')}
      data-large-labels={onStage !== geometry ? 'true' : 'false'}
      role="dialog"
      aria-modal="true"
      aria-label={`Presentation: ${map.title}`}
      style={{ background: theme.background }}
    >
      <ExportDocument
        map={map}
        geometry={onStage}
        theme={theme}
        solutions={shown}
        coverage={coverage}
        lineStyles={lineStyles}
        dimmedLines={dimmedLines}
        fluid
      />
      <p
        className="presentation-hint"
        data-testid="presentation-step"
        style={{ color: theme.mutedText }}
      >
        {steps.length > 1
          ? `${step + 1} / ${steps.length}${step === steps.length - 1 && shown.length > 1 ? ' · the stack' : ''} · ${names} · `
          : ''}
        ← → step · Esc leaves
      </p>
    </div>
  );
}
