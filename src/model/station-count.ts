// The stations of a map, counted in one linear pass over the text, before the YAML parser
// runs. The parser builds a Document of every node first: a 5,000-station map (220 KB) costs
// it half a second in Node and several seconds on a busy page, only to be refused for its
// size. Counting the `- ` items under a top-level `stations:` key (or the items of its flow
// list) refuses it in a few milliseconds. Shapes this does not recognise (an anchor or a tag
// on the list, a document that is one flow mapping) are left to the parser and the schema.
import { skipQuoted } from './prescan.ts';

export interface StationCount {
  /** Items in the list. */
  readonly count: number;
  /** 1-based line of the `stations:` key. */
  readonly line: number;
}

const STATIONS_KEY = /^(?:stations|"stations"|'stations')[ \t]*:(?=[ \t\r]|$)/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r]|$)/;

/** Every top-level `stations:` list the pass recognises, in source order. */
export function countStations(text: string): StationCount[] {
  const found: StationCount[] = [];
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const end = lineEnd(text, at);
    const key = STATIONS_KEY.exec(text.slice(at, Math.min(end, at + 24)));
    if (key) {
      const after = skipSpaces(text, at + key[0].length, end);
      const rest = text[after];
      if (rest === '[') {
        const flow = countFlowItems(text, after);
        found.push({ count: flow.count, line });
        line += flow.newlines;
        at = lineEnd(text, flow.end);
      } else if (after === end || rest === '#' || rest === '\r') {
        const block = countBlockItems(text, end + 1);
        if (block.count > 0) found.push({ count: block.count, line });
        line += 1 + block.lines;
        at = block.end;
        continue;
      }
    }
    line++;
    at = end + 1;
  }
  return found;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/**
 * The `- ` items of the block sequence starting on the line at `from`: lines indented exactly
 * like the first item and starting with a dash, up to the first line indented less (or as
 * much, without a dash), or a document marker. Deeper lines belong to an item.
 */
function countBlockItems(
  text: string,
  from: number,
): { count: number; lines: number; end: number } {
  let count = 0;
  let lines = 0;
  let indent = -1;
  let at = from;
  while (at < text.length) {
    const end = lineEnd(text, at);
    const content = skipSpaces(text, at, end);
    const c = text[content];
    const blank = content === end || c === '#' || c === '\r';
    if (!blank) {
      const width = content - at;
      const dash = c === '-' && (content + 1 === end || /[ \t\r]/.test(text[content + 1] ?? ''));
      if (width === 0 && DOCUMENT_MARKER.test(text.slice(at, at + 4))) break;
      if (indent < 0) {
        if (!dash) break;
        indent = width;
      }
      if (width < indent || (width === indent && !dash)) break;
      if (width === indent) count++;
    }
    lines++;
    at = end + 1;
  }
  return { count, lines, end: at };
}

/** Items of the flow sequence whose `[` is at `open`, skipping quoted text and comments. */
function countFlowItems(
  text: string,
  open: number,
): { count: number; newlines: number; end: number } {
  let depth = 0;
  let count = 0;
  let newlines = 0;
  let item = false;
  let i = open;
  while (i < text.length) {
    const c = text[i];
    const prev = text[i - 1];
    if (c === '\n') {
      newlines++;
    } else if (c === '#' && (prev === ' ' || prev === '\t' || prev === '\n')) {
      i = lineEnd(text, i);
      continue;
    } else if ((c === '"' || c === "'") && (prev === undefined || /[\s[{,:]/.test(prev))) {
      item = true;
      i = skipQuoted(text, i, c, () => newlines++);
      continue;
    } else if (c === '[' || c === '{') {
      if (depth === 1) item = true;
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        if (item) count++;
        return { count, newlines, end: i + 1 };
      }
    } else if (c === ',' && depth === 1) {
      if (item) count++;
      item = false;
    } else if (depth === 1 && c !== ' ' && c !== '\t' && c !== '\r') {
      item = true;
    }
    i++;
  }
  return { count, newlines, end: i };
}
