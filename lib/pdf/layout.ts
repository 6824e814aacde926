import { rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { toWinAnsi } from "@/lib/pdf/text";

export const A4 = { width: 595.28, height: 841.89 };
export const INK = rgb(0.12, 0.14, 0.16);
export const MUTED = rgb(0.34, 0.38, 0.42);
export const BRAND = rgb(0.11, 0.31, 0.85);

/** Breaks text into lines that fit `width` at `size`. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = toWinAnsi(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws text folded to what the font can show. Every string on a page goes through here. */
export function text(
  page: PDFPage,
  value: string,
  opts: { x: number; y: number; size: number; font: PDFFont; color?: ReturnType<typeof rgb> },
) {
  page.drawText(toWinAnsi(value), { x: opts.x, y: opts.y, size: opts.size, font: opts.font, color: opts.color ?? INK });
}

export function centred(
  page: PDFPage,
  value: string,
  opts: { y: number; size: number; font: PDFFont; color?: ReturnType<typeof rgb> },
) {
  const safe = toWinAnsi(value);
  const x = (page.getWidth() - opts.font.widthOfTextAtSize(safe, opts.size)) / 2;
  page.drawText(safe, { x, y: opts.y, size: opts.size, font: opts.font, color: opts.color ?? INK });
}

/** yyyy-mm-dd as "5 Mar 2027", in UTC like the pages. */
export function pdfDate(d: Date): string {
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
