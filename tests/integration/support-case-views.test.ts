import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { formatMcid } from "@/lib/rules/mcid";
import { linkExamResult, listUnmatchedResults } from "@/lib/support/unmatched/unmatched";
import { addStaffNote } from "@/lib/support/candidates/notes";
import { getCandidateCase } from "@/lib/support/candidates/case";
import { listAuditEntries } from "@/lib/support/audit/audit-log";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { deliverMailTo } from "../support/mail";
import { expectStatus } from "../support/http-errors";
import { badgeCatalogue, candidateWithBadge } from "./badges-fixtures";

let support: Awaited<ReturnType<typeof makeStaff>>;
const asSupport = <T>(fn: () => Promise<T>) => runAsViewer(viewerOf(support), fn);
const lastAudit = (action: string) =>
  db.auditLog.findFirstOrThrow({ where: { action }, orderBy: { createdAt: "desc" } });

beforeAll(async () => {
  support = await makeStaff("SUPPORT");
});

describe("unmatched exam results", () => {
  it("lists them with a likely owner, links one, records the certification and issues its badge in one go", async () => {
    const cat = await badgeCatalogue();
    const c = await makeCandidate();
    await db.candidateEmail.create({ data: { userId: c.id, email: "personal.address@example.com" } });
    const orphan = await db.examResult.create({
      data: {
        userId: null,
        examId: cat.exams.single.id,
        takenOn: new Date("2025-05-01"),
        score: 810,
        passed: true,
        channel: "CERTIPORT",
        sourceEmail: "personal.address@example.com",
        sourceRecordId: `CP-${Date.now()}`,
      },
    });
    const listed = await asSupport(() => listUnmatchedResults({}));
    expect(listed.results.find((r) => r.id === orphan.id)).toMatchObject({
      channel: "CERTIPORT",
      suggestion: { userId: c.id },
    });

    const done = await asSupport(() =>
      linkExamResult({
        examResultId: orphan.id,
        candidate: formatMcid(c.profile!.mcid),
        reason: "Certiport account under another address",
      }),
    );
    expect(done).toMatchObject({ userId: c.id, certificationsEarned: 1, badgesIssued: 1 });
    expect((await db.examResult.findUniqueOrThrow({ where: { id: orphan.id } })).userId).toBe(c.id);
    const earned = await db.earnedCertification.findFirstOrThrow({
      where: { userId: c.id, certificationId: cat.certs.singleCert.id },
    });
    const badge = await db.badge.findFirstOrThrow({ where: { userId: c.id } });
    expect(badge).toMatchObject({
      templateId: cat.templates.singleCert.id,
      earnedCertificationId: earned.id,
      state: "PENDING",
    });
    expect(await lastAudit("exam_result.link")).toMatchObject({
      targetId: orphan.id,
      candidateId: c.id,
      actorId: support.id,
      detail: { badgesIssued: [badge.id] },
    });
    expect((await asSupport(() => listUnmatchedResults({}))).results.map((r) => r.id)).not.toContain(orphan.id);

    await expect(
      asSupport(() =>
        linkExamResult({ examResultId: orphan.id, candidate: c.email, reason: "Second attempt to link" }),
      ),
    ).rejects.toThrow(/already belongs/);
    await expect(
      asSupport(() =>
        linkExamResult({ examResultId: orphan.id, candidate: "nobody@example.com", reason: "Unknown person" }),
      ),
    ).rejects.toThrow(/No candidate/);
  });
});

describe("the candidate view and notes", () => {
  it("shows the whole case without secrets, and logs every view", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    // The issuance message mints the claim link as it is sent.
    await deliverMailTo(candidate.email);
    await db.transcriptShare.create({
      data: {
        userId: candidate.id,
        shareId: "share-public-id-x",
        accessCodeHash: "access-code-hash-secret",
        label: "For my employer",
      },
    });
    await asSupport(() => addStaffNote({ candidateId: candidate.id, body: "Called about a missing badge" }));
    expect(await lastAudit("note.add")).toMatchObject({ candidateId: candidate.id, actorId: support.id });

    const before = await db.auditLog.count({ where: { action: "candidate.view", candidateId: candidate.id } });
    const view = await asSupport(() => getCandidateCase(candidate.id));
    expect(
      await db.auditLog.count({ where: { action: "candidate.view", candidateId: candidate.id, actorId: support.id } }),
    ).toBe(before + 1);
    expect(view.badges).toMatchObject([{ id: badgeId, state: "PENDING", claimLinks: [{ revokedAt: null }] }]);
    expect(view.badges[0].events.map((e) => e.type)).toContain("ISSUED");
    expect(view.badges[0].emails).toHaveLength(1);
    expect(view.shareLinks).toMatchObject([{ label: "For my employer", viewCount: 0 }]);
    expect(view.notes).toMatchObject([{ body: "Called about a missing badge" }]);

    const json = JSON.stringify(view);
    const tokenHashes = await db.badgeClaimToken.findMany({ where: { badgeId }, omit: { tokenHash: false } });
    for (const secret of ["access-code-hash-secret", "share-public-id-x", ...tokenHashes.map((t) => t.tokenHash)])
      expect(json).not.toContain(secret);
    expect(json).not.toMatch(/tokenHash|accessCodeHash|recipientSalt/);
  });

  it("answers 404 for a staff account or an unknown id", async () => {
    const admin = await makeStaff("ADMIN");
    await expectStatus(
      asSupport(() => getCandidateCase(admin.id)),
      404,
    );
    await expectStatus(
      asSupport(() => getCandidateCase("nope")),
      404,
    );
  });
});

describe("the audit log", () => {
  it("filters by actor, candidate, action and date, newest first", async () => {
    const other = await makeStaff("ADMIN");
    const c = await makeCandidate();
    await asSupport(() => addStaffNote({ candidateId: c.id, body: "First" }));
    await runAsViewer(viewerOf(other), () => addStaffNote({ candidateId: c.id, body: "Second" }));
    await asSupport(() => getCandidateCase(c.id));

    const byCandidate = await asSupport(() => listAuditEntries({ candidate: c.profile!.mcid }));
    expect(byCandidate.entries.map((e) => e.action)).toEqual(["candidate.view", "note.add", "note.add"]);
    const byActor = await asSupport(() => listAuditEntries({ candidate: c.email, actor: other.email }));
    expect(byActor.entries).toMatchObject([{ action: "note.add", actor: other.name }]);
    expect((await asSupport(() => listAuditEntries({ candidate: c.id, action: "candidate.view" }))).total).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    expect((await asSupport(() => listAuditEntries({ candidate: c.id, from: today, to: today }))).total).toBe(3);
    expect((await asSupport(() => listAuditEntries({ candidate: c.id, to: "2020-01-01" }))).total).toBe(0);
    const unknown = await asSupport(() => listAuditEntries({ actor: "ghost@example.com" }));
    expect(unknown).toMatchObject({ total: 0, unknownRef: ["actor"] });
  });
});
