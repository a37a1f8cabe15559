// Files from the picker or a drop -> the store. Maps go first, so that a map and its
// solutions dropped together load in one go.
import { decodeBytes } from '../model/decode.ts';
import { useAppStore } from '../store/store.ts';
import { confirmOpen } from './editor/guard-open.ts';
import { loadInWorker } from '../worker/app-layout-client.ts';

const looksLikeMap = (text: string) => /^kind:\s*["']?map\b/m.test(text);
/** A LOOM GeoJSON line graph: by its name, or a JSON object where YAML was expected. */
const looksLikeGeoJson = (name: string, text: string) =>
  /\.(geo)?json$/i.test(name) || /^\s*\{/.test(text);

/**
 * A GeoJSON line graph becomes the YAML text of a map (see src/formats/geojson-import.ts); a
 * graph with errors reports them, located in the GeoJSON, and opens nothing.
 */
async function fromGeoJson(
  name: string,
  text: string,
): Promise<{ name: string; text: string } | null> {
  const [{ importGeoJson }, { slug }] = await Promise.all([
    import('../formats/geojson-import.ts'),
    import('../formats/slug.ts'),
  ]);
  const stem = name.replace(/\.[^.]*$/, '') || 'imported';
  const result = importGeoJson(text, { id: slug(stem, 'imported'), title: stem });
  if (!result.yaml) {
    useAppStore.getState().reportProblems(name, result.problems);
    return null;
  }
  return { name: `${stem}.yaml`, text: result.yaml };
}

export async function openFiles(files: Iterable<File>): Promise<void> {
  const decoded: { name: string; text?: string }[] = [];
  const { reportProblems } = useAppStore.getState();
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = decodeBytes(bytes);
    if ('problem' in result) {
      reportProblems(file.name, [result.problem]);
      return;
    }
    if (looksLikeGeoJson(file.name, result.text)) {
      const converted = await fromGeoJson(file.name, result.text);
      if (!converted) return;
      decoded.push(converted);
    } else decoded.push({ name: file.name, text: result.text });
  }
  decoded.sort((a, b) => Number(looksLikeMap(b.text ?? '')) - Number(looksLikeMap(a.text ?? '')));
  const names = decoded.map((d) => d.name).join(', ');
  const texts = decoded.map((d) => d.text ?? '');
  if (!(await confirmOpen(texts, names))) return;
  for (const { name, text = '' } of decoded) {
    if (!(await open(text, name)).ok) return;
  }
}

/** Parses in the layout worker (a big file would block the page), on the main thread if it fails. */
async function open(text: string, name: string) {
  const maps = useAppStore.getState().maps.map((m) => m.map);
  const result = await loadInWorker(text, maps).catch(() => null);
  // The maps may have changed meanwhile (another file); then the worker's answer is stale.
  const { openLoaded, openText, maps: now } = useAppStore.getState();
  const same = now.length === maps.length && now.every((m, i) => m.map === maps[i]);
  return result && same ? openLoaded(text, name, result) : openText(text, name);
}
