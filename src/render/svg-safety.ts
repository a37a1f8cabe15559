// The last pass over every exported SVG: whatever the components drew, the file that leaves
// the app holds no script, no foreign content, no event handler and no external reference.
// Pure string work (no DOM), so the browser and the CLI run the very same pass.
import { decodeEntities, escapeXml } from './xml-text.ts';

export interface SafetyReport {
  /** The cleaned SVG text. */
  readonly svg: string;
  /** What was removed, one entry each, e.g. `element <script>`, `attribute onclick on <g>`. */
  readonly removed: readonly string[];
}

/** Elements dropped with everything inside them. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'style',
  'iframe',
  'object',
  'embed',
  // Animations can rewrite an href after the fact; handlers are SVG Tiny's scripts.
  'animate',
  'set',
  'handler',
  'listener',
]);
/** Attributes whose value is a reference: only a same-document `#fragment` may stay. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction']);

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Text without what browsers ignore inside a URL scheme (whitespace, controls), lower-cased. */
const squash = (value: string) =>
  [...value]
    .filter((ch) => ch > ' ' && (ch < '\u007f' || ch > '\u00a0'))
    .join('')
    .toLowerCase();

/** Why an attribute must go, or null when it may stay. */
function unsafeAttribute(name: string, value: string): string | null {
  const lower = name.toLowerCase();
  const local = lower.includes(':') ? lower.slice(lower.indexOf(':') + 1) : lower;
  if (local.startsWith('on')) return 'event handler';
  if (lower === 'xmlns' || lower.startsWith('xmlns:')) return null;
  const plain = squash(decodeEntities(value));
  if (/(?:java|vb)script:|data:text\/html/.test(plain)) return 'script URL';
  if (REFERENCE_ATTRIBUTES.has(lower) || local === 'href') {
    return plain.startsWith('#') ? null : 'external reference';
  }
  if (lower === 'style') return 'style attribute';
  const urls = plain.match(/url\(['"]?./g) ?? [];
  if (urls.some((u) => !u.endsWith('#'))) return 'external url()';
  if (/@import|expression\(/.test(plain)) return 'style import';
  return null;
}

const XML_NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

function cleanTag(tag: string, name: string, removed: string[]): string {
  const body = tag.slice(1 + name.length).replace(/\/?>$/, '');
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const m of body.matchAll(ATTRIBUTE)) {
    const attr = m[1] ?? '';
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const why = !XML_NAME.test(attr)
      ? 'not an XML name'
      : seen.has(attr)
        ? 'duplicate'
        : unsafeAttribute(attr, value);
    seen.add(attr);
    if (why) removed.push(`attribute ${attr} on <${name}> (${why})`);
    else kept.push(` ${attr}="${escapeXml(decodeEntities(value))}"`);
  }
  return `<${name}${kept.join('')}${tag.endsWith('/>') ? '/>' : '>'}`;
}

/** Text between tags, re-escaped the one way the whole file is escaped. */
const escapeText = (text: string) => escapeXml(decodeEntities(text));

const tagName = (tag: string) => /^<\/?\s*([^\s/>]+)/.exec(tag)?.[1] ?? '';
const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

/**
 * Removes from `svg` every `<script>`, `<foreignObject>`, `<style>` and other active element
 * (with its content), every `on*` attribute, `javascript:` URLs, references that are not a
 * `#fragment` (href, xlink:href, url()), style attributes, comments, processing instructions
 * other than the XML declaration, DOCTYPEs (no entity definitions) and CDATA sections.
 */
export function sanitizeSvg(svg: string): SafetyReport {
  const removed: string[] = [];
  const out: string[] = [];
  // Tags, with quoted attribute values that may hold '>'; comments; CDATA; declarations.
  const token =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>[]*(?:\[[\s\S]*?\])?[^>]*>?|<\?[\s\S]*?(?:\?>|$)|<\/?[^\s/>!?][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>?/g;
  let last = 0;
  let skipping: { name: string; depth: number } | null = null;
  // Open elements written so far: closing tags must match, and whatever is left is closed.
  const open: string[] = [];
  for (const m of svg.matchAll(token)) {
    const tag = m[0];
    const text = svg.slice(last, m.index);
    last = m.index + tag.length;
    if (!skipping) out.push(escapeText(text));
    if (tag.startsWith('<!--')) continue;
    if (tag.startsWith('<![CDATA[')) {
      if (!skipping) removed.push('CDATA section');
      continue;
    }
    if (tag.startsWith('<!')) {
      removed.push('declaration (DOCTYPE)');
      continue;
    }
    if (tag.startsWith('<?')) {
      if (!/^<\?xml\s/.test(tag) || m.index !== 0) removed.push('processing instruction');
      else out.push('<?xml version="1.0" encoding="UTF-8"?>');
      continue;
    }
    const name = tagName(tag);
    const local = localName(name);
    const closing = tag.startsWith('</');
    const selfClosing = tag.endsWith('/>');
    if (skipping) {
      if (local === skipping.name && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = null;
      continue;
    }
    if (!XML_NAME.test(name)) {
      removed.push(`tag ${JSON.stringify(tag.slice(0, 20))}`);
      continue;
    }
    if (DROPPED_ELEMENTS.has(local)) {
      removed.push(`element <${name}>`);
      if (!closing && !selfClosing) skipping = { name: local, depth: 1 };
      continue;
    }
    if (!closing) {
      out.push(cleanTag(tag.endsWith('>') ? tag : `${tag}>`, name, removed));
      if (!selfClosing) open.push(name);
    } else if (open.includes(name)) {
      for (let top = open.pop(); top !== undefined; top = top === name ? undefined : open.pop()) {
        out.push(`</${top}>`);
      }
    } else removed.push(`closing tag </${name}> without its start`);
  }
  if (!skipping) out.push(escapeText(svg.slice(last)));
  while (open.length > 0) out.push(`</${open.pop() ?? ''}>`);
  return { svg: out.join(''), removed };
}

/** What `sanitizeSvg` would remove from `svg` (empty when the file is already safe). */
export const findUnsafe = (svg: string): readonly string[] => sanitizeSvg(svg).removed;
