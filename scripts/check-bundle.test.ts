import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, initialChunks, judgeBundle, modulePreloads } from './check-bundle.ts';
import type { ChunkInfo } from './check-bundle.ts';

const chunk = (fileName: string, over: Partial<ChunkInfo> = {}): ChunkInfo => ({
  fileName,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  gzip: 1000,
  modules: {},
  ...over,
});

const app = [
  chunk('index.js', { isEntry: true, imports: ['vendor.js'], dynamicImports: ['editor.js'] }),
  chunk('vendor.js', { modules: { '/app/node_modules/react-dom/client.js': 10 } }),
  chunk('editor.js', { modules: { '/app/node_modules/@codemirror/view/index.js': 10 } }),
];

describe('the bundle budget', () => {
  it('counts the entry and its static imports, not the lazy chunks', () => {
    expect(initialChunks(app).map((c) => c.fileName)).toEqual(['index.js', 'vendor.js']);
  });

  it('counts a lazy chunk that the page preloads, and what it imports', () => {
    const withData = [
      ...app,
      chunk('data.js', { imports: ['shared.js'] }),
      chunk('shared.js', { gzip: 500 }),
    ];
    expect(initialChunks(withData, ['data.js']).map((c) => c.fileName)).toEqual([
      'index.js',
      'vendor.js',
      'data.js',
      'shared.js',
    ]);
    expect(judgeBundle(withData, ['layout-worker.js'], ['data.js']).initialGzip).toBe(3500);
  });

  it('reads the preloaded modules from the built page', () => {
    const html = `<script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor.js">
    <link rel="stylesheet" crossorigin href="./assets/index.css">
    <link crossorigin rel="modulepreload" href="/assets/data.js">`;
    expect(modulePreloads(html)).toEqual(['assets/vendor.js', 'assets/data.js']);
  });

  it('passes a split build under budget with a worker file', () => {
    const report = judgeBundle(app, ['assets/layout-worker-abc.js']);
    expect(report.problems).toEqual([]);
    expect(report.initialGzip).toBe(2000);
  });

  it('fails when the initial JavaScript is over budget', () => {
    const big = app.map((c) => (c.isEntry ? { ...c, gzip: BUDGET_BYTES } : c));
    expect(judgeBundle(big, ['layout-worker.js']).problems[0]).toMatch(/over the 180 KB budget/);
  });

  it('names the editor, export code or worker found in the initial chunks', () => {
    const eager = [
      chunk('index.js', {
        isEntry: true,
        modules: {
          '/app/node_modules/@codemirror/state/index.js': 1,
          '/app/src/render/export-svg.tsx': 1,
          '/app/node_modules/react-dom/cjs/react-dom-server.browser.production.js': 1,
          '/app/src/render/export-download.ts': 1,
        },
      }),
    ];
    const problems = judgeBundle(eager, []).problems.join('\n');
    expect(problems).toMatch(/editor \(CodeMirror\).*@codemirror/);
    expect(problems).toMatch(/export code.*export-svg/);
    expect(problems).toMatch(/export code.*react-dom-server/);
    expect(problems).not.toMatch(/export-download/);
    expect(problems).toMatch(/no separate layout-worker file/);
  });
});
