// Fixed-size bit sets over element indices, packed into 32-bit words (for the stack search).

export type Bits = Uint32Array;

export function emptyBits(size: number): Bits {
  return new Uint32Array(Math.max(1, Math.ceil(size / 32)));
}

export function setBit(bits: Bits, index: number): void {
  const word = index >>> 5;
  bits[word] = (bits[word] ?? 0) | (1 << (index & 31));
}

export function hasBit(bits: Bits, index: number): boolean {
  return (((bits[index >>> 5] ?? 0) >>> (index & 31)) & 1) === 1;
}

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function countBits(bits: Bits): number {
  let count = 0;
  for (const word of bits) count += popcount(word);
  return count;
}

/** |a ∩ b| */
export function countAnd(a: Bits, b: Bits): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 1) count += popcount((a[i] ?? 0) & (b[i] ?? 0));
  return count;
}

/** a \ b, as a new set. */
export function andNot(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i += 1) out[i] = (a[i] ?? 0) & ~(b[i] ?? 0);
  return out;
}

export function intersects(a: Bits, b: Bits): boolean {
  for (let i = 0; i < a.length; i += 1) if (((a[i] ?? 0) & (b[i] ?? 0)) !== 0) return true;
  return false;
}

export function isEmptyBits(bits: Bits): boolean {
  for (const word of bits) if (word !== 0) return false;
  return true;
}

/** The indices of the set bits, ascending. */
export function bitIndices(bits: Bits): number[] {
  const out: number[] = [];
  bits.forEach((word, w) => {
    let rest = word;
    while (rest !== 0) {
      const low = rest & -rest;
      out.push(w * 32 + 31 - Math.clz32(low));
      rest ^= low;
    }
  });
  return out;
}
