// A Vite plugin that compiles the bundled maps (maps/**/*.yaml) at build time into one lazy
// module, `virtual:bundled-data`: the maps and solutions already parsed and validated, the
// YAML text (for the editor), and — in a production build — each map's geometry, laid out
// with the default options by the same deterministic layout the worker runs. The page then
// draws the default map without parsing YAML or laying anything out on start-up.
// A bundled file with an error fails the build (a test checks them too).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { Geometry } from '../src/layout/geometry.ts';
import { layoutMap } from '../src/layout/layout.ts';
import { loadText } from '../src/model/load.ts';
import type { TransitMap } from '../src/model/schema.ts';
import type { BundledData, BundledMap } from '../src/store/bundled-data.ts';

export const BUNDLED_DATA_ID = 'virtual:bundled-data';
const RESOLVED_ID = `\0${BUNDLED_DATA_ID}`;
const DEFAULT_MAP_ID = 'ml-system';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

/** The default layout; if it fails, the page lays the map out in the worker as usual. */
function layOut(map: TransitMap, warn: (message: string) => void): Geometry | undefined {
  try {
    return layoutMap(map, {});
  } catch (error) {
    warn(`bundled map "${map.id}" is laid out in the browser: ${String(error)}`);
    return undefined;
  }
}

/** Parses every bundled file; the first error is thrown with its file and line. */
export function compileBundled(
  mapsDir: string,
  withGeometry: boolean,
  warn: (message: string) => void = console.warn,
): BundledData {
  const files = yamlFiles(mapsDir);
  const fail = (file: string, problems: ReturnType<typeof loadText>['problems']) => {
    const first = problems.find((p) => p.severity === 'error');
    if (first) throw new Error(`${file}:${first.line}:${first.column}: ${first.message}`);
  };
  const maps: BundledMap[] = [];
  const solutionFiles: string[] = [];
  for (const file of files) {
    const name = relative(mapsDir, file).split('\\').join('/');
    // Solutions and requirement sets are read once every map is known.
    if (name.startsWith('solutions/') || name.startsWith('requirements/')) {
      solutionFiles.push(file);
      continue;
    }
    const source = readFileSync(file, 'utf8');
    const result = loadText(source);
    fail(file, result.problems);
    for (const map of result.maps) {
      const geometry = withGeometry ? layOut(map, warn) : undefined;
      maps.push({ map, source, name, ...(geometry ? { geometry } : {}) });
    }
  }
  const known: TransitMap[] = maps.map((m) => m.map);
  const results = solutionFiles.map((file) => {
    const result = loadText(readFileSync(file, 'utf8'), { maps: known });
    fail(file, result.problems);
    return result;
  });
  const solutions = results.flatMap((result) => result.solutions);
  const requirements = results.flatMap((result) => result.requirements);
  // The default map first, then the others by title.
  maps.sort((a, b) =>
    a.map.id === DEFAULT_MAP_ID
      ? -1
      : b.map.id === DEFAULT_MAP_ID
        ? 1
        : a.map.title.localeCompare(b.map.title),
  );
  return { maps, solutions, requirements };
}

export function bundledData(mapsDir: string): Plugin {
  let withGeometry = false;
  return {
    name: 'bundled-data',
    configResolved(config) {
      // Only a production build: in dev and in tests the layout code may change under the
      // server, and the worker lays the maps out as it would any other.
      withGeometry = config.command === 'build' && !process.env['VITEST'];
    },
    resolveId: {
      filter: { id: new RegExp(`^${BUNDLED_DATA_ID}$`) },
      handler: () => RESOLVED_ID,
    },
    load: {
      // A filter, so that the bundler does not call into JavaScript for every other module.
      filter: { id: new RegExp(`^${RESOLVED_ID}$`) },
      handler() {
        for (const file of yamlFiles(mapsDir)) this.addWatchFile(file);
        const data = compileBundled(mapsDir, withGeometry, (m) => this.warn(m));
        // JSON.parse of a string literal is faster to start than the same object literal.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
      },
    },
  };
}
