// Linear pre-scans that refuse hostile shapes before the YAML parser sees them.
// - Nesting: the `yaml` package composes nodes recursively, and 20,000 nested `[` overflow
//   the call stack after seconds of work (in Node the aftermath can kill the process). No
//   map nests more than a handful of levels, so a generous limit costs nothing.
// - Volume: `yaml` spends 2-4 µs per token, so a 1 MiB file of tiny items (blank lines,
//   `k1: v` pairs, `[a,a,a,…]`) keeps the page busy for seconds. A map of 1,000 stations has
//   about 10,000 lines; the budget below is three times that.

/** Lines plus commas: a cheap stand-in for the parser's work. */
export const MAX_LINES_AND_ITEMS = 30_000;

/** Counts newlines and commas (outside nothing: prose commas count too, generously). */
export function linesAndItems(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44) count++;
  }
  return count;
}

/** Flow collections (`[`, `{`) open at once; a real map needs 2 or 3. */
export const MAX_FLOW_DEPTH = 64;
/** Indentation plus compact `- `/`? `/`: ` indicators before a line's content, in columns. */
export const MAX_INDENT = 240;

export interface TooDeep {
  /** 1-based line and column where the limit was crossed. */
  readonly line: number;
  readonly column: number;
}

const isBlank = (c: string | undefined) =>
  c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** Characters after which `[`, `{`, a quote or a comment may start a new token. */
const isTokenStart = (prev: string | undefined) =>
  isBlank(prev) || prev === '[' || prev === '{' || prev === ',' || prev === ':';

/**
 * Where the text first nests deeper than the limits, or null. Approximate on purpose: quoted
 * scalars and comments are skipped, plain scalars that merely contain brackets (`a[1]`) do not
 * count; a stray unclosed bracket in prose counts once, far below the limit.
 */
export function findTooDeep(text: string): TooDeep | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  let atLineStart = true;
  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      let j = i;
      while (j < n) {
        const c = text[j];
        if (c === ' ' || c === '\t') j++;
        else if (
          (c === '-' || c === '?' || c === ':') &&
          isBlank(text[j + 1]) &&
          text[j + 1] !== undefined
        )
          j++;
        else break;
      }
      if (j - i > MAX_INDENT) return { line, column: MAX_INDENT + 1 };
      i = j;
      continue;
    }
    const c = text[i];
    const prev = i === lineStart ? undefined : text[i - 1];
    if (c === '\n') {
      line++;
      i++;
      lineStart = i;
      atLineStart = true;
    } else if (c === '#' && isBlank(prev)) {
      while (i < n && text[i] !== '\n') i++;
    } else if ((c === '"' || c === "'") && isTokenStart(prev)) {
      i = skipQuoted(text, i, c, (at) => {
        line++;
        lineStart = at + 1;
      });
    } else if ((c === '[' || c === '{') && isTokenStart(prev)) {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return { line, column: i - lineStart + 1 };
      i++;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
      i++;
    } else i++;
  }
  return null;
}

/** The index just after a quoted scalar that starts at `start`; counts the newlines inside. */
export function skipQuoted(
  text: string,
  start: number,
  quote: string,
  newline: (at: number) => void,
): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') newline(i);
    if (quote === '"' && c === '\\') {
      if (text[i + 1] === '\n') newline(i + 1);
      i += 2;
    } else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}
