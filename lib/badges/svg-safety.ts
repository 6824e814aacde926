/**
 * Badge SVGs are served from our origin and embedded on other sites, so an uploaded one must be inert: no
 * scripts, no foreign HTML, no event handlers, no references to anything outside the file (tracking pixels,
 * external stylesheets, XXE through a DOCTYPE). Rejecting is safer than trying to clean.
 */
const forbidden: { pattern: RegExp; why: string }[] = [
  { pattern: /<!DOCTYPE|<!ENTITY/i, why: "a DOCTYPE or entity declaration" },
  { pattern: /<\s*(?:[a-z0-9_-]+:)?script\b/i, why: "a script element" },
  { pattern: /<\s*(?:[a-z0-9_-]+:)?foreignObject\b/i, why: "a foreignObject element" },
  { pattern: /<\s*(?:[a-z0-9_-]+:)?(?:iframe|embed|object|audio|video|handler|listener)\b/i, why: "an embedded object" },
  { pattern: /\son[a-z]+\s*=/i, why: "an event handler attribute" },
  { pattern: /javascript\s*:/i, why: "a javascript: URL" },
  { pattern: /(?:xlink:)?href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|gif);)/i, why: "a link to an external resource" },
  { pattern: /url\(\s*["']?\s*(?!#|data:image\/(?:png|jpeg|gif);)/i, why: "an external url() reference" },
  { pattern: /@import/i, why: "a stylesheet import" },
  { pattern: /<\?xml-stylesheet/i, why: "an external stylesheet" },
];

/** Why this SVG text is refused, or null when it is acceptable. */
export function unsafeSvgReason(svg: string): string | null {
  if (!/<svg[\s>]/i.test(svg)) return "it is not an SVG document";
  for (const rule of forbidden) if (rule.pattern.test(svg)) return `it contains ${rule.why}`;
  return null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What the bytes really are, whatever the upload claimed. */
export function sniffImageType(bytes: Buffer): "image/png" | "image/svg+xml" | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return "image/png";
  const head = bytes.subarray(0, 4096).toString("utf8").replace(/^\uFEFF/, "");
  // An SVG starts with optional XML declaration, comments and whitespace, then the <svg root element.
  const stripped = head.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/, "");
  if (/^<svg[\s>]/i.test(stripped)) return "image/svg+xml";
  return null;
}
