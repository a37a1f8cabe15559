// Seeded randomness: a linear congruential generator, the same recurrence as d3-force's
// own lcg (Numerical Recipes constants). Returns numbers in [0, 1).
export function lcg(seed: number): () => number {
  let state = (Math.floor(Math.abs(seed)) >>> 0) ^ 0x2545f491;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
