// Duplicate keys, found in linear time. The `yaml` package's own `uniqueKeys` check compares
// every key with every earlier key of its mapping: a 400 KB file of 40,000 distinct keys kept
// the page busy for over 30 seconds. Here each mapping keeps a Set of the keys it has seen.
// Merge keys (`<<`, YAML 1.1) are off; one is named here, rather than as an unknown field.
// So are keys that are lists or mappings (`? [a, b]`), which JavaScript objects cannot hold.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document } from 'yaml';

export interface KeyProblem {
  readonly offset: number;
  readonly kind: 'duplicate' | 'merge' | 'complex';
}

/** The keys that repeat an earlier key of the same mapping, and merge keys, in source order. */
export function keyProblems(doc: Document): KeyProblem[] {
  const found: KeyProblem[] = [];
  // Iterative on purpose: the depth of the input was bounded before parsing, but a stack
  // of our own costs nothing.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const offset = (pair.key as { range?: [number] } | null)?.range?.[0] ?? 0;
        // An alias key (`*k : v`) counts as the scalar it points to.
        const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
        if (isScalar(key)) {
          if (key.value === '<<' && key.type === 'PLAIN') found.push({ offset, kind: 'merge' });
          if (seen.has(key.value)) found.push({ offset, kind: 'duplicate' });
          else seen.add(key.value);
        } else if (key !== null && key !== undefined) found.push({ offset, kind: 'complex' });
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
