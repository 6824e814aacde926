import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { DomainError } from "@/lib/errors";
import { uploadExamResults } from "@/lib/admin/imports/imports";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { drainJobs } from "../support/jobs";
import { mailTo } from "../support/mail";
import { csvOf, footprint, importCatalogue, importCsv, row } from "./admin-fixtures";

describe("importing exam results", () => {
  it("earns a certification by each requirement kind, issues its badge and queues the email", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams, certs } = await importCatalogue();
    const ana = await makeCandidate();
    const ben = await makeCandidate();
    const cy = await makeCandidate();
    const report = await importCsv(
      admin,
      csvOf([
        row(ana.email, exams.one.code),
        row(ben.email, exams.allA.code, { date: "2025-01-10" }),
        row(ben.email.toUpperCase(), exams.allB.code, { date: "2025-02-10" }),
        row(cy.email, exams.anyA.code, { date: "2025-01-01" }),
        row(cy.email, exams.anyB.code, { date: "2025-01-15", pass: "false", score: "500" }),
        row(cy.email, exams.anyC.code, { date: "2025-04-01" }),
      ]),
    );
    expect(report.status).toBe("COMPLETED");
    expect(report.report).toMatchObject({
      accepted: 6,
      created: 6,
      rejectedCount: 0,
      unmatched: 0,
      certificationsEarned: 3,
      badgesIssued: 3,
      emailsQueued: 3,
    });

    const earned = await db.earnedCertification.findMany({
      where: { userId: { in: [ana.id, ben.id, cy.id] } },
      select: { userId: true, certificationId: true, earnedOn: true },
    });
    expect(earned.map((e) => [e.userId, e.certificationId, e.earnedOn.toISOString().slice(0, 10)]).sort()).toEqual(
      [
        [ana.id, certs.certOne.id, "2025-03-01"],
        [ben.id, certs.certAll.id, "2025-02-10"],
        [cy.id, certs.certAny.id, "2025-04-01"],
      ].sort(),
    );
    expect(await db.badge.count({ where: { userId: { in: [ana.id, ben.id, cy.id] } } })).toBe(3);
    await drainJobs();
    expect(mailTo(cy.email).map((m) => m.subject)).toEqual(["You earned a badge: Badge C-ANY"]);
  });

  it("reports bad rows one by one, applies the rest, and stores nothing of the bad ones", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const who = await makeCandidate();
    const good = row(who.email, exams.anyA.code);
    const csv = `${csvOf([
      good,
      row(who.email, "NOPE-999"),
      row(who.email, exams.anyB.code, { date: "2025-13-45" }),
      row("not-an-email", exams.anyB.code),
      row(who.email, exams.anyC.code, { source_record_id: good.source_record_id }),
      row(who.email, exams.anyC.code, { score: "1200" }),
      row(who.email, exams.anyC.code, { pass: "maybe" }),
      row("nobody.known@example.com", exams.anyC.code),
    ])}only,three,values\n`;
    const before = await db.examResult.count();
    const result = await importCsv(admin, csv);
    expect(result.report!.rejected).toEqual([
      { row: 3, reason: expect.stringMatching(/^exam_code: no exam has the code NOPE-999/) },
      { row: 4, reason: expect.stringMatching(/^date: The date must be YYYY-MM-DD/) },
      { row: 5, reason: expect.stringMatching(/^email: Enter an email address/) },
      { row: 6, reason: `source_record_id: ${good.source_record_id} repeats row 2` },
      { row: 7, reason: expect.stringMatching(/^score: /) },
      { row: 8, reason: "pass: Pass must be true or false" },
      { row: 10, reason: "expected 8 values, found 3" },
    ]);
    expect(result.report).toMatchObject({ accepted: 2, created: 2, unmatched: 1, rejectedCount: 7 });
    expect(result).toMatchObject({ totalRows: 9, processedRows: 9, acceptedRows: 2, rejectedRows: 7 });
    expect(await db.examResult.count()).toBe(before + 2);
    const unmatched = await db.examResult.findFirstOrThrow({ where: { sourceEmail: "nobody.known@example.com" } });
    expect(unmatched.userId).toBeNull();
  });

  it.each([
    [
      "a wrong column set",
      new TextEncoder().encode(
        "email,name,exam,date,score,pass,channel,source_record_id\na@example.com,A,X,2025-01-01,800,true,ONLINE,1\n",
      ),
      /missing exam_code; unexpected exam/,
    ],
    ["an empty file", new Uint8Array(), /The file is empty/],
    ["a file of blank lines", new TextEncoder().encode("\n\n  \n"), /The file is empty/],
    [
      "a header with no rows",
      new TextEncoder().encode("email,name,exam_code,date,score,pass,channel,source_record_id\n"),
      /header but no rows/,
    ],
    [
      "a PNG image",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      /not a CSV file/,
    ],
    ["Latin-1 text", new Uint8Array([0x65, 0x6d, 0x61, 0x69, 0x6c, 0xe9, 0x0a]), /not a UTF-8 text file/],
    [
      "broken quoting",
      new TextEncoder().encode('email,name,exam_code,date,score,pass,channel,source_record_id\n"a@example.com,A\n'),
      /not valid CSV/,
    ],
  ])("refuses %s as a whole and changes nothing", async (_label, bytes, message) => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const before = await footprint();
    const error = await runAsViewer(admin, () =>
      uploadExamResults({ filename: "x.csv", contentType: "text/csv", bytes }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(message);
    expect((error as DomainError).fieldErrors.file?.[0]).toMatch(message);
    expect(await footprint()).toEqual(before);
  });

  it("changes nothing when the same file is imported again", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const who = await makeCandidate();
    const csv = csvOf([
      row(who.email, exams.one.code),
      row(who.email, exams.allA.code),
      row(who.email, exams.allB.code),
      row(who.email, "NOPE-1"),
    ]);
    const first = await importCsv(admin, csv);
    expect(first.report).toMatchObject({ created: 3, certificationsEarned: 2, badgesIssued: 2, rejectedCount: 1 });
    await drainJobs();
    const before = await footprint();
    const mails = mailTo(who.email).length;

    const again = await importCsv(admin, csv);
    expect(again.report).toMatchObject({
      accepted: 3,
      created: 0,
      alreadyImported: 3,
      certificationsEarned: 0,
      badgesIssued: 0,
      emailsQueued: 0,
      rejectedCount: 1,
    });
    await drainJobs();
    const after = await footprint();
    // Only the new batch and its job exist; no result, certification, badge or message.
    expect(after).toEqual({ ...before, batches: before.batches + 1, jobs: before.jobs + 1 });
    expect(mailTo(who.email).length).toBe(mails);
  });
});
