import { describe, expect, it } from 'vitest';
import { coverageSentence, selectionSentence, servedCount } from './coverage-text.ts';

const t = { covered: 18, partial: 4, uncovered: 8, total: 30 };

describe('coverage sentence', () => {
  it('counts partial claims in the headline and names full and partial apart', () => {
    expect(servedCount(t)).toBe(22);
    expect(coverageSentence(t)).toBe('22 of 30 stations covered (18 full, 4 partial)');
  });

  it('names the selection before the sentence', () => {
    expect(selectionSentence(['Kubeflow', 'MLflow'], t)).toBe(
      'Kubeflow + MLflow \u2014 22 of 30 stations covered (18 full, 4 partial)',
    );
  });

  it('says station for a one-station map', () => {
    expect(coverageSentence({ covered: 1, partial: 0, uncovered: 0, total: 1 })).toBe(
      '1 of 1 station covered (1 full, 0 partial)',
    );
  });
});
