// Text for XML files: React writes HTML, and HTML is not XML. A named entity such as `&nbsp;`
// breaks an XML parser, and so does a control character; non-ASCII text survives any
// encoding mix-up (Illustrator, Keynote, e-mail) only as numeric character references.

/** The few named entities HTML tools emit, plus XML's own five. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  middot: '\u00b7',
  times: '\u00d7',
};

/** A code point XML 1.0 allows in a document. */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Replaces numeric and known named character references with the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const cp =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(cp) && isXmlChar(cp) ? String.fromCodePoint(cp) : '\ufffd';
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Text ready for an XML attribute value or text node: markup characters escaped, characters
 * XML forbids dropped (a lone surrogate becomes U+FFFD), everything outside printable ASCII
 * written as a numeric character reference, so the file is plain ASCII.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&#39;';
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '&#xFFFD;';
    else if (!isXmlChar(cp)) continue;
    else if (cp > 0x7e || (cp < 0x20 && cp !== 0x0a)) out += `&#x${cp.toString(16).toUpperCase()};`;
    else out += ch;
  }
  return out;
}
