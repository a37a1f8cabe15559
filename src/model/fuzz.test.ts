// Property-based fuzzing of the loader: random bytes, random YAML-ish text and mutations of
// the bundled maps go in; a LoadResult comes out, never an exception, within a time bound.
// Whatever loads must satisfy the schema and the reference checks again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';
import { loadText } from './load.ts';
import type { LoadResult } from './load.ts';
import { linePaths, TransitMap } from './schema.ts';

/** CPU time per call; generous so that a loaded 2-core machine does not make it flaky. */
const BOUND_MS = 2000;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const root = join(import.meta.dirname, '..', '..');
const SEEDS = ['maps/ml-system.yaml', 'maps/ml-workflow.yaml', 'maps/solutions/kubeflow.yaml'].map(
  (p) => readFileSync(join(root, p), 'utf8'),
);
const MAP_SOURCE = SEEDS[0] ?? '';
const contextMaps = loadText(MAP_SOURCE).maps;

function checked(text: string): LoadResult {
  const start = cpuMs();
  let result: LoadResult | undefined;
  expect(() => {
    result = loadText(text, { maps: contextMaps });
  }).not.toThrow();
  expect(cpuMs() - start).toBeLessThan(BOUND_MS);
  if (!result) throw new Error('unreachable');
  for (const p of result.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
  }
  expect(result.ok).toBe(!result.problems.some((p) => p.severity === 'error'));
  for (const map of result.maps) {
    // What loaded is a valid map: schema and references hold.
    expect(TransitMap.safeParse(map).success).toBe(true);
    const ids = new Set(map.stations.map((s) => s.id));
    expect(ids.size).toBe(map.stations.length);
    for (const line of map.lines)
      for (const path of linePaths(line)) for (const stop of path) expect(ids.has(stop)).toBe(true);
  }
  expect(Object.prototype).not.toHaveProperty('polluted');
  return result;
}

/** Pieces that YAML parsers have tripped over. */
const TOKENS = [
  ...['\n', '  ', '\t', ' ', ': ', '- ', '? ', ', ', '#', '---\n', '...\n', '%YAML 1.1\n'],
  ...['[', ']', '{', '}', '"', "'", '\\', '|', '>', '&a ', '*a', '&b ', '*b', '<<: ', '!!'],
  ...['!!js/function ', '!!binary ', '!foo ', '!<tag:x> ', 'kind: map\n', 'kind: solution\n'],
  ...['id: a\n', 'label: L\n', 'stops: [a, b]\n', 'stations:\n', 'lines:\n', '__proto__', '~'],
  ...['constructor', 'prototype', '.nan', '.inf', '-.inf', '0x1f', '0o17', '1e400', 'null', 'yes'],
  ...['\uFEFF', '\u0000', '\u2028', '\u00e9', '😀', '\uD800', 'javascript:', '<script>', '#fff'],
];

const yamlish = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

type Mutation = { at: number; kind: number; token: string; length: number };
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.integer({ min: 0, max: 4 }),
  token: fc.constantFrom(...TOKENS),
  length: fc.integer({ min: 1, max: 40 }),
});

/** Inserts, deletes, replaces, duplicates or swaps a stretch of text. */
function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  const end = Math.min(text.length, at + m.length);
  switch (m.kind) {
    case 0:
      return text.slice(0, at) + m.token + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(end);
    case 2:
      return text.slice(0, at) + m.token + text.slice(end);
    case 3:
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    default: {
      const lines = text.split('\n');
      const i = at % Math.max(1, lines.length);
      const j = (i + m.length) % Math.max(1, lines.length);
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('\n');
    }
  }
}

describe('fuzzing the loader', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checked(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random YAML-ish text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        checked(text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated bundled maps and solutions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (seed, mutations) => {
          checked(mutations.reduce(mutate, seed));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('decodes random bytes into text or a problem, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeBytes(bytes);
        if ('text' in decoded) checked(decoded.text);
        else expect(decoded.problem.line).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('a mutation that keeps the text valid still loads the same way twice (deterministic)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const text = mutations.reduce(mutate, MAP_SOURCE);
        expect(loadText(text).problems).toEqual(loadText(text).problems);
      }),
      { numRuns: 30 },
    );
  });
});
