// Presentation mode: the view alone, full screen (Fullscreen API where allowed, else a
// full-window overlay), with large labels and no panels. The arrow keys step through the
// selected solutions one at a time, then all of them stacked; Esc leaves. The stations and
// lines are the map's as drawn; only the labels are placed again, for the larger size,
// each beside its station (presentation-labels.tsx).
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { computeCoverage } from '../coverage/coverage.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import type { ExportDocumentProps } from '../render/export-document.tsx';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';
import {
  selectMapSolutions,
  selectPresentationActions,
  selectPresentationStep,
  selectPresenting,
  selectSelectedSolutions,
} from '../store/selectors.ts';
import { selectedOf } from './export-menu.tsx';
import { useHiddenNames, useStageLabels } from './presentation-labels.tsx';
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

const NONE: readonly string[] = [];

/** Each selected solution alone, then (with two or more) the whole stack. */
export function presentationSteps(selected: readonly Solution[]): Solution[][] {
  if (selected.length <= 1) return [[...selected]];
  return [...selected.map((s) => [s]), [...selected]];
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function PresentButton() {
  const { enterPresentation: enter } = useAppStore(useShallow(selectPresentationActions));
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
  const active = useAppStore(selectPresenting);
  const step = useAppStore(selectPresentationStep);
  const {
    enterPresentation: enter,
    leavePresentation: leave,
    stepPresentation: move,
  } = useAppStore(useShallow(selectPresentationActions));
  const all = useAppStore(useShallow(selectMapSolutions));
  const ids = useAppStore(selectSelectedSolutions);
  const steps = useMemo(() => presentationSteps(selectedOf(all, ids)), [all, ids]);
  const shown = useMemo(() => steps[Math.min(step, steps.length - 1)] ?? [], [steps, step]);
  const coverage = useMemo(
    () => (map && shown.length > 0 ? computeCoverage(map, shown) : undefined),
    [map, shown],
  );
  const stage = useStageLabels(active, map, geometry);
  const hiddenNames = useHiddenNames(map, stage?.hidden ?? NONE);
  const root = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const dimmedLines = useDimmedLines(map);
  const lineStyles = useLineStyles(map?.lines, theme, geometry?.lineWidth ?? 4);

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

  if (!active || !map || !geometry) return null;
  const onStage = stage?.geometry ?? geometry;
  const { tip, description } = hiddenNames;
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
      data-hidden-labels={stage?.hidden.join(' ') ?? ''}
      role="dialog"
      aria-modal="true"
      aria-label={`Presentation: ${map.title}`}
      aria-describedby={description ? 'presentation-hidden-names' : undefined}
      style={{ background: theme.background }}
      onPointerMove={hiddenNames.onPointerMove}
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
      {description && (
        <p id="presentation-hidden-names" className="visually-hidden">
          {description}
        </p>
      )}
      {tip && (
        <div
          className="presentation-name"
          data-testid="presentation-name"
          role="tooltip"
          style={{
            left: tip.x + 14,
            top: tip.y + 14,
            background: theme.background,
            color: theme.text,
            borderColor: theme.mutedText,
          }}
        >
          {tip.name}
        </div>
      )}
    </div>
  );
}
