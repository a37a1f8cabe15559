// `transit-map export maps/ml-system.yaml --solutions kubeflow,mlflow --out map.pdf`
// (or `npm run export -- …`). Renders a map (with an overlay of solutions) to SVG, PDF, LOOM's
// GeoJSON or the HTML report, headless, through the very code the app uses: loadText (or the
// GeoJSON import) → layoutMap → ExportDocument → safety pass → the format's writer.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { layoutMap } from '../src/layout/layout.ts';
import { loadText } from '../src/model/load.ts';
import { formatProblem } from '../src/model/problem.ts';
import type { Problem } from '../src/model/problem.ts';
import type { Solution, TransitMap } from '../src/model/schema.ts';
import { exportGeoJson } from '../src/formats/geojson-export.ts';
import { importGeoJson } from '../src/formats/geojson-import.ts';
import { slug } from '../src/formats/slug.ts';
import { svgToPdf } from '../src/render/export-pdf.ts';
import { exportReport } from '../src/render/export-report.ts';
import { exportSvg } from '../src/render/export-svg.tsx';
import { nodePdfFonts } from './node-fonts.ts';
import { lineStyles } from '../src/render/line-styles.ts';
import { darkTheme, lightTheme } from '../src/render/theme.ts';

const USAGE = `usage: transit-map export <file> [options]
       npm run export -- <file> [options]

Draws a map, with an overlay of solutions, to a file, headless, with the app's own code.

  <file>           a YAML file holding a map (and maybe its solutions), or a LOOM GeoJSON
                   line graph (.geojson or .json)
  --format F       svg (default), pdf, geojson (LOOM's line graph, our layout's coordinates)
                   or html (the one-file evaluation report); default from --out's extension
  --solutions a,b  ids of solutions to overlay, from the file or the bundled maps/solutions
  --out FILE       where to write (default: standard output; "-" too)
  --theme T        light (default) or dark
  --width N        width of the picture in px (default: its natural size); svg, pdf, html
  --palette P      map (default: the file's colours) or okabe-ito (colour-blind safe)
  --patterns       draw each line with its own dash pattern too
  --date D         the report's date, YYYY-MM-DD (default: today); html
  -h, --help       this text
  -v, --version    the app's version

exit status: 0 written; 1 the file did not load (its problems on standard error, each with
its line and column) or names an unknown solution; 2 wrong usage or a file that cannot be
read or written; 3 the export itself failed.`;

const FORMATS = ['svg', 'pdf', 'geojson', 'html'] as const;
type Format = (typeof FORMATS)[number];

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
        format: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    process.exit(0);
  }
  // `transit-map export FILE` and `npm run export -- FILE` alike.
  const args = positionals[0] === 'export' ? positionals.slice(1) : positionals;
  const file = args[0];
  if (!file || args.length > 1) fail(USAGE);
  const format = formatOf(values.format, values.out);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date must be YYYY-MM-DD, not "${date}"`);
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
  const name = relative(process.cwd(), resolve(file));
  if (isGeoJson(file, text)) {
    const stem = basename(file, extname(file));
    const imported = importGeoJson(text, { id: slug(stem, 'imported'), title: stem });
    printProblems(name, imported.problems);
    if (!imported.yaml) fail(`${name} was not loaded: fix the problems above`, 1);
    text = imported.yaml;
  }
  const result = loadText(text, { maps: bundled.maps });
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
  const input = { map, geometry, theme, solutions, width, lineStyles: styles };
  void write(format, values.out, async () => {
    if (format === 'geojson') return exportGeoJson(map, geometry);
    if (format === 'html') {
      const report = exportReport({ ...input, date, appVersion: version() });
      warnRemoved(report.removed);
      return report.html;
    }
    const out = exportSvg(input);
    warnRemoved(out.removed);
    if (format === 'svg') return out.svg;
    return svgToPdf({ ...out, title: map.title, fonts: nodePdfFonts() });
  });
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function formatOf(option: string | undefined, out: string | undefined): Format {
  const wanted = option ?? (out && out !== '-' ? extname(out).slice(1).toLowerCase() : 'svg');
  const format = wanted === 'json' ? 'geojson' : wanted === 'htm' ? 'html' : wanted;
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  return fail(
    option === undefined
      ? `cannot tell the format from "${out}": add --format ${FORMATS.join('|')}`
      : `--format must be one of ${FORMATS.join(', ')}, not "${option}"`,
  );
}

const isGeoJson = (file: string, text: string) =>
  /\.(geo)?json$/i.test(file) || /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));

function warnRemoved(removed: readonly string[]) {
  if (removed.length > 0) process.stderr.write(`safety pass removed: ${removed.join('; ')}\n`);
}

async function write(
  format: Format,
  out: string | undefined,
  make: () => Promise<string | Uint8Array>,
) {
  let data: string | Uint8Array;
  try {
    data = await make();
  } catch (error) {
    fail(`${format} export failed: ${error instanceof Error ? error.message : String(error)}`, 3);
  }
  if (!out || out === '-') {
    process.stdout.write(data);
    return;
  }
  try {
    writeFileSync(out, data);
  } catch (error) {
    fail(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stderr.write(`wrote ${out} (${format}, ${data.length} bytes)\n`);
}

main();
