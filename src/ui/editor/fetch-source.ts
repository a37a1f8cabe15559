// `#src=URL`: fetch a YAML file from an address, reading at most 1 MiB, with a clear message
// for what is not a YAML file (an error status, an HTML page, something too large).
import { decodeBytes } from '../../model/decode.ts';
import { MAX_SOURCE_BYTES } from '../../model/limits.ts';

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
    return { error: `“${address}” is not a web address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: `only https:// and http:// addresses can be opened, not ${url.protocol}` };
  let response: Response;
  try {
    response = await fetcher(url.href, { credentials: 'omit', redirect: 'follow' });
  } catch {
    return {
      error: `${url.href} could not be fetched: the host is unreachable or does not allow other sites to read it (CORS)`,
    };
  }
  if (!response.ok) {
    const what =
      response.status === 404
        ? 'there is no file there (404 Not Found)'
        : `the server answered ${response.status} ${response.statusText}`.trim();
    return { error: `${url.href} could not be opened: ${what}` };
  }
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html|application\/xhtml/i.test(type))
    return { error: `${url.href} is a web page (HTML), not a YAML file; link to the raw file` };
  const length = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = (bytes: number) =>
    `${url.href} is too large (${(bytes / 1024 / 1024).toFixed(1)} MiB or more); files up to 1 MiB are accepted`;
  if (length > MAX_SOURCE_BYTES) return { error: tooLarge(length) };
  const bytes = await readLimited(response, MAX_SOURCE_BYTES);
  if (!bytes) return { error: tooLarge(MAX_SOURCE_BYTES + 1) };
  const decoded = decodeBytes(bytes);
  if ('problem' in decoded) return { error: `${url.href}: ${decoded.problem.message}` };
  if (looksLikeHtml(decoded.text))
    return { error: `${url.href} is a web page (HTML), not a YAML file; link to the raw file` };
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
