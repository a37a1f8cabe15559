import { describe, expect, it } from 'vitest';
import { findUnsafe, sanitizeSvg } from './svg-safety.ts';
import { xmlError } from './xml-wellformed.ts';

const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
const clean = (inner: string) => sanitizeSvg(wrap(inner)).svg;

/** Nothing dangerous is left, whatever the spelling. */
function expectSafe(svg: string) {
  expect(svg).not.toMatch(/<\s*(?:\w+:)?script/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toMatch(/\son\w+\s*=/i);
  expect(svg).not.toMatch(/javascript:/i);
  expect(svg).not.toMatch(/href="(?!#)/i);
  expect(svg).not.toMatch(/url\((?!['"]?#)/i);
  expect(xmlError(svg)).toBeNull();
}

describe('sanitizeSvg', () => {
  it('leaves a safe drawing as it was', () => {
    const svg = wrap(
      '<g fill="none"><path d="M0 0L1 1" stroke="#fff"></path><use href="#a"></use>' +
        '<rect fill="url(#grad)" width="1" height="1"/><text x="1">R&amp;D &lt;lab&gt;</text></g>',
    );
    expect(sanitizeSvg(svg)).toEqual({ svg, removed: [] });
  });

  it.each([
    ['a script element', '<script>alert(1)</script>'],
    [
      'an upper-case, namespaced script',
      '<SVG:SCRIPT type="text/javascript">alert(1)</SVG:SCRIPT>',
    ],
    ['a script with markup inside', '<script><script>x</script>alert(1)</script>'],
    ['an unclosed script', '<script>alert(1)'],
    ['a self-closing script with src', '<script href="https://evil.example/x.js"/>'],
    [
      'foreignObject with HTML',
      '<foreignObject><body onload="x()"><img src=x></body></foreignObject>',
    ],
    ['a style element with @import', '<style>@import url(https://evil.example/a.css)</style>'],
    ['an event handler', '<g onclick="alert(1)" fill="red"></g>'],
    ['an upper-case handler without quotes', '<g ONLOAD=alert(1)></g>'],
    ['a namespaced handler', '<g ev:onclick="alert(1)"></g>'],
    ['a javascript: link', '<a href="javascript:alert(1)"><text>x</text></a>'],
    ['an entity-encoded javascript: link', '<a href="&#106;ava&#x73;cript&colon;alert(1)">x</a>'],
    ['a javascript: link split by whitespace', '<a xlink:href=" java\tscript:alert(1)">x</a>'],
    ['an external image', '<image href="https://evil.example/track.png"/>'],
    ['an external use', '<use xlink:href="http://evil.example/s.svg#icon"/>'],
    ['a data: image', '<image href="data:image/svg+xml;base64,PHN2Zz4="/>'],
    ['an external url() in fill', '<rect fill="url(https://evil.example/p.svg#g)"/>'],
    ['an unterminated url()', '<rect filter="url(//evil.example/f"/>'],
    ['a quoted external url()', '<rect mask="url(\'https://evil.example/m\')"/>'],
    ['a style attribute with url()', '<rect style="fill:url(https://evil.example/x)"/>'],
    [
      'an animation rewriting href',
      '<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>',
    ],
    [
      'an animate with external values',
      '<animate attributeName="href" values="https://evil.example"/>',
    ],
    [
      'a DOCTYPE with entities',
      '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><text>&x;</text>',
    ],
    ['a stylesheet processing instruction', '<?xml-stylesheet href="https://evil.example/s.css"?>'],
    ['CDATA hiding markup', '<text><![CDATA[</text><script>alert(1)</script>]]></text>'],
    ['a quoted > inside an attribute', '<g data-x="a>b" onclick="alert(1)"></g>'],
  ])('removes %s', (_what, inner) => {
    const result = sanitizeSvg(wrap(inner));
    expect(result.removed.length).toBeGreaterThan(0);
    expectSafe(result.svg);
  });

  it("keeps the text of a stripped element's siblings and escapes stray markup characters", () => {
    expect(clean('<text>a < b & c > d</text><script>x</script><text>after</text>')).toBe(
      wrap('<text>a &lt; b &amp; c &gt; d</text><text>after</text>'),
    );
  });

  it('turns HTML entities and raw non-ASCII into numeric references and drops control characters', () => {
    expect(clean('<text title="a&nbsp;b">x&nbsp;y \u00a0 🚇 \u0001 &bogus;</text>')).toBe(
      wrap('<text title="a&#xA0;b">x&#xA0;y &#xA0; &#x1F687;  &amp;bogus;</text>'),
    );
  });

  it('refuses duplicate attributes and names that are not XML names', () => {
    const result = sanitizeSvg(wrap('<g fill="red" fill="blue"></g><g a"b="c"></g>'));
    expect(result.svg).toMatch(/^<svg[^>]*><g fill="red"><\/g><g>/);
    expect(result.removed).toContain('attribute fill on <g> (duplicate)');
    expect(result.removed).toContain('attribute a"b on <g> (not an XML name)');
    expect(xmlError(result.svg)).toBeNull();
  });

  it('closes what a stripped element left open and drops stray closing tags', () => {
    expect(clean('<g><text>x</g></b>')).toBe(wrap('<g><text>x</text></g>'));
    expect(sanitizeSvg('<svg><g><script>').svg).toBe('<svg><g></g></svg>');
  });

  it('normalises the XML declaration', () => {
    const result = sanitizeSvg(`<?xml version="1.0" href="https://evil.example"?>${wrap('')}`);
    expect(result.svg).toBe(`<?xml version="1.0" encoding="UTF-8"?>${wrap('')}`);
  });

  it('findUnsafe lists what would go', () => {
    expect(findUnsafe(wrap('<g onclick="x"></g><script></script>'))).toEqual([
      'attribute onclick on <g> (event handler)',
      'element <script>',
    ]);
  });
});
