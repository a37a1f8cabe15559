// `#src=URL`: fetch a YAML file from an address, reading at most 1 MiB, with a clear message
// for what is not a YAML file (an error status, an HTML page, something too large).
import { decodeBytes } from '../../model/decode.ts';
import { MAX_SOURCE_BYTES } from '../../model/limits.ts';
import { uiMessages as m } from '../messages.ts';

export type Fetched = { readonly text: string; readonly url: string } | { readonly error: string };

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html|<head|<body)/i.test(text);

export async function fetchSource(
  address: string,
  base: string,
  fetcher = fetch,
): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return { error: m.notAnAddress(address) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: m.wrongProtocol(url.protocol) };
  let response: Response;
  try {
    response = await fetcher(url.href, { credentials: 'omit', redirect: 'follow' });
  } catch {
    return { error: m.unreachable(url.href) };
  }
  if (!response.ok) {
    const what =
      response.status === 404
        ? m.notFound()
        : m.serverAnswered(response.status, response.statusText);
    return { error: m.notOpened(url.href, what) };
  }
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html|application\/xhtml/i.test(type)) return { error: m.webPage(url.href) };
  const length = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = (bytes: number) => m.tooLarge(url.href, bytes);
  if (length > MAX_SOURCE_BYTES) return { error: tooLarge(length) };
  const bytes = await readLimited(response, MAX_SOURCE_BYTES);
  if (!bytes) return { error: tooLarge(MAX_SOURCE_BYTES + 1) };
  const decoded = decodeBytes(bytes);
  if ('problem' in decoded) return { error: m.fetchedProblem(url.href, decoded.problem.message) };
  if (looksLikeHtml(decoded.text)) return { error: m.webPage(url.href) };
  return { text: decoded.text, url: url.href };
}

/** The body, or null as soon as it grows past `limit` bytes (the download is cancelled). */
async function readLimited(response: Response, limit: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    return all.length > limit ? null : all;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}
