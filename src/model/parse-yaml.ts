// YAML text -> documents with source positions, with safe options (the core schema pinned,
// no merge keys, unique keys, a cap on aliases).
// Never throws: everything that goes wrong becomes a located Problem.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import { messages } from './messages.ts';
import { findTooDeep, linesAndItems, MAX_LINES_AND_ITEMS } from './prescan.ts';
import { problem } from './problem.ts';
import type { Problem, ProblemPath } from './problem.ts';
import { MAX_SOURCE_BYTES } from './limits.ts';
import { keyProblems } from './unique-keys.ts';

export { MAX_SOURCE_BYTES };
const MAX_ALIASES = 100;
const MAX_PROBLEMS = 50;
/** A map and its solutions fit in a few documents; thousands of `---` are an attack. */
export const MAX_DOCUMENTS = 200;

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface ParsedDocument {
  readonly index: number;
  /** The document's data as plain JS (no prototypes touched: `__proto__` is an ordinary key). */
  readonly value: unknown;
  /** Where a data path sits in the source; falls back to the nearest enclosing node. */
  readonly locate: (path: ProblemPath, at?: 'key' | 'value') => Position;
}

export interface ParseResult {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly Problem[];
}

const problemAt = (pos: Position, message: string, severity: Problem['severity'] = 'error') =>
  problem(message, pos, severity);

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function parseYaml(source: string): ParseResult {
  // A cheap check first: every UTF-16 unit is at least one UTF-8 byte.
  if (source.length > MAX_SOURCE_BYTES || utf8Length(source) > MAX_SOURCE_BYTES) {
    const bytes = utf8Length(source.slice(0, MAX_SOURCE_BYTES * 4));
    return {
      documents: [],
      problems: [problemAt({ line: 1, column: 1 }, messages.tooLarge(bytes, MAX_SOURCE_BYTES))],
    };
  }
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const volume = linesAndItems(text);
  if (volume > MAX_LINES_AND_ITEMS) {
    const refused = problemAt(
      { line: 1, column: 1 },
      messages.tooMany(volume, MAX_LINES_AND_ITEMS),
    );
    return { documents: [], problems: [refused] };
  }
  const deep = findTooDeep(text);
  if (deep) return { documents: [], problems: [problemAt(deep, messages.tooDeep())] };
  const lineCounter = new LineCounter();
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, offset));
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
  let parsed: ReturnType<typeof parseAllDocuments>;
  try {
    parsed = parseAllDocuments(text, {
      schema: 'core',
      version: '1.2',
      merge: false,
      // Checked below in linear time: yaml's own check is quadratic in the number of keys.
      uniqueKeys: false,
      strict: true,
      prettyErrors: true,
      lineCounter,
      customTags: [],
      resolveKnownTags: false,
    });
  } catch (error) {
    return { documents: [], problems: [problemAt({ line: 1, column: 1 }, readFailure(error))] };
  }
  if (!Array.isArray(parsed)) return { documents: [], problems: [] };
  if (parsed.length > MAX_DOCUMENTS) {
    const start = parsed[MAX_DOCUMENTS]?.contents?.range?.[0] ?? 0;
    const refused = problemAt(toPosition(start), messages.tooManyDocuments(MAX_DOCUMENTS));
    return { documents: [], problems: [refused] };
  }

  const problems: Problem[] = [];
  const documents: ParsedDocument[] = [];
  parsed.forEach((doc, index) => {
    const errors = [...doc.errors, ...doc.warnings];
    const said = new Set<string>();
    // Tokens after the end of the document ("Unexpected … in YAML stream") follow from what
    // ended it early: a stray word is read as the whole document; name that first, once.
    const stream = (err: (typeof errors)[number]) =>
      err.code === 'UNEXPECTED_TOKEN' && / in YAML stream/.test(err.message);
    let rooted = false;
    const firstStream = errors.find(stream);
    const contents = doc.contents as Node | null;
    if (firstStream && isScalar(contents) && contents.range && problems.length < MAX_PROBLEMS) {
      const stray = String(contents.value ?? '');
      problems.push(problemAt(toPosition(contents.range[0]), messages.strayText(stray)));
      rooted = true;
    }
    for (const err of errors) {
      const detail = stripPosition(err.message.split('\n')[0] ?? err.message);
      const format = err.name === 'YAMLWarning' ? messages.yamlWarning : messages.yamlSyntax;
      const message = /call stack|too much recursion/i.test(detail)
        ? messages.tooDeep()
        : format(detail);
      // A runaway error repeats itself at every offset: say it once.
      if (said.has(message) || problems.length >= MAX_PROBLEMS) continue;
      said.add(message);
      const found = problemAt(toPosition(err.pos[0]), message);
      if (stream(err) && (rooted || err !== firstStream)) {
        problems.push({ ...found, cascade: true });
      } else {
        problems.push(found);
        // The first stray token is the cause of those after it (when nothing else is).
        if (stream(err)) rooted = true;
      }
    }
    if (errors.length > 0) return;
    const keys = keyProblems(doc);
    for (const { offset, kind } of keys.slice(0, MAX_PROBLEMS)) {
      const message =
        kind === 'merge'
          ? messages.mergeKey()
          : kind === 'complex'
            ? messages.complexKey()
            : messages.yamlSyntax('Map keys must be unique');
      problems.push(problemAt(toPosition(offset), message));
    }
    if (keys.length > 0) return;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const at = firstAliasOffset(doc) ?? doc.contents?.range?.[0] ?? 0;
      problems.push(problemAt(toPosition(at), readFailure(error)));
      return;
    }
    if (value === null || value === undefined) {
      // An empty document between `---` markers: skip it unless it is the only one.
      if (parsed.length === 1) problems.push(problemAt(toPosition(0), messages.empty()));
      return;
    }
    documents.push({ index, value, locate: locator(doc, toPosition) });
  });
  if (parsed.length === 0) problems.push(problemAt({ line: 1, column: 1 }, messages.empty()));
  return { documents, problems };
}

/** Where the first alias (`*name`) is: an alias bomb is best pointed at there. */
function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function readFailure(error: unknown): string {
  if (error instanceof ReferenceError && /alias/i.test(error.message)) return messages.aliasBomb();
  if (error instanceof RangeError) return messages.tooDeep();
  if (error instanceof Error && /alias/i.test(error.message)) return messages.aliasBomb();
  return messages.unreadable(error instanceof Error ? error.message : String(error));
}

/** yaml's pretty messages end with "at line L, column C:" plus a code frame; we add our own. */
function stripPosition(detail: string): string {
  return detail.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function locator(doc: Document, toPosition: (offset: number) => Position) {
  return (path: ProblemPath, at: 'key' | 'value' = 'value'): Position => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && p.key.value === segment,
        );
        if (!pair) break;
        const keyNode = pair.key as Node;
        const valueNode = pair.value as Node | null;
        offset =
          (at === 'key' && last) || !valueNode?.range
            ? (keyNode.range?.[0] ?? offset)
            : valueNode.range[0];
        node = valueNode;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item?.range) break;
        offset = item.range[0];
        node = item;
      } else break;
    }
    return toPosition(offset);
  };
}
