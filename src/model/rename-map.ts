// Gives a map in a YAML text a new id and title (for "keep both": a second copy of a map that
// must not clash with the first), and points the text's own solutions and requirement sets at
// the new id. Small splices at the values' ranges, so comments and layout stay; a text with
// YAML errors gets its top-level `id:` line changed only.
import { isScalar, parseAllDocuments } from 'yaml';
import type { Document, Node } from 'yaml';

const OPTIONS = { schema: 'core', version: '1.2', merge: false, uniqueKeys: true } as const;

interface Splice {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

const valueRange = (doc: Document, key: string): [number, number] | null => {
  const node = doc.get(key, true) as Node | undefined;
  return isScalar(node) && node.range ? [node.range[0], node.range[1]] : null;
};

/** `text` with map `mapId` renamed to `newId`, and its title turned into `retitle(title)`. */
export function renameMap(
  text: string,
  mapId: string,
  newId: string,
  retitle: (title: string) => string,
): string {
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, OPTIONS) as Document[];
  } catch {
    docs = [];
  }
  if (!Array.isArray(docs) || docs.length === 0 || docs.some((d) => d.errors.length > 0))
    return text.replace(new RegExp(`^id:[ \\t]*(["']?)${mapId}\\1[ \\t]*$`, 'm'), `id: ${newId}`);
  const splices: Splice[] = [];
  for (const doc of docs) {
    const kind = doc.get('kind');
    if (kind === 'map' && doc.get('id') === mapId) {
      const id = valueRange(doc, 'id');
      if (id) splices.push({ from: id[0], to: id[1], text: newId });
      const title = valueRange(doc, 'title');
      const old = doc.get('title');
      if (title && typeof old === 'string')
        splices.push({ from: title[0], to: title[1], text: JSON.stringify(retitle(old)) });
    } else if ((kind === 'solution' || kind === 'requirements') && doc.get('map') === mapId) {
      const map = valueRange(doc, 'map');
      if (map) splices.push({ from: map[0], to: map[1], text: newId });
    }
  }
  return splices
    .sort((a, b) => b.from - a.from)
    .reduce((t, s) => t.slice(0, s.from) + s.text + t.slice(s.to), text);
}
