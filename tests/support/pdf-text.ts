import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFObject } from "pdf-lib";

/** CP1252 code points 0x80-0x9f that differ from Latin-1. */
const CP1252: Record<number, string> = {
  0x80: "€",
  0x85: "…",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x99: "™",
};

function streamBytes(obj: PDFObject | undefined, doc: PDFDocument): Uint8Array[] {
  const resolved = obj ? doc.context.lookup(obj) : undefined;
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((o) => streamBytes(o, doc));
  if (resolved instanceof PDFRawStream) {
    const filter = resolved.dict.get(PDFName.of("Filter"));
    return [filter === PDFName.of("FlateDecode") ? inflateSync(resolved.contents) : resolved.contents];
  }
  return [];
}

/**
 * The text drawn on each page of a PDF made by pdf-lib with standard fonts (hex strings shown with Tj), one string
 * per drawText call. Enough to check what a generated document says without a PDF renderer.
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const content = streamBytes(page.node.get(PDFName.of("Contents")), doc)
      .map((b) => Buffer.from(b).toString("latin1"))
      .join("\n");
    const parts: string[] = [];
    for (const m of content.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj/g)) {
      const hex = m[1].replace(/\s/g, "");
      let s = "";
      for (let i = 0; i < hex.length; i += 2) {
        const code = parseInt(hex.slice(i, i + 2), 16);
        s += CP1252[code] ?? String.fromCharCode(code);
      }
      parts.push(s);
    }
    return parts.join("\n");
  });
}
