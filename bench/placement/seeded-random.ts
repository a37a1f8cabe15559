// Seeded randomness for the placement: a linear congruential generator in [0, 1).
export function lcg(seed: number): () => number {
  let state = (Math.floor(Math.abs(seed)) >>> 0) ^ 0x5bd1e995;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
