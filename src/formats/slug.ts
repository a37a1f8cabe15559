// Ids from other tools -> our ids ([a-z0-9][a-z0-9-]*), unique, never a reserved name.
import { RESERVED_IDS } from '../model/schema.ts';

/** `"de:08111:6115"` -> `"de-08111-6115"`; `""` -> the fallback. */
export function slug(text: string, fallback: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s === '' || RESERVED_IDS.includes(s) ? fallback : s;
}

/** One slug per text, in order, made unique by `-2`, `-3`… suffixes. */
export function uniqueSlugs(texts: readonly string[], prefix: string): string[] {
  const taken = new Set<string>();
  return texts.map((text, i) => {
    const base = slug(text, `${prefix}-${i + 1}`);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
