import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { formatMcid } from "@/lib/rules/mcid";
import { DomainError } from "@/lib/errors";
import { openClaim } from "@/lib/public/badges/claim";
import { resendBadgeEmail } from "@/lib/support/candidates/badge-email";
import { reactivateAccount } from "@/lib/support/candidates/reactivate";
import { decideNameChange, listPendingNameChanges } from "@/lib/support/name-changes/name-changes";
import { searchCandidates } from "@/lib/support/search/search";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { deliverMailTo, linksIn } from "../support/mail";
import { candidateWithBadge } from "./badges-fixtures";

let support: Awaited<ReturnType<typeof makeStaff>>;
const asSupport = <T>(fn: () => Promise<T>) => runAsViewer(viewerOf(support), fn);
const lastAudit = (action: string) =>
  db.auditLog.findFirstOrThrow({ where: { action }, orderBy: { createdAt: "desc" } });
const claimTokenOf = (mailLinks: string[]) => mailLinks.find((l) => l.includes("/claim/"))!.split("/claim/")[1];

beforeAll(async () => {
  support = await makeStaff("SUPPORT");
});

describe("resending a badge email and issuing a fresh claim link", () => {
  it("resend keeps earlier links working; a fresh link makes them stop, and each is audited", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const first = claimTokenOf(linksIn(await deliverMailTo(candidate.email)));
    const asCandidate = <T>(fn: () => Promise<T>) => runAsViewer(viewerOf(candidate), fn);

    await asSupport(() =>
      resendBadgeEmail({ badgeId, mode: "resend", reason: "Candidate says the email never arrived" }),
    );
    const resent = await lastAudit("badge.resend_email");
    expect(resent).toMatchObject({
      actorId: support.id,
      targetId: badgeId,
      candidateId: candidate.id,
      reason: "Candidate says the email never arrived",
    });
    const second = claimTokenOf(linksIn(await deliverMailTo(candidate.email)));
    expect(second).not.toBe(first);
    expect((await asCandidate(() => openClaim(first))).kind).toBe("ready");
    expect((await asCandidate(() => openClaim(second))).kind).toBe("ready");

    await asSupport(() =>
      resendBadgeEmail({ badgeId, mode: "fresh", reason: "Old email was forwarded to a colleague" }),
    );
    expect(await lastAudit("badge.reissue_claim_link")).toMatchObject({
      actorId: support.id,
      targetId: badgeId,
      candidateId: candidate.id,
    });
    const mails = await db.emailMessage.count({ where: { badgeId } });
    expect(mails).toBe(3);
    const third = claimTokenOf(linksIn(await deliverMailTo(candidate.email)));
    expect((await asCandidate(() => openClaim(first))).kind).toBe("invalid");
    expect((await asCandidate(() => openClaim(second))).kind).toBe("invalid");
    expect((await asCandidate(() => openClaim(third))).kind).toBe("ready");
    const events = await db.badgeEvent.findMany({ where: { badgeId, type: "CLAIM_LINK_REISSUED" } });
    expect(events.map((e) => e.actorId)).toEqual([support.id, support.id]);
  });

  it("refuses a badge that is not waiting to be claimed, and an action without a reason", async () => {
    const { badgeId } = await candidateWithBadge({ autoAccept: true });
    await expect(
      asSupport(() => resendBadgeEmail({ badgeId, mode: "resend", reason: "They asked for it" })),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(asSupport(() => resendBadgeEmail({ badgeId, mode: "resend", reason: " " }))).rejects.toThrow(
      /Say why/,
    );
    expect(await db.auditLog.count({ where: { targetId: badgeId } })).toBe(0);
  });
});

describe("reactivating an inactive account", () => {
  it("makes it active, stamps reactivatedAt, audits; refuses an account that is not inactive", async () => {
    const c = await makeCandidate();
    await db.user.update({ where: { id: c.id }, data: { status: "INACTIVE", lastSignInAt: new Date("2021-01-01") } });
    const { reactivatedAt } = await asSupport(() =>
      reactivateAccount({ userId: c.id, reason: "Verified by phone, lost access" }),
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "ACTIVE", reactivatedAt });
    expect(await lastAudit("candidate.reactivate")).toMatchObject({
      actorId: support.id,
      candidateId: c.id,
      reason: "Verified by phone, lost access",
    });
    await expect(asSupport(() => reactivateAccount({ userId: c.id, reason: "Again, by mistake" }))).rejects.toThrow(
      /not inactive/,
    );
    expect(await db.auditLog.count({ where: { action: "candidate.reactivate", candidateId: c.id } })).toBe(1);
  });
});

describe("legal-name change requests", () => {
  async function request(userId: string) {
    return db.nameChangeRequest.create({
      data: {
        userId,
        currentFirstName: "Ana",
        currentLastName: "Old",
        requestedFirstName: "Ána",
        requestedLastName: "Newname",
        reason: "Marriage",
      },
    });
  }

  it("approval renames the profile, its search text and the display name; a second decision is refused", async () => {
    const c = await makeCandidate({ legalFirstName: "Ana", legalLastName: "Old", preferredName: "Annie" });
    const r = await request(c.id);
    const pending = await asSupport(() => listPendingNameChanges({}));
    expect(pending.requests.map((x) => x.id)).toContain(r.id);
    expect(pending.requests.find((x) => x.id === r.id)).toMatchObject({
      candidateId: c.id,
      mcid: formatMcid(c.profile!.mcid),
    });

    await asSupport(() =>
      decideNameChange({ requestId: r.id, decision: "approve", note: "Certificate of marriage checked" }),
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: c.id }, include: { profile: true } });
    expect(after.profile).toMatchObject({
      legalFirstName: "Ána",
      legalLastName: "Newname",
      preferredName: "Annie",
      searchText: "ana newname annie",
    });
    expect(after.name).toBe("Ána Newname");
    expect(await db.nameChangeRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: support.id,
      decisionNote: "Certificate of marriage checked",
    });
    expect(await lastAudit("name_change.approve")).toMatchObject({
      targetId: r.id,
      candidateId: c.id,
      detail: { fromLastName: "Old", toLastName: "Newname" },
    });
    const found = await asSupport(() => searchCandidates({ q: "newname" }));
    expect(found.hits.map((h) => h.userId)).toEqual([c.id]);
    await expect(
      asSupport(() => decideNameChange({ requestId: r.id, decision: "reject", note: "Changed my mind" })),
    ).rejects.toThrow(/already been decided/);
  });

  it("rejection leaves the name alone and keeps the note", async () => {
    const c = await makeCandidate({ legalFirstName: "Ana", legalLastName: "Old" });
    const r = await request(c.id);
    await asSupport(() =>
      decideNameChange({ requestId: r.id, decision: "reject", note: "Document does not match the request" }),
    );
    expect(await db.candidateProfile.findUniqueOrThrow({ where: { userId: c.id } })).toMatchObject({
      legalLastName: "Old",
      searchText: "ana old",
    });
    expect(await db.nameChangeRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      status: "REJECTED",
      decisionNote: "Document does not match the request",
    });
    expect(await lastAudit("name_change.reject")).toMatchObject({
      targetId: r.id,
      reason: "Document does not match the request",
    });
  });
});
