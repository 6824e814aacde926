import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { getMyCertificate, getMyTranscript } from "@/lib/candidate/transcript/transcript";
import { verifyCertificate } from "@/lib/public/certificates/check";
import { getMyDashboard } from "@/lib/candidate/dashboard/dashboard";
import { addMonths } from "@/lib/rules/account-activity";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";
import { earn, makeCertification } from "../support/certification-records";

async function candidateWithHistory() {
  const me = await makeCandidate({ legalFirstName: "Alan", legalLastName: "Turing", preferredName: "Al" });
  const now = new Date();
  const renewable = await earn(me.id, await makeCertification({ title: "Expiring Soon" }), {
    earnedOn: addMonths(now, -8),
    expiresOn: addMonths(now, 4),
  });
  const later = await earn(me.id, await makeCertification({ title: "Later", validityMonths: 24 }), {
    earnedOn: addMonths(now, -1),
    expiresOn: addMonths(now, 23),
  });
  const forever = await earn(me.id, await makeCertification({ title: "Fundamentals", validityMonths: null }), {
    earnedOn: addMonths(now, -30),
    expiresOn: null,
  });
  // Stored ACTIVE but past its date: the daily run has not caught up; the transcript still calls it expired.
  const lapsed = await earn(me.id, await makeCertification({ title: "Lapsed" }), {
    earnedOn: addMonths(now, -13),
    expiresOn: addMonths(now, -1),
  });
  const legacy = await earn(me.id, await makeCertification({ title: "Legacy", retired: true }), {
    earnedOn: new Date("2019-05-01"),
    expiresOn: null,
    status: "RETIRED",
  });
  const failedExam = await makeCertification({ title: "Not yet" });
  await db.examResult.create({
    data: {
      userId: me.id,
      examId: failedExam.exam.id,
      takenOn: addMonths(now, -2),
      score: 612,
      passed: false,
      channel: "TEST_CENTER",
      sourceEmail: me.email,
    },
  });
  return { me, renewable, later, forever, lapsed, legacy };
}

describe("the transcript", () => {
  it("separates active from expired and retired, gives each its next action, and lists every exam", async () => {
    const { me, renewable, later, forever, lapsed, legacy } = await candidateWithHistory();
    const t = await runAsViewer(viewerOf(me), getMyTranscript);
    expect(t.holder).toEqual({ name: "Alan Turing", mcid: me.profile!.mcid });
    const byId = Object.fromEntries([...t.active, ...t.inactive].map((c) => [c.id, c]));
    expect(t.active.map((c) => c.id).sort()).toEqual([renewable.id, later.id, forever.id].sort());
    expect(t.inactive.map((c) => c.id).sort()).toEqual([lapsed.id, legacy.id].sort());
    expect(byId[renewable.id].nextAction.kind).toBe("renew-now");
    expect(byId[later.id].nextAction).toMatchObject({
      kind: "renewal-opens",
      opensOn: addMonths(later.expiresOn!, -6),
    });
    expect(byId[forever.id].nextAction.kind).toBe("never-expires");
    expect(byId[lapsed.id]).toMatchObject({ status: "EXPIRED", nextAction: { kind: "expired" } });
    expect(byId[legacy.id]).toMatchObject({ status: "RETIRED", nextAction: { kind: "retired" } });
    expect(t.exams).toHaveLength(6);
    expect(t.exams!.filter((e) => !e.passed)).toMatchObject([{ score: 612, channel: "TEST_CENTER" }]);
    expect(t.exams!.some((e) => e.examRetired)).toBe(true);
  });

  it("is the caller's own: staff and anonymous callers get none", async () => {
    await expectStatus(runAsViewer(null, getMyTranscript), 401);
    await expectStatus(runAsViewer(viewerOf(await makeStaff("SUPPORT")), getMyTranscript), 403);
    const stranger = await makeCandidate();
    const t = await runAsViewer(viewerOf(stranger), getMyTranscript);
    expect([...t.active, ...t.inactive, ...t.exams!]).toEqual([]);
  });

  it("gives a certificate only to its owner: another candidate's id is a 404", async () => {
    const { me, renewable } = await candidateWithHistory();
    const other = await makeCandidate();
    const cert = await runAsViewer(viewerOf(me), () => getMyCertificate(renewable.id));
    expect(cert).toMatchObject({
      holderName: "Alan Turing",
      certificationTitle: "Expiring Soon",
      certificateNumber: renewable.certificateNumber,
    });
    await expectStatus(
      runAsViewer(viewerOf(other), () => getMyCertificate(renewable.id)),
      404,
    );
    await expectStatus(
      runAsViewer(viewerOf(other), () => getMyCertificate("does-not-exist")),
      404,
    );
    await expectStatus(
      runAsViewer(viewerOf(await makeStaff("ADMIN")), () => getMyCertificate(renewable.id)),
      403,
    );
    await expectStatus(
      runAsViewer(null, () => getMyCertificate(renewable.id)),
      401,
    );
  });
});

describe("public certificate verification", () => {
  it("says valid, expired or retired, for whom, and nothing else", async () => {
    const { renewable, lapsed, legacy } = await candidateWithHistory();
    const valid = await verifyCertificate(renewable.certificateNumber.toLowerCase());
    expect(valid).toMatchObject({ status: "ACTIVE", holderName: "Alan Turing", certificationTitle: "Expiring Soon" });
    expect(Object.keys(valid!).sort()).toEqual(
      [
        "certificateNumber",
        "certificationTitle",
        "earnedOn",
        "expiresOn",
        "holderName",
        "renewedOn",
        "retiredOn",
        "status",
      ].sort(),
    );
    expect((await verifyCertificate(lapsed.certificateNumber))?.status).toBe("EXPIRED");
    expect((await verifyCertificate(legacy.certificateNumber))?.status).toBe("RETIRED");
    expect(await verifyCertificate("CN-0000000000")).toBeNull();
    expect(await verifyCertificate("'; DROP TABLE x")).toBeNull();
  });
});

describe("the dashboard", () => {
  it("shows active certifications and what needs attention", async () => {
    const { me, renewable } = await candidateWithHistory();
    const template = await db.badgeTemplate.create({
      data: { slug: `t-${me.id}`, name: "B", description: "B", criteria: "B" },
    });
    await db.badge.create({
      data: {
        templateId: template.id,
        userId: me.id,
        earningKey: "k",
        recipientEmail: me.email,
        recipientSalt: "s",
        state: "PENDING",
      },
    });
    await db.candidateEmail.create({ data: { userId: me.id, email: `pending.${me.id}@example.com` } });
    const home = await runAsViewer(viewerOf(me), () => getMyDashboard());
    expect(home).toMatchObject({ displayName: "Al", mcid: me.profile!.mcid });
    expect(home.activeCertifications).toHaveLength(3);
    expect(home.activeCertifications.map((c) => c.title)).not.toContain("Lapsed");
    expect(home.attention.renewals).toEqual([
      { id: renewable.id, title: "Expiring Soon", expiresOn: renewable.expiresOn },
    ]);
    expect(home.attention.unclaimedBadges).toBe(1);
    expect(home.attention.unconfirmedEmails).toBe(1);
    expect(home.attention.missingProfile).toEqual(["phone number", "address", "city", "postal code", "country"]);
    await expectStatus(
      runAsViewer(viewerOf(await makeStaff("SUPPORT")), () => getMyDashboard()),
      403,
    );
  });
});
