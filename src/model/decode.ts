// Bytes from a file -> text, refusing what is too large, binary or not UTF-8. Never throws.
import { messages } from './messages.ts';
import { MAX_SOURCE_BYTES } from './limits.ts';
import { problem } from './problem.ts';
import type { Problem } from './problem.ts';

export type Decoded = { readonly text: string } | { readonly problem: Problem };

const refuse = (message: string): Decoded => ({ problem: problem(message) });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_SOURCE_BYTES)
    return refuse(messages.tooLarge(bytes.length, MAX_SOURCE_BYTES));
  // A UTF-16 byte-order mark: text, but not the UTF-8 the app reads (it also holds NULs).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return refuse(messages.notUtf8());
  if (bytes.includes(0)) return refuse(messages.binary());
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse(messages.notUtf8());
  }
}
