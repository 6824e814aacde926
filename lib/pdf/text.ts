/** Characters the PDF standard fonts can draw (WinAnsiEncoding): Latin-1 plus a few typographic extras. */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRAS.has(ch);
}

/** Letters that do not decompose into a base letter plus accents. */
const SPECIAL: Record<string, string> = {
  Đ: "D",
  đ: "d",
  Ł: "L",
  ł: "l",
  Ħ: "H",
  ħ: "h",
  ı: "i",
  ĸ: "k",
  Ŀ: "L",
  ŀ: "l",
  Ŋ: "N",
  ŋ: "n",
  Ŧ: "T",
  ŧ: "t",
  ſ: "s",
  Ə: "E",
  ə: "e",
  Ɛ: "E",
  ɛ: "e",
  Ʒ: "Z",
  ʒ: "z",
  Ĳ: "IJ",
  ĳ: "ij",
  "‐": "-",
  "‑": "-",
  "−": "-",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
};

/**
 * Folds text into what the standard PDF fonts can draw, keeping as much as possible: Latin-1 letters stay
 * (é, ü, ñ), other accented Latin letters lose only the accent they cannot show (Nguyễn -> Nguyen, Łukasz ->
 * Lukasz), and anything else (CJK, Cyrillic, emoji) becomes "?" instead of crashing the document.
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (isWinAnsi(ch)) {
      out += ch;
      continue;
    }
    if (SPECIAL[ch] !== undefined) {
      out += SPECIAL[ch];
      continue;
    }
    if (ch === "\n" || ch === "\t") {
      out += " ";
      continue;
    }
    // Drop accents one at a time, keeping the richest form the font can still draw (ễ -> ê would need a
    // recomposition step; plain e is always safe and readable).
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    out += base && [...base].every(isWinAnsi) ? base : "?";
  }
  return out;
}
