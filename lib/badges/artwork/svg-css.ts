import { parse, walk, type CssNode } from "css-tree";
import { embeddedFont, embeddedImage, inDocumentReference } from "@/lib/badges/artwork/svg-allow-list";

/*
 * CSS inside uploaded SVG artwork (a <style> element, a style attribute, a presentation attribute such as
 * fill="url(#g)") may not load anything from outside the file. It is read with css-tree, a full CSS parser that
 * tokenises as browsers do, so url(), @import and the like are found whatever their spelling or quoting; a
 * stylesheet the parser cannot read is refused rather than guessed at, since a browser's error recovery might read
 * it differently.
 */

const allowedAtRules = new Set(["media", "supports", "keyframes", "-webkit-keyframes", "font-face"]);

/** CSS functions that compute a value; none of them loads anything. image-set(), src(), element() and the like do. */
const allowedFunctions = new Set([
  "rgb",
  "rgba",
  "hsl",
  "hsla",
  "hwb",
  "lab",
  "lch",
  "oklab",
  "oklch",
  "color",
  "color-mix",
  "light-dark",
  "calc",
  "min",
  "max",
  "clamp",
  "var",
  "translate",
  "translatex",
  "translatey",
  "translatez",
  "translate3d",
  "rotate",
  "rotatex",
  "rotatey",
  "rotatez",
  "rotate3d",
  "scale",
  "scalex",
  "scaley",
  "scalez",
  "scale3d",
  "skew",
  "skewx",
  "skewy",
  "matrix",
  "matrix3d",
  "perspective",
  "cubic-bezier",
  "steps",
  "linear",
  "linear-gradient",
  "radial-gradient",
  "conic-gradient",
  "repeating-linear-gradient",
  "repeating-radial-gradient",
  "repeating-conic-gradient",
  "blur",
  "brightness",
  "contrast",
  "drop-shadow",
  "grayscale",
  "hue-rotate",
  "invert",
  "opacity",
  "saturate",
  "sepia",
  "inset",
  "circle",
  "ellipse",
  "polygon",
  "path",
  "rect",
  "xywh",
  // @font-face src: a font installed on the viewer's machine, and the format hint beside an embedded one.
  "local",
  "format",
]);

export type CssContext = "stylesheet" | "declarationList" | "value";

/** Why this CSS cannot be used, or null when it loads nothing from outside the file. */
export function unsafeCssReason(css: string, context: CssContext): string | null {
  // Escapes can spell url( without the letters; artwork has no need of them, and refusing them removes the question.
  if (css.includes("\\")) return "a CSS escape (\\)";
  const errors: string[] = [];
  const ast = parse(css, { context, parseCustomProperty: true, onParseError: (e) => errors.push(e.message) });
  if (errors.length) return `CSS that cannot be read (${errors[0]})`;
  let reason: string | null = null;
  walk(ast, (node: CssNode) => {
    if (reason) return;
    if (
      node.type === "Url" &&
      !inDocumentReference.test(node.value) &&
      !embeddedImage.test(node.value) &&
      !embeddedFont.test(node.value)
    ) {
      reason = `a CSS url() that points outside the file (${node.value.slice(0, 80)})`;
    } else if (node.type === "Atrule" && !allowedAtRules.has(node.name.toLowerCase())) {
      reason = `the CSS rule @${node.name}`;
    } else if (node.type === "Function" && !allowedFunctions.has(node.name.toLowerCase())) {
      reason = `the CSS function ${node.name}()`;
    } else if (node.type === "Raw" && /[(@]/.test(node.value)) {
      reason = `CSS that cannot be read (${node.value.slice(0, 80)})`;
    }
  });
  return reason;
}
