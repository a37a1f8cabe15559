import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';

const message = (bytes: Uint8Array) => {
  const decoded = decodeBytes(bytes);
  return 'problem' in decoded ? decoded.problem.message : decoded.text;
};

describe('decodeBytes', () => {
  it('decodes UTF-8 with emoji, dropping a byte-order mark', () => {
    expect(message(new TextEncoder().encode('\uFEFFkind: map # 🚇'))).toBe('kind: map # 🚇');
  });
  it('refuses binary, non-UTF-8 and oversized input', () => {
    expect(message(new Uint8Array([0x6b, 0x00, 0x01]))).toMatch(/binary/);
    expect(message(new Uint8Array([0x6b, 0xff, 0xfe, 0x41]))).toMatch(/not UTF-8/);
    expect(message(new Uint8Array(1024 * 1024 + 1).fill(0x20))).toMatch(/files up to 1 MiB/);
  });
});
