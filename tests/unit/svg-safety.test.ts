import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { badgeArtworkSvg, levelColours, type ArtworkInput } from "@/lib/badges/artwork/default-artwork";
import { sanitiseSvg, sniffImageType } from "@/lib/badges/artwork/svg-safety";

const svg = (body: string, rootAttributes = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"${rootAttributes}>${body}</svg>`;
const tinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE svg [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
${svg("<text>&lol3;</text>")}`;

/** Real attack payloads: each must be refused, with a reason that names what was found. */
const attacks: [string, string, RegExp][] = [
  [
    "entity-encoded javascript: (decimal) in <use href>",
    svg('<use href="&#106;avascript:alert(1)"/>'),
    /outside the file \(javascript:/,
  ],
  [
    "entity-encoded javascript: (hex) in xlink:href",
    svg('<image xlink:href="&#x6A;avascript:alert(1)"/>'),
    /outside the file/,
  ],
  ["javascript: with an encoded tab inside", svg('<use href="java&#9;script:alert(1)"/>'), /outside the file/],
  ["javascript: with an encoded newline inside", svg('<use href="java&#10;script:alert(1)"/>'), /outside the file/],
  ["javascript: with a literal tab inside", svg('<use href="java\tscript:alert(1)"/>'), /outside the file/],
  ["javascript: after leading spaces", svg('<image href="  javascript:alert(1)"/>'), /outside the file/],
  ["<a href=javascript:>", svg('<a href="javascript:alert(1)"><rect width="10" height="10"/></a>'), /link \(<a>\)/],
  [
    "<a> with an entity-encoded javascript: href",
    svg('<a xlink:href="&#x6a;&#x61;vascript:alert(1)"><text>x</text></a>'),
    /link \(<a>\)/,
  ],
  ["<script>", svg("<script>alert(1)</script>"), /<script>/],
  ["<script> in a CDATA section", svg("<script><![CDATA[alert(1)]]></script>"), /<script>/],
  [
    "<script> behind an SVG prefix",
    svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'),
    /<script>/,
  ],
  [
    "<script> in the XHTML namespace",
    svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
    /not SVG.*xhtml/,
  ],
  [
    "an XHTML element by default namespace",
    svg('<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/>'),
    /not SVG/,
  ],
  ["onload on the root", svg("", ' onload="alert(1)"'), /event handler attribute \(onload on <svg>\)/],
  ["onclick on a shape", svg('<rect width="1" height="1" onclick="alert(1)"/>'), /event handler/],
  ["an event handler in upper case", svg('<rect ONMOUSEOVER="alert(1)"/>'), /event handler/],
  [
    "<foreignObject> with HTML",
    svg(
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>',
    ),
    /foreignObject/,
  ],
  [
    "xlink:href to http",
    svg('<image width="10" height="10" xlink:href="http://evil.example/pixel.png"/>'),
    /outside the file \(http:/,
  ],
  ['<use href="http://...">', svg('<use href="http://evil.example/sprite.svg#icon"/>'), /outside the file/],
  ["<use> with a protocol-relative href", svg('<use href="//evil.example/sprite.svg#icon"/>'), /outside the file/],
  [
    "<feImage> to https",
    svg('<filter id="f"><feImage href="https://evil.example/x.png"/></filter>'),
    /outside the file/,
  ],
  [
    "CSS url(http...) in <style>",
    svg("<style>rect{fill:url(http://evil.example/x.svg#p)}</style>"),
    /url\(\) that points outside/,
  ],
  ["CSS @import url()", svg("<style>@import url(http://evil.example/a.css);</style>"), /@import|url\(\)/],
  ["CSS @import of a string", svg("<style>@import 'http://evil.example/a.css';</style>"), /@import/],
  ["CSS @import spelled with an entity", svg("<style>&#64;import 'http://evil.example/a.css';</style>"), /@import/],
  ["CSS url() spelled with an escape", svg("<style>rect{fill:u\\72l(http://evil.example/x)}</style>"), /escape/],
  [
    "CSS image-set()",
    svg("<style>rect{background:image-set('http://evil.example/x.png' 1x)}</style>"),
    /image-set\(\)/,
  ],
  [
    "CSS @font-face from outside",
    svg("<style>@font-face{font-family:x;src:url(https://evil.example/f.woff)}</style>"),
    /url\(\) that points outside/,
  ],
  ["url() in a style attribute", svg('<rect style="fill:url(http://evil.example/x)"/>'), /url\(\).*style attribute/],
  ["url() in a custom property", svg('<rect style="--p:url(http://evil.example/x);fill:var(--p)"/>'), /url\(\)/],
  [
    "url() in a presentation attribute",
    svg('<rect fill="url(https://evil.example/p.svg#g)"/>'),
    /url\(\).*fill attribute/,
  ],
  ["url() in a cursor attribute", svg('<rect cursor="url(https://evil.example/c.cur), auto"/>'), /cursor/],
  ["a stylesheet that cannot be read", svg("<style>rect{fill:red}}} b{&lt;}</style>"), /cannot be read/],
  ["DOCTYPE with ENTITY (billion laughs)", billionLaughs, /DOCTYPE/],
  [
    "DOCTYPE with an external entity (XXE)",
    `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg("<text>&x;</text>")}`,
    /DOCTYPE/,
  ],
  [
    "a public DOCTYPE",
    `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg("")}`,
    /DOCTYPE/,
  ],
  [
    "<animate> setting href to javascript:",
    svg('<use href="#a"><animate attributeName="href" to="javascript:alert(1)"/></use>'),
    /animation \(<animate>\)/,
  ],
  [
    "<set> setting href to javascript:",
    svg('<use href="#a"><set attributeName="href" to="javascript:alert(1)" begin="0s"/></use>'),
    /animation \(<set>\)/,
  ],
  [
    "entity-encoded javascript: set on a link by <set>",
    svg('<a><set attributeName="href" to="&#106;avascript:alert(1)"/><text>x</text></a>'),
    /link \(<a>\)|animation/,
  ],
  [
    "entity-encoded javascript: animated into xlink:href",
    svg('<use xlink:href="#a"><animate attributeName="xlink:href" values="&#x6A;avascript:alert(1)"/></use>'),
    /animation \(<animate>\)/,
  ],
  [
    "<animateTransform> with onbegin",
    svg('<g><animateTransform attributeName="transform" onbegin="alert(1)"/></g>'),
    /animation/,
  ],
  [
    "a data:text/html href",
    svg('<image href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="/>'),
    /data: reference that is not a PNG/,
  ],
  ["a data:image/svg+xml href", svg('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>'), /data: reference/],
  [
    "a data:image/svg+xml <use>",
    svg('<use href="data:image/svg+xml,&lt;svg id=&quot;x&quot;/&gt;#x"/>'),
    /data: reference/,
  ],
  ["a data:image/png href on <use>", svg(`<use href="data:image/png;base64,${tinyPng}"/>`), /embedded image on <use>/],
  [
    "an xml-stylesheet processing instruction",
    `<?xml version="1.0"?><?xml-stylesheet href="http://evil.example/x.css"?>${svg("")}`,
    /processing instruction/,
  ],
  ["a processing instruction inside", svg("<?php echo 1 ?>"), /processing instruction/],
  ["xml:base pointing away", svg('<g xml:base="http://evil.example/"><use href="#a"/></g>'), /xml:base/],
  ["<handler>", svg('<handler type="application/ecmascript">alert(1)</handler>'), /handler/],
  ["an element SVG artwork does not need", svg("<switch><rect/></switch>"), /<switch>/],
  [
    "an attribute SVG artwork does not need",
    svg('<rect requiredExtensions="http://evil.example/"/>'),
    /requiredExtensions/,
  ],
  ["a control character in an attribute", svg('<rect id="a\x07"/>'), /control character \(U\+0007\)/],
  ["a NUL in text", svg("<text>a\x00b</text>"), /control character \(U\+0000\)/],
  ["a lone surrogate in text", svg("<text>\uD800</text>"), /not well-formed/],
  ["an HTML entity", svg("<text>&nbsp;</text>"), /not well-formed/],
  ["an unclosed element", svg("<g>"), /not well-formed/],
  ["an unquoted attribute", svg("<rect x=1 />"), /not well-formed/],
  ["two root elements", svg("") + svg(""), /not well-formed/],
  ["text after the root element", `${svg("")}javascript:alert(1)`, /not well-formed/],
  ["an HTML document", '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', /not an SVG document/],
  ["nesting far too deep", svg("<g>".repeat(300) + "</g>".repeat(300)), /nested more than/],
];

describe("uploaded SVG artwork", () => {
  it.each(attacks)("refuses %s", (_name, input, why) => {
    const result = sanitiseSvg(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(why);
      expect(result.reason).toMatch(/^it /);
    }
  });

  const render = async (text: string) => sharp(Buffer.from(text), { density: 72 }).resize(200, 200).raw().toBuffer();
  const roundTrip = (text: string) =>
    new XMLSerializer().serializeToString(new DOMParser().parseFromString(text, "image/svg+xml"));

  it.each(Object.keys(levelColours) as NonNullable<ArtworkInput["level"]>[])(
    "keeps the app's own %s artwork as it is",
    async (level) => {
      const art = badgeArtworkSvg({ name: "Certified: Azure Administrator <Associate> & more", level, code: "AZ-104" });
      const result = sanitiseSvg(art);
      expect(result).toEqual({ ok: true, svg: roundTrip(art) });
      expect((await render(result.ok ? result.svg : "")).equals(await render(art))).toBe(true);
    },
  );

  it("keeps what a drawing program's file draws, and drops its bookkeeping", async () => {
    const inkscape = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
   width="100" height="100" viewBox="0 0 100 100" version="1.1" id="svg8" inkscape:version="1.3" sodipodi:docname="badge.svg">
  <sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="2"/>
  <metadata id="metadata5"><rdf:RDF><dc:title>Badge</dc:title></rdf:RDF></metadata>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#1e40af"/><stop offset="1" stop-color="#bfdbfe"/></linearGradient>
    <linearGradient id="g2" xlink:href="#g" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="100" y2="100"/></defs>
  <style type="text/css">@media (min-width: 1px) { .ring { stroke: url(#g); } }</style>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1" transform="rotate(0 50 50) translate(0, 0)">
    <circle class="ring" cx="50" cy="50" r="45" style="fill:url(#g2);stroke-width:4" aria-label="ring (outer)" data-name="Ring 1"/>
    <image x="40" y="40" width="20" height="20" xlink:href="data:image/png;base64,${tinyPng.slice(0, 40)}
      ${tinyPng.slice(40)}"/>
    <use href="#layer1-copy"/>
  </g>
</svg>`;
    const result = sanitiseSvg(inkscape);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.svg).not.toMatch(/inkscape|sodipodi|metadata|rdf:|<!--|<\?xml/);
    expect(result.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" xmlns:xlink=/);
    expect(result.svg).toContain('style="fill:url(#g2);stroke-width:4"');
    expect((await render(result.svg)).equals(await render(inkscape))).toBe(true);
  });

  it("drops badge data baked into a downloaded badge used as artwork (every badge gets its own)", () => {
    const baked = svg(
      '<openbadges:assertion xmlns:openbadges="http://openbadges.org" verify="https://x.example/a"><![CDATA[{}]]></openbadges:assertion><rect width="5" height="5"/>',
    );
    const result = sanitiseSvg(baked);
    expect(result.ok && result.svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"><rect width="5" height="5"/></svg>',
    );
  });

  it("writes out what it checked: a second pass changes nothing", () => {
    const first = sanitiseSvg(
      svg('<text x="1" y="2">a &amp; b &lt;c&gt; &#x1F3C5;</text><style><![CDATA[text{fill:#123}]]></style>'),
    );
    expect(first.ok).toBe(true);
    if (first.ok) expect(sanitiseSvg(first.svg)).toEqual(first);
  });
});

describe("image type sniffing", () => {
  it("tells PNG from SVG by the bytes", () => {
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(
      sniffImageType(Buffer.from('<?xml version="1.0"?>\n<!-- c --><svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBe("image/svg+xml");
    // An SVG with a DOCTYPE is still an SVG: the sanitiser then refuses it with the reason.
    expect(sniffImageType(Buffer.from(billionLaughs))).toBe("image/svg+xml");
    expect(sniffImageType(Buffer.from("<html><svg></svg></html>"))).toBeNull();
    expect(sniffImageType(Buffer.from("GIF89a"))).toBeNull();
  });
});
