import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// Every object schema exported from lib/validation (found on disk, so a schema added later is covered too), and
// every field of it that takes text: a control character or a bidi override pasted into any of them is refused with
// a message, never stored (PostgreSQL refuses NUL in text, and a raw database error is no answer).

const dir = path.resolve("lib/validation");

/** Values a text field of some kind accepts: free text, a code, an address, a date, a token, an id. */
const SAMPLES = [
  "Plain words here",
  "AZ-104",
  "name@example.com",
  "2030-06-15",
  "+44 20 7946 0958",
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", // claim-token shaped
  "0b7c2f7e-5d3a-4a8e-9f00-3c1d2e4f5a6b",
  "EXAM:AZ-104",
  "en-GB",
  "ok",
];

type AnySchema = z.ZodType;

/** The object inside a schema wrapped in preprocess / transform / refinements. */
function objectShape(schema: AnySchema): Record<string, AnySchema> | null {
  const def = (
    schema as unknown as {
      _zod: { def: { type: string; shape?: Record<string, AnySchema>; in?: AnySchema; out?: AnySchema } };
    }
  )._zod.def;
  if (def.type === "object") return def.shape!;
  if (def.type === "pipe") return objectShape(def.in!) ?? objectShape(def.out!);
  return null;
}

// Fields are parsed on their own: an object's own refinements only run once every field has passed.
function issuesOf(field: AnySchema, value: string) {
  const result = field.safeParse(value);
  return result.success ? [] : result.error.issues;
}

/** Whether the value is kept in the output (case and surrounding spaces aside), as text is and a checkbox is not. */
function keeps(field: AnySchema, value: string) {
  const result = field.safeParse(value);
  return (
    result.success &&
    JSON.stringify(result.data ?? null)
      .toLowerCase()
      .includes(value.toLowerCase())
  );
}

function insertAtMiddle(value: string, char: string) {
  const at = Math.ceil(value.length / 2);
  return value.slice(0, at) + char + value.slice(at);
}

type Field = { module: string; schema: string; key: string; field: AnySchema; sample: string };

async function textFields(): Promise<Field[]> {
  const fields: Field[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!(value instanceof z.ZodType)) continue;
      const shape = objectShape(value);
      if (!shape) continue;
      for (const [key, field] of Object.entries(shape)) {
        // A text field: some sample string is accepted and kept in the output (a checkbox turns it into a boolean).
        const sample = SAMPLES.find((s) => keeps(field, s));
        if (sample) fields.push({ module: file, schema: name, key, field, sample });
      }
    }
  }
  return fields;
}

/** Fields holding a person's name: they refuse the invisible direction marks as well. */
const NAME_FIELDS = new Set([
  "profile.ts contactDetailsSchema.preferredName",
  "profile.ts nameChangeSchema.requestedFirstName",
  "profile.ts nameChangeSchema.requestedLastName",
  "imports.ts examResultRowSchema.name",
]);

describe("text from outside", () => {
  it("finds the text fields of every schema", async () => {
    const fields = await textFields();
    const names = new Set(fields.map((f) => `${f.module} ${f.schema}.${f.key}`));
    // The discovery works: a sample of fields from each kind of form and file.
    for (const expected of [
      ...NAME_FIELDS,
      "profile.ts contactDetailsSchema.addressLine1",
      "support.ts staffNoteSchema.body",
      "support.ts candidateSearchSchema.q",
      "catalogue.ts examSchema.title",
      "catalogue.ts examSchema.description",
      "catalogue.ts templateSchema.criteria",
      "posting.ts postingRowSchema.title",
      "catalogue.ts createSkillSchema.name",
      "transcript.ts shareSchema.label",
      "imports.ts examResultRowSchema.source_record_id",
    ]) {
      expect(names, expected).toContain(expected);
    }
    expect(fields.length).toBeGreaterThan(60);
  });

  it.each([
    ["NUL", "\u0000", /control character \(U\+0000\)/],
    ["escape", "\u001b", /control character \(U\+001B\)/],
    ["delete", "\u007f", /control character \(U\+007F\)/],
    ["C1 control", "\u0085", /control character \(U\+0085\)/],
    ["bidi override", "\u202e", /U\+202E/],
    ["bidi isolate", "\u2067", /U\+2067/],
  ])("every text field refuses a %s with a message", async (_label, char) => {
    const problems: string[] = [];
    for (const f of await textFields()) {
      const value = insertAtMiddle(f.sample, char);
      if (f.field.def.type === "catch") {
        // URL filters ignore what they cannot read (the page still renders): ignored, but never passed on.
        if (JSON.stringify(f.field.safeParse(value).data ?? null).includes(JSON.stringify(char).slice(1, -1))) {
          problems.push(`${f.module} ${f.schema}.${f.key}: passed on`);
        }
        continue;
      }
      const issues = issuesOf(f.field, value);
      if (issues.length === 0) problems.push(`${f.module} ${f.schema}.${f.key}: accepted`);
      else if (!issues.every((i) => i.message.trim().length > 0))
        problems.push(`${f.module} ${f.schema}.${f.key}: no message`);
    }
    expect(problems).toEqual([]);
  });

  it("says which character and where, for free text", async () => {
    const { nameChangeSchema } = await import("@/lib/validation/profile");
    const { staffNoteSchema } = await import("@/lib/validation/support");
    const reason = nameChangeSchema.safeParse({
      requestedFirstName: "Ana",
      requestedLastName: "Lopez",
      reason: "I marr\u0000ied in May",
    });
    expect(reason.error?.issues.map((i) => i.message)).toEqual([
      "Contains a control character (U+0000) at position 7; remove it",
    ]);
    // One message per field: the rest of the field's checks would only repeat the point less precisely.
    const name = nameChangeSchema.safeParse({
      requestedFirstName: "Ana\u202e",
      requestedLastName: "Lopez",
      reason: "Married in May",
    });
    expect(name.error?.issues.map((i) => i.message)).toEqual([
      "Contains an invisible text-direction character (U+202E) at position 4; remove it",
    ]);
    const note = staffNoteSchema.safeParse({ candidateId: "c1", body: "Called\u0007 twice" });
    expect(note.error?.issues[0].message).toBe("Contains a control character (U+0007) at position 7; remove it");
  });

  it("lets multi-line fields keep line breaks and tabs, and nothing else keeps them", async () => {
    const { staffNoteSchema } = await import("@/lib/validation/support");
    const { contactDetailsSchema } = await import("@/lib/validation/profile");
    expect(staffNoteSchema.parse({ candidateId: "c1", body: "Line one\r\nLine two\tindented" }).body).toBe(
      "Line one\nLine two\tindented",
    );
    const city = contactDetailsSchema.safeParse({ city: "Bris\ttol", locale: "en-GB" });
    expect(city.error?.issues.find((i) => i.path[0] === "city")?.message).toMatch(
      /control character \(U\+0009\) at position 5/,
    );
  });

  it("names also refuse the invisible direction marks", async () => {
    const problems: string[] = [];
    const fields = (await textFields()).filter((f) => NAME_FIELDS.has(`${f.module} ${f.schema}.${f.key}`));
    expect(fields).toHaveLength(NAME_FIELDS.size);
    for (const f of fields) {
      for (const mark of ["\u200e", "\u200f", "\u061c"]) {
        const issues = issuesOf(f.field, insertAtMiddle("Ana Lopez", mark));
        if (
          !issues.some((i) =>
            i.message.includes(`U+${mark.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`),
          )
        ) {
          problems.push(`${f.schema}.${f.key} accepted U+${mark.codePointAt(0)!.toString(16)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Outside names, a direction mark is ordinary in mixed-direction text.
    const { staffNoteSchema } = await import("@/lib/validation/support");
    expect(staffNoteSchema.safeParse({ candidateId: "c1", body: "Name \u200fאנה\u200f spelt" }).success).toBe(true);
  });
});
