/**
 * What uploaded badge artwork may contain: still vector drawing, text, gradients, patterns, masks, filters, and
 * images carried inside the file. Anything else is refused by name (lib/badges/artwork/svg-safety.ts), so the list only
 * grows on purpose.
 */

export const SVG_NS = "http://www.w3.org/2000/svg";
export const XLINK_NS = "http://www.w3.org/1999/xlink";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export const allowedElements = new Set([
  "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
  "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
  "text", "tspan", "textPath",
  "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "image",
  "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
  "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
  "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
  "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
]);

/** Elements refused with a reason of their own, because they are what an attack uses. */
export const refusedElements: Record<string, string> = {
  script: "a <script> element",
  foreignObject: "a <foreignObject> element (HTML inside the image)",
  a: "a link (<a>): badge artwork cannot link anywhere",
  animate: "animation (<animate>): badge artwork is a still image",
  animateMotion: "animation (<animateMotion>): badge artwork is a still image",
  animateTransform: "animation (<animateTransform>): badge artwork is a still image",
  set: "animation (<set>): badge artwork is a still image",
  iframe: "an embedded document (<iframe>)",
  handler: "an event handler element (<handler>)",
  listener: "an event handler element (<listener>)",
};

/**
 * Editor bookkeeping that draws nothing (Inkscape, Sodipodi, Illustrator, Sketch, Affinity) and badge data baked
 * into a file that was itself a downloaded badge (baked afresh for every badge). Dropped, not refused: files
 * straight from a drawing program carry it, and nothing shown changes without it.
 */
export const droppedNamespaces = [
  "http://www.inkscape.org/namespaces/inkscape",
  "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
  "http://ns.adobe.com/",
  "http://www.bohemiancoding.com/sketch/ns",
  "http://www.serif.com/",
  "http://openbadges.org",
  "https://purl.imsglobal.org/ob/v3p0",
];

/** `<metadata>` holds RDF about the file (author, licence): nothing a viewer draws. */
export const droppedElements = new Set(["metadata"]);

/** Attributes that are plain text to the browser, never CSS: their values are not checked as CSS. */
export const textAttributes = new Set(["id", "class", "role", "lang", "version", "baseProfile"]);
export const isTextAttribute = (name: string) => textAttributes.has(name) || /^(aria|data)-[a-z0-9-]+$/.test(name);

export const allowedAttributes = new Set([
  ...textAttributes,
  "style", "href", "transform", "transform-origin",
  // geometry
  "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height", "d", "points",
  "pathLength", "viewBox", "preserveAspectRatio", "zoomAndPan",
  // text
  "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
  // paint servers, clipping, masking, markers
  "gradientUnits", "gradientTransform", "spreadMethod", "offset", "patternUnits", "patternContentUnits",
  "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "markerUnits", "markerWidth", "markerHeight",
  "refX", "refY", "orient",
  // filters
  "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "type", "values", "tableValues",
  "slope", "intercept", "amplitude", "exponent", "operator", "k1", "k2", "k3", "k4", "order", "kernelMatrix",
  "divisor", "bias", "targetX", "targetY", "edgeMode", "preserveAlpha", "surfaceScale", "diffuseConstant",
  "specularConstant", "specularExponent", "kernelUnitLength", "scale", "xChannelSelector", "yChannelSelector",
  "azimuth", "elevation", "z", "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle", "radius", "baseFrequency",
  "numOctaves", "seed", "stitchTiles",
  // <style>
  "media",
  // presentation attributes (CSS properties written as attributes)
  "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
  "color-interpolation-filters", "color-rendering", "direction", "display", "dominant-baseline", "enable-background",
  "fill", "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font", "font-family", "font-size",
  "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "glyph-orientation-horizontal",
  "glyph-orientation-vertical", "image-rendering", "isolation", "letter-spacing", "lighting-color", "marker",
  "marker-end", "marker-mid", "marker-start", "mask", "mask-type", "mix-blend-mode", "opacity", "overflow",
  "paint-order", "pointer-events", "shape-rendering", "stop-color", "stop-opacity", "stroke", "stroke-dasharray",
  "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width",
  "text-anchor", "text-decoration", "text-rendering", "unicode-bidi", "vector-effect", "visibility", "word-spacing",
  "writing-mode",
]);

/** A reference inside the document (`#id`). Whatever follows the `#`, it cannot leave the file. */
export const inDocumentReference = /^#[^\s\x00-\x1f\x7f]+$/;

/** An image carried inside the file: raster formats only (an SVG or HTML data: URL is a document of its own). */
export const embeddedImage = /^data:image\/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*$/;

/** A font carried inside the file, for `@font-face` in a stylesheet. */
export const embeddedFont = /^data:(?:font\/(?:woff2?|ttf|otf|sfnt)|application\/(?:font-woff2?|x-font-ttf|x-font-opentype));base64,[A-Za-z0-9+/=\s]*$/;
