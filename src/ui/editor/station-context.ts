// Where the cursor is a place for a station id: inside a line's `stops`, a solution's
// `covers` or a requirement set's `needs`; and where it is a place for a priority. Text-based on purpose, so that it works while the YAML is half typed.

const ID_TAIL = /[a-z0-9-]*$/;
const LIST_KEY = /^\s*(?:-\s+)?(stops|covers|needs)\s*:/;

const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;
const depth = (s: string) => [...s].reduce((d, c) => d + (c === '[' ? 1 : c === ']' ? -1 : 0), 0);

/** The start of the id being typed at `pos`, when that place takes a station id. */
export function stationIdContext(text: string, pos: number): { from: number } | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  const word = ID_TAIL.exec(before)?.[0] ?? '';
  const from = pos - word.length;
  const head = before.slice(0, before.length - word.length);
  // `stops: [a, b, |` or `covers: [a, |` on one line.
  const inline = /\b(stops|covers|needs)\s*:(.*)$/.exec(head);
  if (inline) return depth(inline[2] ?? '') > 0 ? { from } : null;
  // `- station: |` inside covers or needs, or `- { station: |` in a flow mapping.
  if (/^\s*(?:-\s+)?station\s*:\s*$/.test(head)) return { from };
  if (/^\s*-\s+\{(?:[^{}]*,)?\s*station\s*:\s*$/.test(head)) return { from };
  // `- |` or `- [a, |` as an item of a block list under `stops:` or `covers:`.
  const item = /^(\s*)-\s+(\[.*)?$/.exec(head);
  if (!item) return null;
  if (item[2] !== undefined && depth(item[2]) <= 0) return null;
  const indent = item[1]?.length ?? 0;
  const lines = text.slice(0, lineStart).split('\n').reverse();
  for (const line of lines) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (indentOf(line) < indent || (indentOf(line) === indent && !line.trim().startsWith('-'))) {
      return LIST_KEY.test(line) && /:\s*(#.*)?$/.test(line) ? { from } : null;
    }
  }
  return null;
}

/** The priorities a requirement set's `needs` take, most important first. */
export const PRIORITY_WORDS = ['must', 'should', 'could', 'wont'] as const;

/** The start of the word being typed at `pos` after `priority:` or `default:`. */
export function priorityContext(text: string, pos: number): { from: number } | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  const word = /[a-z]*$/.exec(before)?.[0] ?? '';
  const head = before.slice(0, before.length - word.length);
  if (/(?:^|[\s{,])priority\s*:\s*$/.test(head) || /^default\s*:\s*$/.test(head))
    return { from: pos - word.length };
  return null;
}

/** Station ids declared under `stations:` in the text, typed so far. */
export function declaredStationIds(text: string): string[] {
  const start = /^stations\s*:/m.exec(text);
  if (!start) return [];
  const rest = text.slice(start.index + start[0].length);
  const end = /^\S/m.exec(rest);
  const section = end ? rest.slice(0, end.index) : rest;
  const ids = [...section.matchAll(/(?:^\s*-\s*|\{\s*)id\s*:\s*["']?([a-z0-9][a-z0-9-]*)/gm)];
  return ids.map((m) => m[1] ?? '').filter(Boolean);
}
