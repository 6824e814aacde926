import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { uploadExamResults } from "@/lib/admin/imports/imports";
import { examResultImportJob, IMPORT_CHUNK_ROWS } from "@/lib/imports/exam-results/job";
import { BADGE_EMAIL_JOB } from "@/lib/badges/lifecycle/mail";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { drainJobs } from "../support/jobs";
import { mailTo } from "../support/mail";
import { csvOf, importCatalogue, importCsv, row } from "./admin-fixtures";

describe("importing exam results: runs at once, across chunks and after a crash", () => {
  it("creates each certification, badge, email and job once when two imports of the same results run at once", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams, certs } = await importCatalogue();
    const people = await Promise.all([1, 2, 3].map(() => makeCandidate()));
    const ids = people.map((p) => p.id);
    // The first row is the same record in both files; the others are different records of the same passes.
    const fileOf = (tag: string) =>
      csvOf(
        people.map((p, i) =>
          row(p.email, exams.one.code, { source_record_id: i === 0 ? `both-${p.id}` : `${tag}-${p.id}` }),
        ),
      );
    const batches = await Promise.all(
      ["a", "b"].map((tag) =>
        runAsViewer(admin, () =>
          uploadExamResults({
            filename: `${tag}.csv`,
            contentType: "text/csv",
            bytes: new TextEncoder().encode(fileOf(tag)),
          }),
        ),
      ),
    );
    const jobs = await Promise.all(
      batches.map((b) => db.job.findUniqueOrThrow({ where: { dedupeKey: `import:${b.id}` } })),
    );
    const results = await Promise.all(
      jobs.map((job) => examResultImportJob({ db, job: { ...job, attempts: 1 }, progress: async () => undefined })),
    );

    const sum = (key: "certificationsEarned" | "badgesIssued" | "emailsQueued") =>
      results.reduce<number>((n, r) => n + Number((r as Record<string, unknown>)[key]), 0);
    expect([sum("certificationsEarned"), sum("badgesIssued"), sum("emailsQueued")]).toEqual([3, 3, 3]);
    expect(await db.examResult.count({ where: { userId: { in: ids } } })).toBe(5);
    const earned = await db.earnedCertification.groupBy({
      by: ["userId"],
      where: { userId: { in: ids }, certificationId: certs.certOne.id },
      _count: true,
    });
    expect(earned.map((e) => e._count)).toEqual([1, 1, 1]);
    const badges = await db.badge.findMany({
      where: { userId: { in: ids } },
      include: { events: true, emailMessages: true },
    });
    expect(badges).toHaveLength(3);
    for (const b of badges) {
      expect(b.events.map((e) => e.type).sort()).toEqual(["EMAIL_QUEUED", "ISSUED"]);
      expect(b.emailMessages).toHaveLength(1);
      expect(b.emailMessages[0].sensitive).toBe(true);
    }
    const messageIds = badges.map((b) => b.emailMessages[0].id);
    expect(
      await db.job.count({
        where: { type: BADGE_EMAIL_JOB, dedupeKey: { in: messageIds.map((id) => `email:${id}`) } },
      }),
    ).toBe(3);
    // Claim links are minted as their messages are sent, one each, and only their hashes are stored.
    expect(await db.badgeClaimToken.count({ where: { badgeId: { in: badges.map((b) => b.id) } } })).toBe(0);
    await drainJobs();
    for (const p of people) expect(mailTo(p.email)).toHaveLength(1);
    expect(await db.badgeClaimToken.count({ where: { badgeId: { in: badges.map((b) => b.id) } } })).toBe(3);
  });

  it("matches confirmed secondary addresses and merged accounts in bulk", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const survivor = await makeCandidate();
    const merged = await makeCandidate();
    await db.user.update({ where: { id: merged.id }, data: { status: "MERGED", mergedIntoId: survivor.id } });
    await db.candidateEmail.create({
      data: { userId: survivor.id, email: `work.${survivor.email}`, confirmedAt: new Date() },
    });
    await db.candidateEmail.create({ data: { userId: survivor.id, email: `unconfirmed.${survivor.email}` } });
    await importCsv(
      admin,
      csvOf([
        row(`work.${survivor.email}`, exams.anyA.code, { source_record_id: `sec-${survivor.id}` }),
        row(merged.email, exams.anyB.code, { source_record_id: `mrg-${survivor.id}` }),
        row(`unconfirmed.${survivor.email}`, exams.anyC.code, { source_record_id: `unc-${survivor.id}` }),
      ]),
    );
    const byId = async (id: string) =>
      (await db.examResult.findUniqueOrThrow({ where: { sourceRecordId: id } })).userId;
    expect(await byId(`sec-${survivor.id}`)).toBe(survivor.id);
    expect(await byId(`mrg-${survivor.id}`)).toBe(survivor.id);
    expect(await byId(`unc-${survivor.id}`)).toBeNull();
  });

  it("resumes a crashed import after the last committed chunk and ends in the same state", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => makeCandidate()));
    const total = IMPORT_CHUNK_ROWS * 2 + 300;
    const rows = Array.from({ length: total }, (_, i) =>
      i % 700 === 5
        ? row(people[i % 5].email, "UNKNOWN-EXAM", { source_record_id: `crash-${i}` })
        : row(people[i % 5].email, [exams.anyA, exams.anyB, exams.anyC][i % 3].code, {
            source_record_id: `crash-${i}`,
            date: `2024-0${1 + (i % 9)}-1${i % 10}`,
          }),
    );
    const batch = await runAsViewer(admin, () =>
      uploadExamResults({ filename: "big.csv", contentType: "text/csv", bytes: new TextEncoder().encode(csvOf(rows)) }),
    );
    const job = await db.job.findUniqueOrThrow({ where: { dedupeKey: `import:${batch.id}` } });

    // The worker dies right after committing the first chunk.
    const crash = new Error("worker killed");
    await expect(
      examResultImportJob({
        db,
        job: { ...job, attempts: 1 },
        progress: async (done) => {
          if (done >= IMPORT_CHUNK_ROWS) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    // The first chunk (the first three candidates' rows: chunks keep a candidate's rows together) is stored; the
    // chunk that was running beside it rolled back.
    const midway = await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } });
    const firstChunk = rows.filter((r) => [...people.map((p) => p.email)].sort().slice(0, 3).includes(r.email!));
    const firstChunkBad = firstChunk.filter((r) => r.exam_code === "UNKNOWN-EXAM").length;
    expect(midway).toMatchObject({
      status: "RUNNING",
      processedRows: firstChunk.length,
      acceptedRows: firstChunk.length - firstChunkBad,
    });
    expect(await db.examResult.count({ where: { importId: batch.id } })).toBe(firstChunk.length - firstChunkBad);

    // Another worker takes the job again and finishes it.
    await drainJobs();
    const done = await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } });
    const bad = rows.filter((r) => r.exam_code === "UNKNOWN-EXAM").length;
    expect(done).toMatchObject({
      status: "COMPLETED",
      processedRows: total,
      acceptedRows: total - bad,
      rejectedRows: bad,
    });
    expect(await db.examResult.count({ where: { importId: batch.id } })).toBe(total - bad);
    const report = done.report as { rejected: { row: number }[]; certificationsEarned: number };
    expect(report.rejected.map((r) => r.row)).toEqual(
      rows.flatMap((r, i) => (r.exam_code === "UNKNOWN-EXAM" ? [i + 2] : [])),
    );
    // Each of the five earned the any-2-of-3 certification exactly once, across the chunks.
    expect(report.certificationsEarned).toBe(5);
    expect(await db.earnedCertification.count({ where: { userId: { in: people.map((p) => p.id) } } })).toBe(5);
  });

  it("earns what needs results from two chunks running side by side, when one candidate has two addresses", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams, certs } = await importCatalogue();
    const stamp = Date.now().toString(36);
    // Chunks follow address order: the filler's rows and the candidate's first address fill the first chunk exactly;
    // the second address starts the next (and much shorter) chunk, which reaches its certifications first.
    const filler = await makeCandidate({ email: `ma-${stamp}@example.com` });
    const both = await makeCandidate({ email: `mm-a-${stamp}@example.com` });
    await db.candidateEmail.create({
      data: { userId: both.id, email: `mm-b-${stamp}@example.com`, confirmedAt: new Date() },
    });
    const rows = [
      ...Array.from({ length: IMPORT_CHUNK_ROWS - 1 }, (_, i) =>
        row(filler.email, exams.anyA.code, { pass: "false", score: "500", date: `2024-01-${10 + (i % 18)}` }),
      ),
      row(both.email, exams.allA.code, { date: "2025-01-10" }),
      row(`mm-b-${stamp}@example.com`, exams.allB.code, { date: "2025-02-10" }),
    ];
    const done = await importCsv(admin, csvOf(rows));
    expect(done.report).toMatchObject({ created: rows.length, certificationsEarned: 1 });
    const earned = await db.earnedCertification.findMany({
      where: { userId: both.id },
      select: { certificationId: true, earnedOn: true },
    });
    expect(earned.map((e) => [e.certificationId, e.earnedOn.toISOString().slice(0, 10)])).toEqual([
      [certs.certAll.id, "2025-02-10"],
    ]);
  });
});
