import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { DomainError } from "@/lib/errors";
import { uploadExamResults, getImport } from "@/lib/admin/imports/imports";
import { updateMyContactDetails } from "@/lib/candidate/profile/profile";
import { requestNameChange } from "@/lib/candidate/profile/name-change";
import { updateContactDetails } from "@/lib/candidate/profile/actions/update-contact-details";
import { requestNameChange as requestNameChangeAction } from "@/lib/candidate/profile/actions/request-name-change";
import type { ContactDetails, NameChangeInput } from "@/lib/validation/profile";
import { POST } from "@/app/api/imports/exam-results/route";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { drainJobs } from "../support/jobs";
import { csvOf, importCatalogue, row } from "./admin-fixtures";

const TOKEN = "partner-token-for-tests-0123456789abcdef";
process.env.PARTNER_API_TOKEN = TOKEN;

// PostgreSQL refuses NUL in text ("invalid byte sequence for encoding UTF8: 0x00"): a NUL that reached a query
// failed a whole import chunk five times over, and answered the profile form with a 500.

const contact = {
  preferredName: "",
  phone: "",
  addressLine1: "1 High Street",
  addressLine2: "",
  city: "Bristol",
  region: "",
  postalCode: "BS1 4RN",
  country: "GB",
  locale: "en-GB",
};

function formOf(values: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  return form;
}

describe("a control character from outside", () => {
  it("in the profile form is a field error, and nothing is saved", async () => {
    const me = await makeCandidate();
    const state = await runAsViewer(viewerOf(me), () =>
      updateContactDetails({ ok: false }, formOf({ ...contact, city: "Bris\u0000tol" })),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { city: ["Contains a control character (U+0000) at position 5; remove it"] },
    });
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { userId: me.id } })).city).toBeNull();
  });

  it("sent as a file in a text field is a field error, and nothing is saved", async () => {
    // The action client hands files to the schema (for upload fields); a text field given one must refuse it.
    const me = await makeCandidate();
    const form = formOf(contact);
    form.set("city", new File(["Bristol"], "city.txt", { type: "text/plain" }));
    const state = await runAsViewer(viewerOf(me), () => updateContactDetails({ ok: false }, form));
    expect(state).toMatchObject({
      ok: false,
      message: "Some fields need attention.",
      fieldErrors: { city: [expect.any(String)] },
    });
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { userId: me.id } })).city).toBeNull();
  });

  it("given to the profile's data access directly is refused with field errors, not a database error", async () => {
    const me = await makeCandidate();
    const raw = { ...contact, addressLine1: "1 High\u0000 Street" } as unknown as ContactDetails;
    const error = await runAsViewer(viewerOf(me), () => updateMyContactDetails(raw)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors.addressLine1).toEqual([
      "Contains a control character (U+0000) at position 7; remove it",
    ]);
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { userId: me.id } })).addressLine1).toBeNull();
  });

  it("in a requested name, a NUL or a bidi override is a field error", async () => {
    const me = await makeCandidate();
    const state = await runAsViewer(viewerOf(me), () =>
      requestNameChangeAction(
        { ok: false },
        formOf({
          requestedFirstName: "Ana\u202e",
          requestedLastName: "Lo\u0000pez",
          reason: "Married in May this year",
        }),
      ),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.requestedFirstName?.[0]).toMatch(/U\+202E/);
    expect(state.fieldErrors?.requestedLastName?.[0]).toMatch(/U\+0000/);
    const direct = await runAsViewer(viewerOf(me), () =>
      requestNameChange({
        requestedFirstName: "Ana",
        requestedLastName: "Lopez",
        reason: "Married\u0000 in May",
      } as NameChangeInput),
    ).catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(DomainError);
    expect(await db.nameChangeRequest.count({ where: { userId: me.id } })).toBe(0);
  });

  it.each([
    ["JSON", "application/json"],
    ["CSV, past the first 8 KB", "text/csv"],
  ])(
    "in one %s import row rejects that row; the rest of the file imports and the import completes",
    async (_label, contentType) => {
      const admin = viewerOf(await makeStaff("ADMIN"));
      const { exams } = await importCatalogue();
      const who = await makeCandidate();
      // Enough rows before the bad one that a CSV's NUL is not in the part read to tell text from binary.
      const rows = Array.from({ length: 120 }, (_, i) =>
        row(who.email, exams.anyA.code, { date: `2024-0${1 + (i % 9)}-1${i % 10}` }),
      );
      rows.push(
        row(who.email, exams.anyB.code, { name: "Ana\u0000Lopez" }),
        row(who.email, exams.anyC.code, { source_record_id: `nul\u0000-${Date.now()}` }),
      );
      const bytes = new TextEncoder().encode(contentType === "application/json" ? JSON.stringify(rows) : csvOf(rows));
      const batch = await runAsViewer(admin, () => uploadExamResults({ filename: "with-nul", contentType, bytes }));
      await drainJobs();
      const done = await runAsViewer(admin, () => getImport(batch.id));
      const first = contentType === "application/json" ? 121 : 122; // JSON counts from 1, CSV from the header
      expect(done.status).toBe("COMPLETED");
      expect(done.report!.rejected).toEqual([
        { row: first, reason: "name: Contains a control character (U+0000) at position 4; remove it" },
        { row: first + 1, reason: "source_record_id: Contains a control character (U+0000) at position 4; remove it" },
      ]);
      expect(done).toMatchObject({ acceptedRows: 120, rejectedRows: 2 });
      expect(done.job).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
      expect(await db.examResult.count({ where: { importId: batch.id } })).toBe(120);
    },
  );

  it.each([
    ["a query parameter", "?filename=a%00b.csv", null],
    ["a JSON body", "", JSON.stringify({ filename: "a\u0000b.json", rows: [] })],
    ["a multipart upload", "", "multipart"],
  ])(
    "in an import's file name, given as %s, is refused with 422 and nothing is stored",
    async (_label, query, body) => {
      const { exams } = await importCatalogue();
      const csv = csvOf([row((await makeCandidate()).email, exams.one.code)]);
      const before = await db.importBatch.count();
      let init: RequestInit;
      if (body === "multipart") {
        const form = new FormData();
        form.set("file", new File([csv], "results\u202ecsv.exe", { type: "text/csv" }));
        init = { method: "POST", body: form, headers: { authorization: `Bearer ${TOKEN}` } };
      } else if (body) {
        init = {
          method: "POST",
          body,
          headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        };
      } else {
        init = { method: "POST", body: csv, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/csv" } };
      }
      const response = await runAsViewer(null, () =>
        POST(new Request(`http://localhost:3000/api/imports/exam-results${query}`, init)),
      );
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: string }).error).toMatch(
        /file name contains (a control|an invisible text-direction) character/i,
      );
      expect(await db.importBatch.count()).toBe(before);
    },
  );
});
