// The toolbar's exports: the current view as SVG, PNG (1×, 2×, 4×) or vector PDF, the map as
// LOOM's GeoJSON line graph, the map's YAML source.
import { useEffect, useState } from 'react';
import boldFontUrl from '@fontsource/arimo/files/arimo-latin-700-normal.woff?url';
import regularFontUrl from '@fontsource/arimo/files/arimo-latin-400-normal.woff?url';
import type { Requirements, Solution } from '../model/schema.ts';
import { viewFileName } from '../render/export-download.ts';
import { downloadBlob } from './download.ts';
import { lineStyles } from '../render/line-styles.ts';
import type { Theme } from '../render/theme.ts';
import type { AppState, MapEntry } from '../store/types.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';
import {
  selectActiveRequirements,
  selectCurrentEntry,
  selectIsolatedLine,
  selectMapSolutions,
  selectPalette,
  selectPatterns,
  selectSelectedSolutions,
} from '../store/selectors.ts';
import { layoutInWorker } from '../worker/app-layout-client.ts';
import { useTheme } from './use-theme.ts';
import { uiMessages } from './messages.ts';

const SCALES = [1, 2, 4] as const;
/** How long a success note stays: long enough to read, short enough not to linger. */
const TOAST_MS = 4000;

interface Message {
  readonly kind: 'error' | 'done';
  readonly text: string;
}

/** How the reader sees the lines: palette, patterns, the line isolated in the legend. */
export interface LineView {
  readonly palette: AppState['palette'];
  readonly patterns: boolean;
  readonly isolatedLine: string | null;
}

/** The selected solutions of the current map, in selection order. */
export const selectedOf = (all: readonly Solution[], ids: readonly string[]): Solution[] =>
  ids.flatMap((id) => all.filter((s) => s.id === id));

/** The SVG file of the current view, made by the same components as the screen. */
export async function currentViewSvg(
  entry: MapEntry,
  solutions: readonly Solution[],
  theme: Theme,
  view: LineView,
  requirements: Requirements | undefined,
) {
  const [geometry, { exportSvg }] = await Promise.all([
    layoutInWorker(entry.map),
    import('../render/export-svg.tsx'),
  ]);
  const { map } = entry;
  const styles = lineStyles(map.lines, {
    palette: view.palette,
    patterns: view.patterns,
    background: theme.name,
    backgroundColor: theme.background,
    width: geometry.lineWidth,
  });
  const isolated = map.lines.some((l) => l.id === view.isolatedLine) ? view.isolatedLine : null;
  const dimmedLines = isolated
    ? new Set(map.lines.filter((l) => l.id !== isolated).map((l) => l.id))
    : undefined;
  const result = exportSvg({
    map,
    geometry,
    theme,
    solutions,
    lineStyles: styles,
    dimmedLines,
    requirements,
  });
  if (result.removed.length > 0) console.warn('export safety pass removed:', result.removed);
  return result;
}

export function ExportMenu() {
  const entry = useAppStore(selectCurrentEntry);
  const all = useAppStore(useShallow(selectMapSolutions));
  const ids = useAppStore(selectSelectedSolutions);
  const [scale, setScale] = useState<number>(2);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const theme = useTheme();
  const palette = useAppStore(selectPalette);
  const patterns = useAppStore(selectPatterns);
  const isolatedLine = useAppStore(selectIsolatedLine);
  const requirements = useAppStore(selectActiveRequirements);
  const view: LineView = { palette, patterns, isolatedLine };
  // A success note goes by itself; an error stays until dismissed.
  useEffect(() => {
    if (message?.kind !== 'done') return;
    const timer = setTimeout(() => setMessage(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [message]);
  if (!entry) return null;
  const solutions = selectedOf(all, ids);
  const name = viewFileName(
    entry.map.id,
    solutions.map((s) => s.id),
  );

  const run = async (what: string, job: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'done', text: await job() });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: uiMessages.exportFailed(what, text) });
    } finally {
      setBusy(false);
    }
  };

  const exportSvgFile = () =>
    run('SVG export', async () => {
      const { svg } = await currentViewSvg(entry, solutions, theme, view, requirements);
      downloadBlob(`${name}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
      return `Saved ${name}.svg`;
    });

  const exportPngFile = () =>
    run('PNG export', async () => {
      const { svg, width, height } = await currentViewSvg(
        entry,
        solutions,
        theme,
        view,
        requirements,
      );
      const { rasterise } = await import('../render/export-png.ts');
      const png = await rasterise(svg, width, height, scale);
      const file = `${name}${scale === 1 ? '' : `@${scale}x`}.png`;
      downloadBlob(file, png);
      return `Saved ${file} (${Math.round(width * scale)} × ${Math.round(height * scale)} px)`;
    });

  const exportPdfFile = () =>
    run('PDF export', async () => {
      const fetchFont = async (url: string) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(uiMessages.fontNotLoaded(url, response.status));
        return response.arrayBuffer();
      };
      // The PDF code (pdfkit) and the fonts load on the first PDF export only.
      const [out, { svgToPdf }, regular, bold] = await Promise.all([
        currentViewSvg(entry, solutions, theme, view, requirements),
        import('../render/export-pdf.ts'),
        fetchFont(regularFontUrl),
        fetchFont(boldFontUrl),
      ]);
      const pdf = await svgToPdf({ ...out, title: entry.map.title, fonts: { regular, bold } });
      downloadBlob(`${name}.pdf`, new Blob([pdf.slice().buffer], { type: 'application/pdf' }));
      return `Saved ${name}.pdf`;
    });

  const exportGeoJsonFile = () =>
    run('GeoJSON export', async () => {
      const [geometry, { exportGeoJson }] = await Promise.all([
        layoutInWorker(entry.map),
        import('../formats/geojson-export.ts'),
      ]);
      const text = exportGeoJson(entry.map, geometry);
      const file = `${entry.map.id}.geojson`;
      downloadBlob(file, new Blob([text], { type: 'application/geo+json' }));
      return `Saved ${file}`;
    });

  const exportYaml = () =>
    run('YAML export', () => {
      const file =
        entry.name
          .split('/')
          .pop()
          ?.replace(/\.ya?ml$/i, '') || entry.map.id;
      downloadBlob(`${file}.yaml`, new Blob([entry.source], { type: 'application/yaml' }));
      return Promise.resolve(`Saved ${file}.yaml`);
    });

  return (
    <div className="export-menu" role="group" aria-label="Export">
      <span className="export-label" aria-hidden="true">
        Export
      </span>
      <button
        type="button"
        className="button"
        data-testid="export-svg"
        aria-label="Export SVG"
        disabled={busy}
        onClick={() => void exportSvgFile()}
      >
        SVG
      </button>
      <span className="export-png">
        <button
          type="button"
          className="button"
          data-testid="export-png"
          aria-label="Export PNG"
          disabled={busy}
          onClick={() => void exportPngFile()}
        >
          PNG
        </button>
        <select
          aria-label="PNG scale"
          data-testid="export-png-scale"
          value={scale}
          onChange={(e) => setScale(Number(e.target.value))}
        >
          {SCALES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </span>
      <button
        type="button"
        className="button"
        data-testid="export-pdf"
        aria-label="Export PDF"
        disabled={busy}
        onClick={() => void exportPdfFile()}
      >
        PDF
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-geojson"
        aria-label="Export GeoJSON line graph"
        disabled={busy}
        onClick={() => void exportGeoJsonFile()}
      >
        GeoJSON
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-yaml"
        aria-label="Export YAML"
        disabled={busy}
        onClick={() => void exportYaml()}
      >
        YAML
      </button>
      {message && (
        <p
          className={`export-message ${message.kind}`}
          data-testid="export-message"
          data-kind={message.kind}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
          <button
            type="button"
            className="button small"
            aria-label="Dismiss"
            onClick={() => setMessage(null)}
          >
            ✕
          </button>
        </p>
      )}
    </div>
  );
}
