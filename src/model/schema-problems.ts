// zod issues -> located problems whose messages name the element they are about.
import type { z } from 'zod';
import { messages, quote } from './messages.ts';
import type { ParsedDocument } from './parse-yaml.ts';
import { problem } from './problem.ts';
import type { Problem, ProblemPath } from './problem.ts';

type Issue = z.core.$ZodIssue;

const KIND_OF: Record<string, string> = {
  lines: 'line',
  stations: 'station',
  zones: 'zone',
  covers: 'claim',
  needs: 'need',
  integrations: 'integration',
};

const ALLOWED_KEYS: Record<string, readonly string[]> = {
  map: ['kind', 'id', 'title', 'description', 'zones', 'lines', 'stations'],
  solution: [
    'kind',
    'id',
    'name',
    'map',
    'url',
    'color',
    'description',
    'checked',
    'covers',
    'integrations',
  ],
  requirements: ['kind', 'id', 'map', 'title', 'description', 'default', 'needs'],
  needs: ['station', 'priority', 'note'],
  integrations: ['with', 'note', 'source'],
  lines: ['id', 'label', 'color', 'description', 'stops'],
  stations: ['id', 'label', 'zone', 'description', 'url', 'position'],
  zones: ['id', 'label', 'description'],
  covers: ['station', 'level', 'note', 'label', 'source'],
  position: ['x', 'y'],
};

/** A union failure reports every branch; keep the branch that got furthest. */
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const branches = issue.errors.map((branch) =>
      flatten(branch).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
    );
    const depth = (b: Issue[]) => Math.max(...b.map((i) => i.path.length));
    branches.sort((a, b) => depth(b) - depth(a) || a.length - b.length);
    const best = branches[0];
    // Neither branch got past the value itself: say what was expected instead.
    if (!best || depth(best) <= issue.path.length) return [issue];
    return best;
  });
}

function describe(value: unknown, path: ProblemPath): string {
  const [section, index] = path;
  if (typeof section !== 'string' || typeof index !== 'number' || !KIND_OF[section]) return '';
  const root = value as Record<string, unknown>;
  const list = root[section];
  const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const kind = KIND_OF[section] ?? section;
  if (typeof item === 'string') return `${kind} ${quote(item)}`;
  if (item && typeof item === 'object') {
    const rec = item as Record<string, unknown>;
    const id = rec['id'] ?? rec['station'] ?? rec['with'];
    if (typeof id === 'string') return `${kind} ${quote(id)}`;
  }
  return `${kind} ${index + 1}`;
}

function field(path: ProblemPath): string {
  return path.filter((s): s is string => typeof s === 'string').join('.');
}

const EXPECTED: Record<string, string> = {
  stops: 'should be a list of station ids, or a list of such lists for a branching line',
  covers: 'should be a station id, or a mapping with station, level and note',
};

function valueAt(root: unknown, path: ProblemPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

function detail(issue: Issue, input: unknown, path: ProblemPath): string {
  switch (issue.code) {
    case 'invalid_type':
      if (typeof input === 'number' && issue.expected === 'number')
        return `should be a finite number, found ${String(input)}`;
      return input === undefined
        ? `is required (${issue.expected === 'string' ? 'text' : issue.expected})`
        : `should be ${issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : `a ${issue.expected}`}, found ${typeOf(input)}`;
    case 'invalid_union': {
      const section = path.findLast((s): s is string => typeof s === 'string') ?? '';
      return EXPECTED[section] ?? `is not valid here`;
    }
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      if (typeof input === 'string')
        return `is too long: ${input.length} characters, at most ${String(issue.maximum)} allowed; shorten it`;
      if (Array.isArray(input))
        return `has too many items: ${input.length}, at most ${String(issue.maximum)}; split the map into smaller maps`;
      if (typeof input === 'number')
        return `should be at most ${String(issue.maximum)}, found ${String(input)}`;
      return issue.message;
    case 'too_small':
      if (typeof input === 'string' && Number(issue.minimum) === 1) return 'should not be empty';
      if (typeof input === 'number')
        return `should be at least ${String(issue.minimum)}, found ${String(input)}`;
      return issue.message;
    default:
      return issue.message;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'string' ? `text ${quote(value)}` : `${typeof value} ${String(value)}`;
}

export function schemaProblems(
  doc: ParsedDocument,
  issues: readonly Issue[],
  kind: 'map' | 'solution' | 'requirements',
): Problem[] {
  return flatten(issues).flatMap((issue): Problem[] => {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const context = describe(doc.value, path);
    if (issue.code === 'unrecognized_keys') {
      const last = path[path.length - 1];
      const section =
        typeof last === 'string' ? last : typeof path[0] === 'string' ? path[0] : kind;
      const allowed = ALLOWED_KEYS[path.length === 0 ? kind : section] ?? [];
      return issue.keys.map((key) => {
        const at = [...path, key];
        return problem(messages.unknownKey(context, key, allowed), {
          path: at,
          ...doc.locate(at, 'key'),
        });
      });
    }
    const name = field(path.slice(context ? 2 : 0));
    const text = `${name ? `${name}: ` : ''}${detail(issue, valueAt(doc.value, path), path)}`;
    return [problem(messages.schema(context, text), { path, ...doc.locate(path) })];
  });
}
