// WCAG 2 contrast: relative luminance of sRGB colours and the ratio between two of them.

const channels = (hex: string): [number, number, number] => {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const n = Number.parseInt(h.slice(0, 6), 16);
  return Number.isNaN(n) ? [0, 0, 0] : [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

const toHex = (rgb: readonly number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `t` (0…1) of `to` into `from`. */
export function mix(from: string, to: string, t: number): string {
  const a = channels(from);
  const b = channels(to);
  return toHex(a.map((c, i) => c + ((b[i] ?? 0) - c) * t));
}

/**
 * `color` unchanged if it stands out from `background` by at least `min`:1; otherwise mixed
 * towards white (on a dark background) or black (on a light one) just enough to.
 */
export function withContrast(color: string, background: string, min = 3): string {
  if (contrastRatio(color, background) >= min) return color;
  const target = luminance(background) < 0.18 ? '#ffffff' : '#000000';
  for (let t = 0.05; t < 1; t += 0.05) {
    const c = mix(color, target, t);
    if (contrastRatio(c, background) >= min) return c;
  }
  return target;
}
