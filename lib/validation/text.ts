import { z } from "zod";

/**
 * Text typed or sent from outside. Every schema that takes text starts from one of these, so a character that has
 * no business in it is refused with a message saying which and where, instead of being stored (PostgreSQL refuses
 * NUL in text outright, which surfaced as a failed import and a 500 on the profile form) or shown to others.
 *
 * - C0 and C1 control characters (U+0000-U+001F, U+007F-U+009F) are invisible, break CSV and logs, and never
 *   belong in a field; multi-line text keeps line feeds and tabs, with CRLF and CR normalised to LF.
 * - Explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder how the rest of a line
 *   is displayed ("Trojan Source"); browsers lay out mixed-direction text without them, so they are refused in all
 *   text.
 * - Names also refuse the direction marks (U+200E, U+200F, U+061C): ordinary in mixed-direction prose, but in a
 *   name they only make two names that look the same compare different.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_TAB_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI_EMBEDDING = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_MARK = /[\u200e\u200f\u061c]/;

type Kind = "line" | "multiline" | "name";

/** Everything a kind of text refuses, in one class: the common case (nothing wrong) costs a single test. */
const REFUSED: Record<Kind, RegExp> = {
  line: /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
  multiline: /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
  name: /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/,
};

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first character this kind of text refuses, and why; null when the text is fine. */
export function unsafeCharacter(value: string, kind: Kind): string | null {
  if (!REFUSED[kind].test(value)) return null;
  const control = kind === "multiline" ? CONTROL_EXCEPT_TAB_LF : CONTROL;
  let position = 0;
  for (const c of value) {
    position++;
    if (control.test(c)) return `Contains a control character (${codePoint(c)}) at position ${position}; remove it`;
    if (BIDI_EMBEDDING.test(c) || (kind === "name" && BIDI_MARK.test(c))) {
      return `Contains an invisible text-direction character (${codePoint(c)}) at position ${position}; remove it`;
    }
  }
  return null;
}

/**
 * A check run on the raw parse payload rather than through superRefine: imports run it on every field of every row,
 * and the refinement wrapper cost about twice as much as the test itself. Positions count from what was sent, so
 * the check runs before any trimming. It stops the field's later checks: "may contain only letters" beside it
 * would only repeat the point less precisely.
 */
function refuseUnsafe(kind: Kind) {
  return (payload: z.core.ParsePayload<string>) => {
    const problem = unsafeCharacter(payload.value, kind);
    if (problem) payload.issues.push({ code: "custom", message: problem, input: payload.value, continue: false });
  };
}

/** One line of text: a title, a city, a search. Chain .trim(), .min(), .max() as with z.string(). */
export function lineText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).check(refuseUnsafe("line"));
}

/** Text from a textarea: line breaks and tabs are kept (CRLF as LF). */
export function multilineText(params?: Parameters<typeof z.string>[0]) {
  return z
    .string(params)
    .overwrite((v) => v.replace(/\r\n?/g, "\n"))
    .check(refuseUnsafe("multiline"));
}

/** A person's name: one line, and no invisible direction marks. */
export function nameText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).check(refuseUnsafe("name"));
}

/** A record id sent back by a form or a URL (a cuid or a UUID): refused when it cannot be one, before any query. */
export const recordId = lineText({ error: "Missing record id" })
  .trim()
  .min(1, "Missing record id")
  .max(100, "That is not a record id");
