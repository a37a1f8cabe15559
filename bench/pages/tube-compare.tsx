// Bench-only page: draws one Geometry with our renderer (MapDrawing, as on screen) and with
// d3-tube-map (fed a conversion of the same Geometry), timing each from the call to the
// frame that shows it. bench/browser-bench.ts drives it through window.__tubeCompare.
import { select } from 'd3-selection';
import { tubeMap } from 'd3-tube-map';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { Geometry } from '../../src/layout/geometry.ts';
import type { TransitMap } from '../../src/model/schema.ts';
import { MapDrawing } from '../../src/render/map-drawing.tsx';
import { lightTheme } from '../../src/render/theme.ts';
import { toTubeMap } from '../tube-map-convert.ts';

export interface Comparison {
  /** Milliseconds from the call to the drawn frame, one per run. */
  readonly ours: number[];
  readonly theirs: number[];
  /** SVG elements each renderer created. */
  readonly oursElements: number;
  readonly theirsElements: number;
  /** Stations d3-tube-map could not be given (snapped onto another station's node). */
  readonly dropped: number;
}

declare global {
  interface Window {
    __tubeCompare: {
      compare(geometry: Geometry, map: TransitMap, runs: number): Promise<Comparison>;
    };
  }
}

const stage = document.getElementById('stage') as HTMLDivElement;
let root: Root | null = null;

function clear(): void {
  root?.unmount();
  root = null;
  stage.replaceChildren();
}

/** Resolves after the next frame has been produced (style, layout and paint included). */
const drawn = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function drawOurs(geometry: Geometry, map: TransitMap): Promise<number> {
  clear();
  const b = geometry.bounds;
  const viewBox = `${b.x - 24} ${b.y - 24} ${b.width + 48} ${b.height + 48}`;
  const started = performance.now();
  root = createRoot(stage);
  flushSync(() =>
    root?.render(
      <svg viewBox={viewBox} preserveAspectRatio="xMidYMid meet">
        <rect x={b.x - 24} y={b.y - 24} width={b.width + 48} height={b.height + 48} fill="#fff" />
        <MapDrawing map={map} geometry={geometry} theme={lightTheme} />
      </svg>,
    ),
  );
  await drawn();
  return performance.now() - started;
}

async function drawTheirs(geometry: Geometry, map: TransitMap): Promise<number> {
  clear();
  const labels = new Map(map.stations.map((s) => [s.id, s.label]));
  const { data } = toTubeMap(geometry, (id) => labels.get(id) ?? id);
  const { width, height } = stage.getBoundingClientRect();
  const started = performance.now();
  const generator = tubeMap()
    .width(width)
    .height(height)
    .margin({ top: 24, right: 24, bottom: 24, left: 24 });
  select(stage).datum(data).call(generator);
  await drawn();
  return performance.now() - started;
}

async function compare(geometry: Geometry, map: TransitMap, runs: number): Promise<Comparison> {
  const labels = new Map(map.stations.map((s) => [s.id, s.label]));
  const { dropped } = toTubeMap(geometry, (id) => labels.get(id) ?? id);
  await drawOurs(geometry, map); // warm-up: code paths compiled, fonts loaded
  await drawTheirs(geometry, map);
  const ours: number[] = [];
  const theirs: number[] = [];
  let oursElements = 0;
  let theirsElements = 0;
  for (let i = 0; i < runs; i++) {
    ours.push(await drawOurs(geometry, map));
    oursElements = stage.querySelectorAll('svg *').length;
    theirs.push(await drawTheirs(geometry, map));
    theirsElements = stage.querySelectorAll('svg *').length;
  }
  clear();
  return { ours, theirs, oursElements, theirsElements, dropped };
}

window.__tubeCompare = { compare };
