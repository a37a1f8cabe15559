// A strict XML 1.0 well-formedness check for tests and the CLI's self-check (Node has no XML
// parser built in): one root, balanced tags, unique attributes, quoted values, only XML's
// five named entities or numeric references, and no character XML forbids.
import { isXmlChar } from './xml-text.ts';

const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const OPEN = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const CLOSE = new RegExp(`^</(${NAME})\\s*>`);
const REF = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;

function badText(text: string): string | null {
  const rest = text.replace(REF, '');
  if (rest.includes('&')) return `a bare or unknown entity near "${text.slice(0, 40)}"`;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isXmlChar(cp)) return `character U+${cp.toString(16).toUpperCase()}`;
  }
  for (const m of text.matchAll(/&#(x?)([0-9a-fA-F]+);/g)) {
    if (!isXmlChar(parseInt(m[2] ?? '', m[1] ? 16 : 10))) return `reference ${m[0]}`;
  }
  return null;
}

/** The first well-formedness error in `xml`, or null when it is well-formed. */
export function xmlError(xml: string): string | null {
  let at = 0;
  const decl = /^<\?xml\s[^?]*\?>/.exec(xml);
  if (decl) at = decl[0].length;
  const stack: string[] = [];
  let roots = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt === -1 ? xml.length : lt);
    const why = badText(text);
    if (why) return `${why} at ${at}`;
    if (stack.length === 0 && text.trim()) return `text outside the root at ${at}`;
    if (lt === -1) break;
    const rest = xml.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return `unclosed comment at ${lt}`;
      at = lt + end + 3;
      continue;
    }
    const close = CLOSE.exec(rest);
    if (close) {
      if (stack.pop() !== close[1])
        return `</${close[1]}> does not close the open element at ${lt}`;
      at = lt + close[0].length;
      continue;
    }
    const open = OPEN.exec(rest);
    if (!open) return `malformed tag at ${lt}: ${rest.slice(0, 40)}`;
    if (stack.length === 0 && ++roots > 1) return `a second root element at ${lt}`;
    const seen = new Set<string>();
    for (const a of (open[2] ?? '').matchAll(ATTR)) {
      if (seen.has(a[1] ?? '')) return `duplicate attribute ${a[1]} at ${lt}`;
      seen.add(a[1] ?? '');
      const bad = badText(a[2] ?? a[3] ?? '');
      if (bad) return `${bad} in attribute ${a[1]} at ${lt}`;
    }
    if (!open[3]) stack.push(open[1] ?? '');
    at = lt + open[0].length;
  }
  if (stack.length > 0) return `unclosed <${stack.join('>, <')}>`;
  return roots === 1 ? null : 'no root element';
}
