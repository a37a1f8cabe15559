// A small fuzzy matcher for station search: the query's characters must appear in order
// (a subsequence); matches at the start of a word and runs of adjacent characters score more.
// Pure: no DOM, no React.

export interface FuzzyMatch {
  readonly score: number;
  /** Where each query character matched in the text (for highlighting). */
  readonly indices: readonly number[];
}

const MATCH = 1;
const WORD_START = 8;
const TEXT_START = 4;
const ADJACENT = 6;
const GAP = 0.4;
const MAX_GAP_PENALTY = 4;
const EXACT = 20;

/** Lower case, accents dropped, so that "Etl" finds "ÉTL". Keeps the length unchanged. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '') || ch;
    out += [...base.toLowerCase()][0] ?? ch;
  }
  return out;
}

const isAlnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** True where a word begins: the first character, after a separator, or a camelCase hump. */
export function wordStarts(text: string): boolean[] {
  const chars = [...text];
  return chars.map((ch, i) => {
    const prev = chars[i - 1];
    if (!isAlnum(ch)) return false;
    if (!isAlnum(prev)) return true;
    return prev !== undefined && /\p{Ll}/u.test(prev) && /\p{Lu}/u.test(ch);
  });
}

/**
 * Scores `text` against `query`, or null when the query is not a subsequence of the text.
 * Whitespace in the query is ignored. Higher is better; an empty query matches with 0.
 */
export function fuzzyScore(query: string, text: string): FuzzyMatch | null {
  const q = [...fold(query).replace(/\s+/g, '')];
  const t = [...fold(text)];
  if (q.length === 0) return { score: 0, indices: [] };
  if (q.length > t.length) return null;
  const starts = wordStarts(text);
  const charScore = (ti: number) =>
    MATCH + (starts[ti] ? WORD_START : 0) + (ti === 0 ? TEXT_START : 0);

  // best[qi][ti]: the best score with q[0..qi] matched and q[qi] at t[ti]; -Infinity if none.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let qi = 0; qi < q.length; qi++) {
    const row: number[] = new Array<number>(t.length).fill(-Infinity);
    const back: number[] = new Array<number>(t.length).fill(-1);
    const prevRow = best[qi - 1];
    for (let ti = qi; ti < t.length; ti++) {
      if (t[ti] !== q[qi]) continue;
      if (qi === 0 || !prevRow) {
        row[ti] = charScore(ti);
        continue;
      }
      let top = -Infinity;
      let arg = -1;
      for (let tj = qi - 1; tj < ti; tj++) {
        const p = prevRow[tj] ?? -Infinity;
        if (p === -Infinity) continue;
        const gap = ti - tj - 1;
        const s = p + (gap === 0 ? ADJACENT : -Math.min(MAX_GAP_PENALTY, GAP * gap));
        if (s > top) {
          top = s;
          arg = tj;
        }
      }
      if (arg >= 0) {
        row[ti] = top + charScore(ti);
        back[ti] = arg;
      }
    }
    best.push(row);
    from.push(back);
  }

  const last = best[q.length - 1] ?? [];
  let score = -Infinity;
  let end = -1;
  last.forEach((s, ti) => {
    if (s > score) {
      score = s;
      end = ti;
    }
  });
  if (end < 0) return null;
  const indices: number[] = [];
  for (let qi = q.length - 1, ti = end; qi >= 0 && ti >= 0; qi--) {
    indices.unshift(ti);
    ti = from[qi]?.[ti] ?? -1;
  }
  if (q.length === t.length) score += EXACT;
  // Of two equal matches, the shorter text is the likelier target.
  score -= 0.01 * (t.length - q.length);
  return { score, indices };
}

export interface SearchItem {
  readonly id: string;
  readonly text: string;
  /** Other names the item is found by (its id, its zone…), scored at a discount. */
  readonly aliases?: readonly string[];
}

export interface SearchResult extends FuzzyMatch {
  readonly id: string;
  readonly text: string;
}

/** The items matching `query`, best first (ties by text), at most `limit` of them. */
export function fuzzySearch(
  items: readonly SearchItem[],
  query: string,
  limit = 8,
): SearchResult[] {
  if (query.trim() === '') return [];
  const results: SearchResult[] = [];
  for (const item of items) {
    const main = fuzzyScore(query, item.text);
    let score = main?.score ?? -Infinity;
    for (const alias of item.aliases ?? []) {
      const m = fuzzyScore(query, alias);
      if (m && m.score - 2 > score) score = m.score - 2;
    }
    if (score > -Infinity) {
      results.push({ id: item.id, text: item.text, score, indices: main?.indices ?? [] });
    }
  }
  results.sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  return results.slice(0, limit);
}
