// The HTML report: one self-contained page, nothing that runs or loads, the numbers of the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../coverage/coverage.ts';
import { buildReportHtml } from '../formats/report-html.ts';
import { escapeHtml } from '../formats/html-escape.ts';
import { layoutMap } from '../layout/layout.ts';
import { loadText } from '../model/load.ts';
import type { Solution } from '../model/schema.ts';
import { exportReport } from './export-report.ts';
import { lightTheme } from './theme.ts';
import { compareMatrix } from '../coverage/report.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const { maps } = loadText(read('maps/ml-system.yaml'));
const map = maps[0];
if (!map) throw new Error('no map');
const solutions = ['kubeflow', 'mlflow'].flatMap(
  (id) => loadText(read(`maps/solutions/${id}.yaml`), { maps }).solutions,
);

/** Every tag name and attribute of an HTML text (our own output: no comments, no CDATA). */
function tagsOf(html: string): { name: string; attrs: [string, string][] }[] {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map(
    (m) => ({
      name: (m[1] ?? '').toLowerCase(),
      attrs: [...(m[2] ?? '').matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(
        (a) => [(a[1] ?? '').toLowerCase(), a[2] ?? ''] as [string, string],
      ),
    }),
  );
}

describe('HTML report', () => {
  const { html, removed } = exportReport({
    map,
    geometry: layoutMap(map),
    theme: lightTheme,
    solutions,
    date: '2026-12-01',
    appVersion: '0.1.0',
  });

  it('is one page with no script, no handler and no external reference', () => {
    expect(removed).toEqual([]);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
    const tags = tagsOf(html);
    expect(tags.length).toBeGreaterThan(200);
    expect(
      tags.filter((t) =>
        ['script', 'iframe', 'object', 'embed', 'link', 'img', 'foreignobject'].includes(t.name),
      ),
    ).toEqual([]);
    for (const { name, attrs } of tags) {
      for (const [attr, value] of attrs) {
        expect(attr.startsWith('on'), `${name} ${attr}`).toBe(false);
        if (['href', 'src', 'xlink:href', 'action', 'srcset'].includes(attr)) {
          expect(value.startsWith('#'), `${name} ${attr}="${value}"`).toBe(true);
        }
        expect(value).not.toMatch(/url\((?!#)/);
        expect(value.toLowerCase()).not.toContain('javascript:');
      }
    }
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).toContain('<svg');
    expect(html).not.toContain('<?xml');
  });

  it('holds every selected tool, the summary numbers, the date and the version', () => {
    const coverage = computeCoverage(map, solutions);
    for (const s of solutions) expect(html).toContain(escapeHtml(s.name));
    const { covered, partial, total } = coverage.totals;
    expect(html).toContain(
      `data-covered="${covered}" data-partial="${partial}" data-total="${total}"`,
    );
    expect(html).toContain(`${covered + partial} of ${total} stations covered`);
    expect(html).toContain(
      `${covered} full · ${partial} partial · ${coverage.totals.uncovered} uncovered`,
    );
    for (const zone of coverage.zones) expect(html).toContain(escapeHtml(zone.label));
    expect(html).toContain('2026-12-01');
    expect(html).toContain('0.1.0');
    // Each claim's note is in the matrix.
    const notes = solutions.flatMap((s) =>
      s.covers.flatMap((c) => (typeof c === 'string' || !c.note ? [] : [c.note])),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(html).toContain(escapeHtml(note));
  });
});

describe('buildReportHtml', () => {
  const hostile: Solution = {
    kind: 'solution',
    id: 'evil',
    name: '<script>alert(1)</script>',
    map: 'tiny',
    covers: [{ station: 'a', level: 'partial', note: '"><img src=x onerror=alert(1)>' }],
  };
  const tiny = {
    kind: 'map' as const,
    id: 'tiny',
    title: 'T & <b>',
    zones: [],
    lines: [{ id: 'l', label: 'L', color: '#000', stops: ['a', 'b'] }],
    stations: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  };
  const page = buildReportHtml({
    title: tiny.title,
    svg: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    solutions: [{ id: 'evil', name: hostile.name, url: 'https://example.com/?a=1&b=<2>' }],
    coverage: computeCoverage(tiny, [hostile]),
    matrix: compareMatrix(tiny, [hostile]),
    sources: new Map([['evil', new Map([['a', 'https://docs.example.com/a']])]]),
    sections: [
      {
        id: 'requirements',
        title: 'Requirements',
        paragraphs: ['1 of 1 must <covered>'],
        table: { head: ['Station', 'Priority'], rows: [['A', 'must']] },
      },
    ],
    date: '2026-12-01',
    appVersion: '9.9.9',
  });

  it('escapes every text from the files', () => {
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<h1>T &amp; &lt;b&gt;</h1>');
    expect(page).toContain('https://example.com/?a=1&amp;b=&lt;2&gt;');
  });

  it('writes further sections between the summary and the matrix, and claim sources as text', () => {
    const at = (s: string) => page.indexOf(s);
    expect(at('data-section="summary"')).toBeLessThan(at('data-section="requirements"'));
    expect(at('data-section="requirements"')).toBeLessThan(at('data-section="matrix"'));
    expect(page).toContain('<p>1 of 1 must &lt;covered&gt;</p>');
    expect(page).toContain('<span class="source">source: https://docs.example.com/a</span>');
    expect(page).not.toContain('href="https');
  });
});

describe('the evaluation sections in the HTML report', () => {
  it('writes requirements, seams and evidence as escaped sections, and cites claim sources', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadText } = await import('../model/load.ts');
    const { layoutMap } = await import('../layout/layout.ts');
    const { lightTheme } = await import('./theme.ts');
    const { computeSeams } = await import('../coverage/seams.ts');
    const { evaluationSections, claimSources } = await import('../formats/evaluation-sections.ts');
    const { exportReport } = await import('./export-report.ts');
    const map = loadText(readFileSync('maps/ml-system.yaml', 'utf8')).maps[0];
    if (!map) throw new Error('no map');
    const tool = (id: string, name: string, stations: string[], source?: string) => ({
      kind: 'solution' as const,
      id,
      name,
      map: map.id,
      checked: '2026-12-01',
      covers: stations.map((station) =>
        source ? { station, level: 'full' as const, source } : station,
      ),
    });
    const a = tool('alpha', 'Alpha <b>', ['training', 'model-validation'], 'https://example.org/a');
    const b = tool('beta', 'Beta', ['model-registry', 'packaging']);
    const selected = [a, b] as never[];
    const sections = evaluationSections({
      map,
      selected,
      seams: computeSeams(map, selected, new Set()),
    });
    expect(sections.map((s) => s.id)).toEqual(['seams', 'evidence']);
    const { html } = exportReport({
      map,
      geometry: layoutMap(map),
      theme: lightTheme,
      solutions: selected,
      date: '2026-12-01',
      appVersion: 'test',
      sections,
      sources: claimSources(selected),
    });
    expect(html).toContain('data-section="seams"');
    expect(html).toContain('Model validation');
    expect(html).toContain('Alpha &lt;b&gt;');
    expect(html).not.toContain('Alpha <b>');
    expect(html).toContain('https://example.org/a');
    expect(html).toContain('claims checked 2026-12-01');
  });
});
