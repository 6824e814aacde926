import { crc32 } from "node:zlib";

/**
 * Baking: the Open Badges data carried inside the image itself, so a downloaded file still verifies.
 * OB 2.0: PNG iTXt chunk keyword "openbadges" / SVG <openbadges:assertion> (namespace http://openbadges.org).
 * OB 3.0: PNG iTXt keyword "openbadgecredential" / SVG <openbadges:credential> (https://purl.imsglobal.org/ob/v3p0).
 */
export const OB2_KEYWORD = "openbadges";
export const OB3_KEYWORD = "openbadgecredential";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Chunk = { type: string; data: Buffer };

function readChunks(png: Buffer): Chunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG file");
  const chunks: Chunk[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    if (at + 12 + length > png.length) throw new Error(`truncated PNG chunk ${type}`);
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === "IEND") break;
  }
  return chunks;
}

function writeChunk({ type, data }: Chunk): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** iTXt: keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text. */
function iTXt(keyword: string, text: string): Chunk {
  return {
    type: "iTXt",
    data: Buffer.concat([Buffer.from(keyword, "latin1"), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, "utf8")]),
  };
}

function parseITXt(data: Buffer): { keyword: string; text: string } | null {
  const nul = data.indexOf(0);
  if (nul < 1) return null;
  const keyword = data.subarray(0, nul).toString("latin1");
  const compressed = data[nul + 1];
  if (compressed !== 0) return null; // the spec requires uncompressed text for badges
  const langEnd = data.indexOf(0, nul + 3);
  const transEnd = data.indexOf(0, langEnd + 1);
  if (langEnd < 0 || transEnd < 0) return null;
  return { keyword, text: data.subarray(transEnd + 1).toString("utf8") };
}

/**
 * Returns the PNG with the given texts baked in (before IEND). Any earlier badge chunks with the same keywords are
 * dropped: a file carries one assertion, never two that disagree.
 */
export function bakePng(png: Buffer, texts: { ob2?: string; ob3?: string }): Buffer {
  const keywords = new Set([OB2_KEYWORD, OB3_KEYWORD]);
  const chunks = readChunks(png).filter((c) => !(c.type === "iTXt" && keywords.has(parseITXt(c.data)?.keyword ?? "")));
  const added = [
    texts.ob2 !== undefined ? iTXt(OB2_KEYWORD, texts.ob2) : null,
    texts.ob3 !== undefined ? iTXt(OB3_KEYWORD, texts.ob3) : null,
  ].filter((c): c is Chunk => c !== null);
  const end = chunks.findIndex((c) => c.type === "IEND");
  if (end < 0) throw new Error("PNG has no IEND chunk");
  chunks.splice(end, 0, ...added);
  return Buffer.concat([SIGNATURE, ...chunks.map(writeChunk)]);
}

/** Reads the baked texts back out of a PNG. */
export function unbakePng(png: Buffer): { ob2: string | null; ob3: string | null } {
  const out = { ob2: null as string | null, ob3: null as string | null };
  for (const c of readChunks(png)) {
    if (c.type !== "iTXt") continue;
    const t = parseITXt(c.data);
    if (t?.keyword === OB2_KEYWORD) out.ob2 = t.text;
    if (t?.keyword === OB3_KEYWORD) out.ob3 = t.text;
  }
  return out;
}

const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
const attr = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Bakes into an SVG: declares the namespace on the root element and puts the assertion (and the OB 3.0
 * credential) first inside it. Earlier baked elements are removed.
 */
export function bakeSvg(svg: string, data: { ob2?: { assertion: string; verifyUrl: string }; ob3?: string }): string {
  const clean = svg
    .replace(/<openbadges:(assertion|credential)\b[\s\S]*?<\/openbadges:\1>/g, "")
    .replace(/(<svg\b[^>]*?)\s+xmlns:openbadges="[^"]*"/i, "$1");
  const open = /<svg\b[^>]*?(\/?)>/i.exec(clean);
  if (!open) throw new Error("not an SVG document");
  const [tag] = open;
  const root = tag.replace(/^<svg\b/i, `<svg xmlns:openbadges="http://openbadges.org"`);
  const inner = [
    data.ob2
      ? `<openbadges:assertion verify="${attr(data.ob2.verifyUrl)}">${cdata(data.ob2.assertion)}</openbadges:assertion>`
      : "",
    data.ob3 !== undefined
      ? // The OB 3.0 element keeps the conventional prefix by redeclaring it for its own namespace.
        `<openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">${cdata(data.ob3)}</openbadges:credential>`
      : "",
  ].join("");
  return clean.slice(0, open.index) + root + inner + clean.slice(open.index + tag.length);
}

const readCdata = (body: string) => {
  const parts = [...body.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]);
  return parts.length ? parts.join("") : body.trim();
};

/** Reads the baked data back out of an SVG. */
export function unbakeSvg(svg: string): { ob2: string | null; verifyUrl: string | null; ob3: string | null } {
  const a = /<openbadges:assertion\b([^>]*)>([\s\S]*?)<\/openbadges:assertion>/.exec(svg);
  const c = /<openbadges:credential\b[^>]*>([\s\S]*?)<\/openbadges:credential>/.exec(svg);
  return {
    ob2: a ? readCdata(a[2]) : null,
    verifyUrl: a
      ? (/verify="([^"]*)"/.exec(a[1])?.[1]?.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))) ?? null)
      : null,
    ob3: c ? readCdata(c[1]) : null,
  };
}
