import { DOMParser, XMLSerializer, type Element, type Node } from "@xmldom/xmldom";
import {
  allowedAttributes,
  allowedElements,
  droppedElements,
  droppedNamespaces,
  embeddedImage,
  inDocumentReference,
  isTextAttribute,
  refusedElements,
  SVG_NS,
  XLINK_NS,
  XML_NS,
  XMLNS_NS,
} from "@/lib/badges/artwork/svg-allow-list";
import { unsafeCssReason } from "@/lib/badges/artwork/svg-css";

/*
 * Badge SVGs are served from our origin, baked into downloads and embedded on other sites, so an uploaded one must
 * be inert: no scripts, no foreign HTML, no event handlers, nothing fetched from outside the file (tracking pixels,
 * stylesheets, fonts, other documents), no DTD. A regular expression cannot see what an XML parser sees (an
 * entity-encoded "javascript:" is plain text to a regex and a URL to the browser), so the file is parsed with
 * @xmldom/xmldom, a maintained, dependency-free W3C DOM parser and serialiser, walked against an allow-list, and
 * written out again: the stored file is what was checked, not the text that was uploaded.
 */

/** Deeper nesting than any drawing needs, and shallow enough that walking and serialising stay cheap. */
const MAX_DEPTH = 200;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PROCESSING_INSTRUCTION = 7;
const COMMENT = 8;
const DOCUMENT_TYPE = 10;

export type SvgCheck = { ok: true; svg: string } | { ok: false; reason: string };

class Refusal extends Error {}
const refuse = (reason: string): never => {
  throw new Refusal(reason);
};

const isDropped = (namespace: string | null) =>
  namespace !== null && droppedNamespaces.some((ns) => namespace.startsWith(ns));

function checkHref(element: Element, value: string) {
  if (inDocumentReference.test(value)) return;
  if (embeddedImage.test(value)) {
    const local = element.localName ?? element.tagName;
    if (local === "image" || local === "feImage") return;
    refuse(`an embedded image on <${element.tagName}>, where only <image> may carry one`);
  }
  const shown = value.replace(/[\x00-\x1f\x7f]/g, "").slice(0, 80);
  refuse(
    /^\s*data:/i.test(value)
      ? `a data: reference that is not a PNG, JPEG or GIF image (${shown})`
      : `a link to something outside the file (${shown})`,
  );
}

function checkAttributes(element: Element) {
  const tag = element.tagName;
  for (const attr of Array.from(element.attributes)) {
    const { namespaceURI: ns, value } = attr;
    const name = attr.localName ?? attr.name;
    if (ns === XMLNS_NS) {
      // Declarations of vocabularies whose elements were dropped would dangle; the serialiser declares what it uses.
      if (value !== SVG_NS && value !== XLINK_NS) element.removeAttributeNode(attr);
    } else if (isDropped(ns)) {
      element.removeAttributeNode(attr);
    } else if (/^on/i.test(name)) {
      refuse(`an event handler attribute (${attr.name} on <${tag}>)`);
    } else if (ns === XLINK_NS || (ns === null && name === "href")) {
      if (ns === XLINK_NS && name !== "href") refuse(`the attribute ${attr.name} on <${tag}>`);
      checkHref(element, value);
    } else if (ns === XML_NS) {
      if (name !== "space" && name !== "lang") refuse(`the attribute ${attr.name} on <${tag}>`);
    } else if (ns !== null || (!allowedAttributes.has(name) && !isTextAttribute(name))) {
      refuse(`the attribute ${attr.name} on <${tag}>, which badge artwork does not need`);
    } else if (name === "style") {
      const why = unsafeCssReason(value, "declarationList");
      if (why) refuse(`${why} in a style attribute on <${tag}>`);
    } else if (!isTextAttribute(name) && value.includes("(")) {
      // A presentation attribute is CSS to the browser (fill="url(...)"); without a bracket nothing in it can load.
      const why = unsafeCssReason(value, "value");
      if (why) refuse(`${why} in the ${name} attribute on <${tag}>`);
    }
  }
}

function checkStyleElement(element: Element) {
  const type = element.getAttribute("type");
  if (type && type.trim().toLowerCase() !== "text/css") refuse(`a <style> element of type ${type}`);
  let css = "";
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) css += child.nodeValue ?? "";
    else if (child.nodeType === ELEMENT) refuse("an element inside <style>");
  }
  const why = unsafeCssReason(css, "stylesheet");
  if (why) refuse(`${why} in a <style> element`);
}

/** Walks the tree from the root element, dropping what draws nothing and refusing what is not allowed. */
function checkTree(root: Element) {
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (node.nodeType === COMMENT) {
      node.parentNode?.removeChild(node);
      continue;
    }
    if (node.nodeType === PROCESSING_INSTRUCTION)
      refuse(`a processing instruction (<?${(node as unknown as { target: string }).target} …?>)`);
    if (node.nodeType !== ELEMENT) continue;
    const element = node as Element;
    if (depth > MAX_DEPTH) refuse(`elements nested more than ${MAX_DEPTH} deep`);
    const name = element.localName ?? element.tagName;
    if (isDropped(element.namespaceURI) || (element.namespaceURI === SVG_NS && droppedElements.has(name))) {
      element.parentNode?.removeChild(element);
      continue;
    }
    if (element.namespaceURI !== SVG_NS) {
      refuse(
        `an element that is not SVG (<${element.tagName}> in ${element.namespaceURI ? `the namespace ${element.namespaceURI}` : "no namespace"})`,
      );
    }
    if (refusedElements[name]) refuse(refusedElements[name]);
    if (!allowedElements.has(name)) refuse(`a <${name}> element, which badge artwork does not need`);
    checkAttributes(element);
    if (name === "style") checkStyleElement(element);
    for (const child of Array.from(element.childNodes)) stack.push({ node: child, depth: depth + 1 });
  }
}

/**
 * Parses uploaded SVG text and returns it rewritten from the checked tree (comments, editor data and the XML
 * declaration dropped), or why it cannot be used, phrased to follow "This SVG cannot be used because ".
 */
export function sanitiseSvg(text: string): SvgCheck {
  let parseProblem: string | null = null;
  try {
    const source = text.replace(/^\uFEFF/, "");
    // XML allows no control characters but tab and newlines; xmldom lets some through in attribute values, and a
    // browser then refuses the whole file.
    const control = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.exec(source);
    if (control)
      refuse(
        `it contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}), which XML does not allow`,
      );
    // The parser would report an undefined entity; the DTD is the real reason, and the clearer message.
    if (/<!DOCTYPE|<!ENTITY/i.test(source))
      refuse("it has a DOCTYPE or entity declarations, which SVG artwork must not contain");
    const doc = new DOMParser({
      // Warnings too: what xmldom forgives (an unquoted attribute, say), a browser's XML parser may not.
      onError: (_level, message) => {
        parseProblem ??= `it is not well-formed XML (${String(message)
          .split("\n")[0]
          .replace(/^.*Error: /, "")})`;
        refuse(parseProblem);
      },
    }).parseFromString(source, "image/svg+xml");
    // Outside the root element only the XML declaration, comments and whitespace may stand; all are dropped.
    for (const node of Array.from(doc.childNodes)) {
      if (node === doc.documentElement) continue;
      if (node.nodeType === DOCUMENT_TYPE)
        refuse("it has a DOCTYPE or entity declarations, which SVG artwork must not contain");
      const target = node.nodeType === PROCESSING_INSTRUCTION ? (node as unknown as { target: string }).target : null;
      if (target !== null && target.toLowerCase() !== "xml")
        refuse(`it contains a processing instruction (<?${target} …?>)`);
      doc.removeChild(node);
    }
    const root = doc.documentElement;
    if (!root || root.namespaceURI !== SVG_NS || root.localName !== "svg") refuse("it is not an SVG document");
    try {
      checkTree(root!);
    } catch (error) {
      if (error instanceof Refusal) throw new Refusal(`it contains ${error.message}`);
      throw error;
    }
    return { ok: true, svg: new XMLSerializer().serializeToString(doc, { requireWellFormed: true }) };
  } catch (error) {
    // xmldom wraps what onError throws in errors of its own; the first problem reported is the one to show.
    if (parseProblem) return { ok: false, reason: parseProblem };
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    return {
      ok: false,
      reason: `it is not well-formed XML (${String((error as Error).message ?? error).split("\n")[0]})`,
    };
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What the bytes really are, whatever the upload claimed. */
export function sniffImageType(bytes: Buffer): "image/png" | "image/svg+xml" | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return "image/png";
  const head = bytes
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  // An SVG starts with optional XML declaration, comments, a DOCTYPE (refused later, with its own message) and
  // whitespace, then the <svg root element.
  const stripped = head.replace(
    /^\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>)\s*)*/i,
    "",
  );
  if (/^<svg[\s>]/i.test(stripped)) return "image/svg+xml";
  return null;
}
