import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../coverage/coverage.ts';
import type { StationState } from '../coverage/coverage.ts';
import { coverageSentence } from '../coverage/coverage-text.ts';
import type { StationGeometry } from '../layout/geometry.ts';
import { layoutMap } from '../layout/layout.ts';
import { loadText } from '../model/load.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { exportSvg } from './export-svg.tsx';
import { StationLayer } from './station-layer.tsx';
import { findUnsafe } from './svg-safety.ts';
import { CoverageSymbol } from './svg-key-symbols.tsx';
import { darkTheme, lightTheme } from './theme.ts';
import { escapeXml } from './xml-text.ts';
import { xmlError } from './xml-wellformed.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function load(path: string, solutionFiles: string[] = []) {
  const first = loadText(read(path));
  const map = first.maps[0];
  if (!map) throw new Error(`${path} holds no map`);
  const solutions = [
    ...first.solutions,
    ...solutionFiles.flatMap((f) => loadText(read(f), { maps: [map] }).solutions),
  ];
  return { map, solutions, geometry: layoutMap(map) };
}

const count = (svg: string, re: RegExp) => new Set([...svg.matchAll(re)].map((m) => m[1])).size;

/** Everything a standalone, portable, safe SVG file must be. */
function expectPortable(svg: string, map: TransitMap) {
  expect(xmlError(svg)).toBeNull();
  expect(findUnsafe(svg)).toEqual([]);
  expect(svg).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  );
  expect(svg).toMatch(/<svg[^>]* viewBox="0 0 \d+ \d+" width="\d+" height="\d+"/);
  expect(svg).toMatch(/<title>[^<]+<\/title>/);
  expect(svg).toMatch(/^[\x20-\x7e\n]*$/); // plain ASCII: no encoding can garble it
  expect(svg).not.toMatch(/\sclass=|\sstyle=|<style|<script|href=|url\(/);
  // Every station and every line of the map, inside the map (the key has no station ids).
  expect(count(svg, /data-station-id="([^"]+)"/g)).toBe(map.stations.length);
  expect(count(svg, /data-line-id="([^"]+)"/g)).toBe(map.lines.length);
  expect(count(svg, /data-zone-id="([^"]+)"/g)).toBe(map.zones.length);
  for (const line of map.lines) expect(svg).toContain(`>${escapeXml(line.label)}</text>`);
}

describe('exportSvg', () => {
  it.each(['maps/ml-system.yaml', 'maps/ml-workflow.yaml'])(
    'writes %s as a portable SVG',
    (path) => {
      const { map, geometry } = load(path);
      const out = exportSvg({ map, geometry, theme: lightTheme, solutions: [] });
      expectPortable(out.svg, map);
      expect(out.removed).toEqual([]);
      expect(out.svg).toContain(`<title>${escapeXml(map.title)}</title>`);
      expect(out.svg).not.toContain('data-coverage');
    },
  );

  it('draws the overlay and its key', () => {
    const files = ['maps/solutions/kubeflow.yaml', 'maps/solutions/mlflow.yaml'];
    const { map, geometry, solutions } = load('maps/ml-system.yaml', files);
    const out = exportSvg({ map, geometry, theme: darkTheme, solutions });
    expectPortable(out.svg, map);
    const coverage = computeCoverage(map, solutions);
    const states = [...out.svg.matchAll(/data-coverage="(\w+)"/g)].map((m) => m[1]);
    expect(states).toHaveLength(map.stations.length);
    expect(states.filter((s) => s === 'covered')).toHaveLength(coverage.totals.covered);
    expect(out.svg).toContain(
      '<title>A typical machine learning system &#x2014; Kubeflow + MLflow</title>',
    );
    expect(out.svg).toContain(`Fully covered: ${coverage.totals.covered}`);
    // The subtitle says the same sentence as the side panel (one function, coverage-text.ts).
    expect(out.svg).toContain(`Kubeflow + MLflow &#x2014; ${coverageSentence(coverage.totals)}`);
    expect(out.svg).toContain('data-legend-item="sol-kubeflow"');
    expect(out.svg).toContain('fill="#16181d"'); // the dark background
  });

  it('keeps labels with &, <, quotes, non-breaking spaces, emoji and control characters valid', () => {
    const { map, geometry, solutions } = load('src/render/fixtures/hostile-labels.yaml');
    const out = exportSvg({ map, geometry, theme: lightTheme, solutions });
    expectPortable(out.svg, map);
    expect(out.removed).toEqual([]);
    for (const label of geometry.labels) {
      // Each row in its tspan (a wrapped name keeps one space between its rows).
      for (const row of label.rows) expect(out.svg).toMatch(rowPattern(escapeXml(row)));
    }
    // (The layout wraps labels at any white space, U+00A0 included; the title keeps it.)
    expect(out.svg).toContain('&lt;platform&gt; &#xA0;map &#x1F687; &quot;quoted&quot;');
    expect(out.svg).toContain('PROD&#xA0;&#x1F680;');
    expect(out.svg).toContain('Train &#x1F9E0; models');
    expect(out.svg).toContain('Ingest &amp; &lt;clean&gt;');
    expect(out.svg).toMatch(rowPattern('Bell and ]]&gt;'));
    expect(out.svg).toContain('>and &amp;nbsp;</tspan>');
    expect(out.svg).not.toContain('\u0007');
    expect(out.svg).toContain('&lt;svg onload=alert(1)&gt;'); // text, not markup
  });

  it('scales to a requested width and is deterministic', () => {
    const { map, geometry } = load('maps/ml-workflow.yaml');
    const a = exportSvg({ map, geometry, theme: lightTheme, solutions: [], width: 2400 });
    const b = exportSvg({ map, geometry, theme: lightTheme, solutions: [], width: 2400 });
    expect(a.width).toBe(2400);
    expect(a.svg).toContain(`width="2400" height="${a.height}"`);
    expect(a.svg).toBe(b.svg);
  });
});

describe('exportSvg draws the lines as the reader sees them', () => {
  it('with the palette, patterns and isolated line of the screen, in map and key alike', () => {
    const { map, geometry } = load('maps/ml-workflow.yaml');
    const [first, second] = map.lines;
    if (!first || !second) throw new Error('fixture needs two lines');
    const lineStyles = new Map([[first.id, { color: '#123456', dash: '8 8' }]]);
    const dimmedLines = new Set([second.id]);
    const out = exportSvg({
      map,
      geometry,
      theme: lightTheme,
      solutions: [],
      lineStyles,
      dimmedLines,
    });
    expectPortable(out.svg, map);
    const paths = (id: string) => [
      ...out.svg.matchAll(new RegExp(`<path data-line-id="${id}"[^>]*>`, 'g')),
    ];
    expect(
      paths(first.id).every((m) => /stroke="#123456" [^>]*stroke-dasharray="8 8"/.test(m[0])),
    ).toBe(true);
    expect(paths(second.id).every((m) => m[0].includes('stroke-opacity="0.15"'))).toBe(true);
    expect(out.svg).toMatch(
      new RegExp(
        `data-legend-item="line-${first.id}"><line [^>]*stroke="#123456" [^>]*stroke-dasharray="8 8"`,
      ),
    );
  });
});

describe('the key', () => {
  const ids = ['c', 'p', 'u'];
  const map: TransitMap = {
    kind: 'map',
    id: 'k',
    title: 'k',
    zones: [],
    lines: [{ id: 'l', label: 'l', color: '#000000', stops: ids }],
    stations: ids.map((id) => ({ id, label: id })),
  };
  const solution: Solution = {
    kind: 'solution',
    id: 's',
    name: 's',
    map: 'k',
    covers: ['c', { station: 'p', level: 'partial' }],
  };
  const coverage = computeCoverage(map, [solution]);
  const station = (id: string): StationGeometry => ({
    id,
    x: 10,
    y: 20,
    grid: { gx: 0, gy: 0 },
    lines: ['l'],
    interchange: false,
    pinned: false,
    marker: { kind: 'dot', r: 6 },
  });

  it.each([
    ['c', 'covered'],
    ['p', 'partial'],
    ['u', 'uncovered'],
  ] as const)('draws %s (%s) exactly as the map draws the station', (id, state: StationState) => {
    const onMap = renderToStaticMarkup(
      <StationLayer
        stations={[station(id)]}
        labels={new Map()}
        theme={lightTheme}
        coverage={coverage}
      />,
    );
    const inKey = renderToStaticMarkup(
      <CoverageSymbol state={state} x={10} y={20} r={6} theme={lightTheme} />,
    );
    expect(onMap).toContain(`data-coverage="${state}"`);
    expect(onMap).toContain(inKey);
  });
});

/** A tspan holding exactly `text`, give or take the space that joins wrapped rows. */
function rowPattern(text: string): RegExp {
  return new RegExp(`> ?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?</tspan>`);
}
