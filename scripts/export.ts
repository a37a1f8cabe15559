// `npm run export -- maps/ml-system.yaml --solutions kubeflow,mlflow --out map.svg`
// Renders a map (with an overlay of solutions) to a standalone SVG, headless, through the
// very code the app uses: loadText → layoutMap → ExportDocument → safety pass.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { layoutMap } from '../src/layout/layout.ts';
import { loadText } from '../src/model/load.ts';
import { formatProblem } from '../src/model/problem.ts';
import type { Problem } from '../src/model/problem.ts';
import type { Solution, TransitMap } from '../src/model/schema.ts';
import { exportSvg } from '../src/render/export-svg.tsx';
import { lineStyles } from '../src/render/line-styles.ts';
import { darkTheme, lightTheme } from '../src/render/theme.ts';

const USAGE = `usage: npm run export -- <map.yaml> [--solutions a,b] [--out file.svg] [--theme light|dark] [--width N]

  <map.yaml>     a YAML file holding a map (and maybe solutions)
  --solutions    ids of solutions to overlay, from the file or the bundled maps/solutions
  --out          where to write the SVG (default: standard output)
  --theme        light (default) or dark
  --width        width of the picture in px (default: its natural size)
  --palette      map (default: the file's colours) or okabe-ito (colour-blind safe)
  --patterns     draw each line with its own dash pattern too`;

const root = join(import.meta.dirname, '..');

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function printProblems(file: string, problems: readonly Problem[]) {
  for (const p of problems) process.stderr.write(`${file}: ${p.severity}: ${formatProblem(p)}\n`);
}

/** Every .yaml file under `dir`, sorted, as the app's bundle sees maps/**\/*.yaml. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/i.test(f) && !/\.broken\.ya?ml$/i.test(f))
    .map((f) => join(dir, f))
    .sort();
}

/** The bundled maps and solutions, loaded as the app loads them (maps first). */
function loadBundled(): { maps: TransitMap[]; solutions: Solution[] } {
  const files = yamlFiles(join(root, 'maps'));
  const maps = files
    .filter((f) => !f.includes('/solutions/'))
    .flatMap((f) => loadText(readFileSync(f, 'utf8')).maps);
  const solutions = files
    .filter((f) => f.includes('/solutions/'))
    .flatMap((f) => loadText(readFileSync(f, 'utf8'), { maps }).solutions);
  return { maps, solutions };
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        solutions: { type: 'string', default: '' },
        out: { type: 'string' },
        theme: { type: 'string', default: 'light' },
        width: { type: 'string' },
        palette: { type: 'string', default: 'map' },
        patterns: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) fail(USAGE, 0);
  const file = positionals[0];
  if (!file || positionals.length > 1) fail(USAGE);
  if (values.theme !== 'light' && values.theme !== 'dark') fail(`--theme must be light or dark`);
  const palette = values.palette;
  if (palette !== 'map' && palette !== 'okabe-ito') fail(`--palette must be map or okabe-ito`);
  const width = values.width === undefined ? undefined : Number(values.width);
  if (width !== undefined && !(Number.isInteger(width) && width >= 16 && width <= 100_000)) {
    fail(`--width must be a whole number of pixels between 16 and 100000, not "${values.width}"`);
  }

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const bundled = loadBundled();
  const result = loadText(text, { maps: bundled.maps });
  const name = relative(process.cwd(), resolve(file));
  printProblems(name, result.problems);
  if (!result.ok) fail(`${name} was not loaded: fix the problems above`, 1);
  const map = result.maps[0] ?? bundled.maps.find((m) => m.id === result.solutions[0]?.map);
  if (!map) fail(`${name} holds no map`, 1);

  // Solutions in the file win over bundled ones of the same id (as in the app).
  const available = [
    ...result.solutions.filter((s) => s.map === map.id),
    ...bundled.solutions.filter((s) => s.map === map.id),
  ];
  const ids = values.solutions
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const solutions: Solution[] = [];
  for (const id of [...new Set(ids)]) {
    const solution = available.find((s) => s.id === id);
    if (!solution) {
      const known = [...new Set(available.map((s) => s.id))].sort().join(', ') || 'none';
      fail(`no solution "${id}" for map "${map.id}"; available: ${known}`, 1);
    }
    solutions.push(solution);
  }

  const geometry = layoutMap(map);
  const theme = values.theme === 'dark' ? darkTheme : lightTheme;
  // The line colours the app draws: the palette, patterns, and contrast with the background.
  const styles = lineStyles(map.lines, {
    palette,
    patterns: values.patterns,
    background: theme.name,
    backgroundColor: theme.background,
    width: geometry.lineWidth,
  });
  const out = exportSvg({ map, geometry, theme, solutions, width, lineStyles: styles });
  if (out.removed.length > 0)
    process.stderr.write(`safety pass removed: ${out.removed.join('; ')}\n`);
  if (!values.out || values.out === '-') process.stdout.write(out.svg);
  else {
    writeFileSync(values.out, out.svg);
    process.stderr.write(
      `wrote ${values.out} (${out.width} × ${out.height} px, ${out.svg.length} bytes)\n`,
    );
  }
}

main();
