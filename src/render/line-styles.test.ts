import { describe, expect, it } from 'vitest';
import { lineDash, lineStyles, okabeIto, OKABE_ITO, PATTERN_NAMES } from './line-styles.ts';

const lines = [
  { id: 'a', color: '#111111' },
  { id: 'b', color: '#222222' },
  { id: 'c', color: '#333333' },
];

describe('line styles', () => {
  it('changes nothing by default', () => {
    const none = { palette: 'map', patterns: false, background: 'light', width: 4 } as const;
    expect(lineStyles(lines, none)).toBeUndefined();
  });

  it('substitutes the Okabe–Ito palette in map order, white for black on dark', () => {
    const styles = lineStyles(lines, {
      palette: 'okabe-ito',
      patterns: false,
      background: 'light',
      width: 4,
    });
    expect([...(styles?.values() ?? [])]).toEqual([
      { color: '#0072b2' },
      { color: '#e69f00' },
      { color: '#009e73' },
    ]);
    expect(okabeIto(6, 'light')).toBe('#000000');
    expect(okabeIto(6, 'dark')).toBe('#ffffff');
    expect(okabeIto(OKABE_ITO.length, 'light')).toBe('#0072b2');
  });

  it('gives every line a different pattern, the first solid', () => {
    const styles = lineStyles(lines, {
      palette: 'map',
      patterns: true,
      background: 'dark',
      width: 4,
    });
    expect(styles?.get('a')).toEqual({ color: '#111111' });
    expect(styles?.get('b')).toEqual({ color: '#222222', dash: '8 8' });
    expect(styles?.get('c')).toEqual({ color: '#333333', dash: '0 8' });
    const dashes = PATTERN_NAMES.map((_, i) => lineDash(i, 3));
    expect(new Set(dashes).size).toBe(PATTERN_NAMES.length);
    expect(lineDash(4, 3)).toBe('15 6.6');
  });
});

describe('line contrast', () => {
  it('lifts a line too faint for the background, and only then', () => {
    const faint = [{ id: 'g', color: '#333333' }];
    const dark = { palette: 'map', patterns: false, background: 'dark', width: 4 } as const;
    expect(lineStyles(faint, { ...dark, backgroundColor: '#ffffff' })).toBeUndefined();
    const lifted = lineStyles(faint, { ...dark, backgroundColor: '#16181d' })?.get('g');
    expect(lifted?.color).not.toBe('#333333');
  });
});
