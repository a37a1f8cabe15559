// The mean of a list and the spread of lengths (standard deviation over mean), as the quality
// report measures edge lengths and the routing judge weighs them.

export const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;

/** Mean, standard deviation and their ratio (0 for no lengths or a mean of 0). */
export function spreadOf(xs: readonly number[]): { mean: number; std: number; spread: number } {
  const m = mean(xs);
  const std = Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
  return { mean: m, std, spread: m === 0 ? 0 : std / m };
}
