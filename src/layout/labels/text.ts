// Text metrics without a DOM: average advance widths of a sans-serif face, in ems.
const NARROW = new Set("iljtfrI!.,:;'|()[]{} ");
const WIDE = new Set('mwMW@%');

/** Estimated width of `text` at `fontSize`, in pixels. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else if (ch >= '0' && ch <= '9') em += 0.56;
    else em += 0.52;
  }
  return em * fontSize;
}

/**
 * Ways to set a label: on one row, and (when it has several words) on two rows split
 * at the space that balances the rows best.
 */
export function wrapOptions(label: string): string[][] {
  const text = label.trim().replace(/\s+/g, ' ');
  const options: string[][] = [[text]];
  const words = text.split(' ');
  if (words.length < 2) return options;
  let best: string[] | null = null;
  let bestLen = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const len = Math.max(a.length, b.length);
    if (len < bestLen) {
      bestLen = len;
      best = [a, b];
    }
  }
  if (best) options.push(best);
  return options;
}
