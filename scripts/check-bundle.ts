// Bundle budget, run by `npm test`: builds the app (into node_modules/.cache, so that no
// one's dist/ is touched) and fails when
//   - the JavaScript that index.html loads before anything else (the entry chunk, every chunk
//     it imports statically, and every chunk the page preloads with <link rel="modulepreload">,
//     such as the bundled maps) is over 180 KB gzipped (KB = 1000 bytes, as Vite prints);
//   - the editor (CodeMirror), the export code (src/render/export-*, react-dom/server) or
//     the layout worker is part of that initial JavaScript instead of a chunk of its own.
//   npx tsx scripts/check-bundle.ts [--top=N]   (N: list the N biggest initial modules)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Plugin } from 'vite';
import { FAULT_MAP_IDS } from '../src/worker/fault-ids.ts';

export const BUDGET_BYTES = 180_000;

/** Modules that must stay out of the initial JavaScript, and why. */
export const SPLIT_OUT: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'the editor (CodeMirror)', pattern: /node_modules\/(@codemirror|codemirror|@lezer)\// },
  { what: 'the editor (CodeMirror)', pattern: /src\/ui\/editor\/yaml-editor/ },
  // export-download.ts only names the exported files (viewFileName), which the export menu
  // shows before any export code is fetched.
  { what: 'the export code', pattern: /src\/render\/export-(?!download\.ts)/ },
  { what: 'the export code', pattern: /node_modules\/react-dom\/.*server/ },
  { what: 'the layout worker', pattern: /src\/worker\/layout-worker/ },
];

export interface ChunkInfo {
  readonly fileName: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly gzip: number;
  /** Module id -> rendered length in bytes (before gzip). */
  readonly modules: Readonly<Record<string, number>>;
}

export interface BundleReport {
  readonly initial: readonly ChunkInfo[];
  readonly initialGzip: number;
  readonly lazyChunks: readonly string[];
  readonly workerAssets: readonly string[];
  readonly problems: readonly string[];
}

/** Collects what the build wrote; Rollup and Rolldown both describe chunks this way. */
function capture(chunks: ChunkInfo[], assets: string[]): Plugin {
  return {
    name: 'bundle-budget-capture',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type === 'asset') {
          assets.push(out.fileName);
          continue;
        }
        const modules: Record<string, number> = {};
        for (const [id, m] of Object.entries(out.modules)) modules[id] = m.renderedLength;
        chunks.push({
          fileName: out.fileName,
          isEntry: out.isEntry,
          imports: out.imports,
          dynamicImports: out.dynamicImports,
          gzip: gzipSync(out.code).length,
          modules,
        });
      }
    },
  };
}

/**
 * The entry chunks, the chunks the page preloads (`preloaded`: file names) and everything they
 * import statically: what the page loads first.
 */
export function initialChunks(
  chunks: readonly ChunkInfo[],
  preloaded: readonly string[] = [],
): ChunkInfo[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const queue = [...chunks.filter((c) => c.isEntry).map((c) => c.fileName), ...preloaded];
  while (queue.length > 0) {
    const name = queue.pop() ?? '';
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(byName.get(name)?.imports ?? []));
  }
  return chunks.filter((c) => seen.has(c.fileName));
}

/** The files a page preloads as modules (`<link rel="modulepreload" href="./assets/x.js">`). */
export function modulePreloads(html: string): string[] {
  const links = html.match(/<link\b[^>]*>/g) ?? [];
  return links
    .filter((l) => /\brel=["']?modulepreload\b/.test(l))
    .map((l) => /\bhref=["']?([^"'\s>]+)/.exec(l)?.[1] ?? '')
    .filter((href) => href !== '')
    .map((href) => href.replace(/^(\.\/|\/)/, ''));
}

export function judgeBundle(
  chunks: readonly ChunkInfo[],
  assets: readonly string[],
  preloaded: readonly string[] = [],
): BundleReport {
  const initial = initialChunks(chunks, preloaded);
  const initialGzip = initial.reduce((sum, c) => sum + c.gzip, 0);
  const problems: string[] = [];
  if (initialGzip > BUDGET_BYTES) {
    problems.push(
      `initial JavaScript is ${(initialGzip / 1000).toFixed(1)} KB gzipped, over the ${BUDGET_BYTES / 1000} KB budget`,
    );
  }
  for (const chunk of initial) {
    for (const id of Object.keys(chunk.modules)) {
      const rule = SPLIT_OUT.find((r) => r.pattern.test(id.replaceAll('\\', '/')));
      if (rule) problems.push(`${rule.what} is in the initial chunk ${chunk.fileName}: ${id}`);
    }
  }
  // The worker is built on its own and shows up as an asset (or a chunk) named after it.
  const workerAssets = [...assets, ...chunks.map((c) => c.fileName)].filter((n) =>
    /layout-worker/.test(n),
  );
  if (workerAssets.length === 0) problems.push('no separate layout-worker file in the build');
  const lazyChunks = chunks.filter((c) => !initial.includes(c)).map((c) => c.fileName);
  return { initial, initialGzip, lazyChunks, workerAssets, problems };
}

async function main(): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const chunks: ChunkInfo[] = [];
  const assets: string[] = [];
  const outDir = join(root, 'node_modules', '.cache', 'bundle-check');
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    plugins: [capture(chunks, assets)],
    build: { outDir },
  });
  const preloaded = modulePreloads(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const judged = judgeBundle(chunks, assets, preloaded);
  const report = { ...judged, problems: [...judged.problems] };
  // The worker's fault hooks are for the test build only (src/worker/test-faults.ts).
  for (const name of report.workerAssets) {
    const text = readFileSync(join(outDir, name), 'utf8');
    if (Object.values(FAULT_MAP_IDS).some((id) => text.includes(id)))
      report.problems.push(`the test build's worker faults are in ${name}`);
  }
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  console.log(`Initial JavaScript: ${kb(report.initialGzip)} gzipped (budget ${kb(BUDGET_BYTES)})`);
  for (const c of report.initial) console.log(`  ${c.fileName}: ${kb(c.gzip)}`);
  console.log(`Split out: ${[...report.lazyChunks, ...report.workerAssets].join(', ')}`);
  const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 0);
  if (top > 0) {
    const modules = report.initial.flatMap((c) => Object.entries(c.modules));
    modules.sort((a, b) => b[1] - a[1]);
    for (const [id, size] of modules.slice(0, top)) {
      console.log(`  ${kb(size).padStart(9)}  ${id.replace(root, '.')}`);
    }
  }
  if (report.problems.length > 0) {
    console.error(`\nBundle budget failed:\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Bundle budget: ok');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
