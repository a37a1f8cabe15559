import { describe, expect, it } from 'vitest';
import { fold, fuzzyScore, fuzzySearch, wordStarts } from './fuzzy.ts';

describe('fuzzyScore', () => {
  it('needs the query as a subsequence of the text', () => {
    expect(fuzzyScore('trn', 'Training')).not.toBeNull();
    expect(fuzzyScore('nrt', 'Training')).toBeNull();
    expect(fuzzyScore('trainings', 'Training')).toBeNull();
  });

  it('matches an empty query with score 0 and ignores spaces and case', () => {
    expect(fuzzyScore('', 'Training')).toEqual({ score: 0, indices: [] });
    expect(fuzzyScore('FEAT  store', 'Feature store')?.indices).toEqual([
      0, 1, 2, 3, 8, 9, 10, 11, 12,
    ]);
  });

  it('prefers word starts: "fs" picks the initials of Feature store', () => {
    expect(fuzzyScore('fs', 'Feature store')?.indices).toEqual([0, 8]);
    const initials = fuzzyScore('fs', 'Feature store')?.score ?? 0;
    const inside = fuzzyScore('fs', 'Offset')?.score ?? 0;
    expect(initials).toBeGreaterThan(inside);
  });

  it('prefers adjacent characters over scattered ones', () => {
    const run = fuzzyScore('mon', 'Monitoring')?.score ?? 0;
    const scattered = fuzzyScore('mon', 'Model registration')?.score ?? 0;
    expect(run).toBeGreaterThan(scattered);
  });

  it('gives an exact match the top score', () => {
    const exact = fuzzyScore('serving', 'Serving')?.score ?? 0;
    const longer = fuzzyScore('serving', 'Online serving')?.score ?? 0;
    expect(exact).toBeGreaterThan(longer);
  });

  it('folds accents and finds camelCase humps', () => {
    expect(fold('Éléphant')).toBe('elephant');
    expect(wordStarts('dataLake x')).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(fuzzyScore('dl', 'dataLake')?.indices).toEqual([0, 4]);
  });
});

describe('fuzzySearch', () => {
  const items = [
    { id: 'feature-store', text: 'Feature store' },
    { id: 'feature-engineering', text: 'Feature engineering' },
    { id: 'serving', text: 'Online serving' },
    { id: 'storage', text: 'Data lake', aliases: ['storage'] },
    { id: 'monitoring', text: 'Monitoring' },
  ];

  it('ranks the best match first and drops non-matches', () => {
    expect(fuzzySearch(items, 'fst').map((r) => r.id)).toEqual(['feature-store']);
    // Equal matches: the shorter text first.
    expect(fuzzySearch(items, 'feat').map((r) => r.id)).toEqual([
      'feature-store',
      'feature-engineering',
    ]);
    expect(fuzzySearch(items, 'serv')[0]?.id).toBe('serving');
  });

  it('finds an item by an alias, and returns nothing for a blank query', () => {
    expect(fuzzySearch(items, 'storage').map((r) => r.id)).toEqual(['storage']);
    expect(fuzzySearch(items, '   ')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(fuzzySearch(items, 'e', 2)).toHaveLength(2);
  });
});
