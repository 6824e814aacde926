import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { DomainError } from "@/lib/errors";
import { addMonths } from "@/lib/rules/account-activity";
import { renewCertification } from "@/lib/records/renew-certification";
import { recordRenewal } from "@/lib/admin/renewals/renewals";
import { listMyRenewals } from "@/lib/candidate/transcript/renewals";
import { listRenewals } from "@/lib/support/candidates/renewals";
import { recordRenewal as recordRenewalAction } from "@/lib/admin/renewals/actions/record-renewal";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";
import { earn, makeCertification, makeCertificationBadge } from "../support/certification-records";

const renew = (id: string, input: Parameters<typeof renewCertification>[2]) =>
  db.$transaction((tx) => renewCertification(tx, id, input));

describe("renewing a certification", () => {
  it("extends the expiry by one validity period from the CURRENT expiry, keeps history, and moves the badge with it", async () => {
    const me = await makeCandidate();
    const cert = await makeCertification({ validityMonths: 12 });
    const now = new Date();
    const expiresOn = addMonths(now, 4);
    const earned = await earn(me.id, cert, { earnedOn: addMonths(expiresOn, -12), expiresOn });
    const badge = await makeCertificationBadge(me.id, earned, me.email);

    const result = await renew(earned.id, { renewedOn: now, source: "renewal assessment", sourceRecordId: "RN-1" });
    const expected = addMonths(expiresOn, 12);
    expect(result).toMatchObject({ created: true, previousExpiresOn: expiresOn, newExpiresOn: expected });
    // Not one year from the renewal date: renewing early loses nothing.
    expect(result.newExpiresOn.getTime()).not.toBe(addMonths(now, 12).getTime());

    const after = await db.earnedCertification.findUniqueOrThrow({
      where: { id: earned.id },
      include: { renewals: true },
    });
    expect(after).toMatchObject({ expiresOn: expected, renewedOn: now, status: "ACTIVE" });
    expect(after.renewals).toHaveLength(1);
    expect(after.renewals[0]).toMatchObject({
      previousExpiresOn: expiresOn,
      newExpiresOn: expected,
      source: "renewal assessment",
    });

    const b = await db.badge.findUniqueOrThrow({ where: { id: badge.id }, include: { events: true } });
    expect(b.id).toBe(badge.id);
    expect(b.expiresOn).toEqual(expected);
    expect(b.events.map((e) => e.type)).toEqual(["RENEWED"]);
    expect(await db.auditLog.count({ where: { action: "certification.renew", targetId: earned.id } })).toBe(1);
  });

  it("is idempotent by source record id", async () => {
    const me = await makeCandidate();
    const cert = await makeCertification({ validityMonths: 24 });
    const expiresOn = addMonths(new Date(), 2);
    const earned = await earn(me.id, cert, { earnedOn: addMonths(expiresOn, -24), expiresOn });
    const first = await renew(earned.id, { renewedOn: new Date(), source: "import", sourceRecordId: "RN-2" });
    const again = await renew(earned.id, { renewedOn: new Date(), source: "import", sourceRecordId: "RN-2" });
    expect(again).toMatchObject({ created: false, newExpiresOn: first.newExpiresOn });
    expect(await db.certificationRenewal.count({ where: { earnedCertificationId: earned.id } })).toBe(1);
    expect((await db.earnedCertification.findUniqueOrThrow({ where: { id: earned.id } })).expiresOn).toEqual(
      addMonths(expiresOn, 24),
    );

    const other = await earn(me.id, await makeCertification(), {
      earnedOn: addMonths(new Date(), -10),
      expiresOn: addMonths(new Date(), 2),
    });
    await expect(renew(other.id, { renewedOn: new Date(), source: "import", sourceRecordId: "RN-2" })).rejects.toThrow(
      /another certification/,
    );
  });

  it("a second renewal starts from the renewed expiry", async () => {
    const me = await makeCandidate();
    const cert = await makeCertification({ validityMonths: 12 });
    const expiresOn = addMonths(new Date(), 1);
    const earned = await earn(me.id, cert, { earnedOn: addMonths(expiresOn, -12), expiresOn });
    await renew(earned.id, { renewedOn: new Date(), source: "import" });
    // Twelve months later the window of the new expiry is open.
    const later = addMonths(new Date(), 12);
    const second = await renew(earned.id, { renewedOn: later, source: "import" });
    expect(second.previousExpiresOn).toEqual(addMonths(expiresOn, 12));
    expect(second.newExpiresOn).toEqual(addMonths(expiresOn, 24));
  });

  it.each([
    ["before the window opens", { validityMonths: 12, expiresInMonths: 7 }, /renewal window .* opens on/],
    ["after expiry", { validityMonths: 12, expiresInMonths: -1 }, /expired on .* pass(ed)? again/],
  ])("refuses %s with a clear message", async (_name, opts, message) => {
    const me = await makeCandidate();
    const cert = await makeCertification({ validityMonths: opts.validityMonths });
    const expiresOn = addMonths(new Date(), opts.expiresInMonths);
    const earned = await earn(me.id, cert, {
      earnedOn: addMonths(expiresOn, -12),
      expiresOn,
      status: opts.expiresInMonths < 0 ? "EXPIRED" : "ACTIVE",
    });
    const error = await renew(earned.id, { renewedOn: new Date(), source: "import" }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.message).toMatch(message);
    expect((await db.earnedCertification.findUniqueOrThrow({ where: { id: earned.id } })).expiresOn).toEqual(expiresOn);
    expect(await db.certificationRenewal.count({ where: { earnedCertificationId: earned.id } })).toBe(0);
  });

  it("refuses fundamentals (never expire) and retired certifications", async () => {
    const me = await makeCandidate();
    const fundamentals = await earn(me.id, await makeCertification({ validityMonths: null }), {
      earnedOn: new Date("2020-01-01"),
      expiresOn: null,
    });
    await expect(renew(fundamentals.id, { renewedOn: new Date(), source: "import" })).rejects.toThrow(/never expires/);
    const retired = await earn(me.id, await makeCertification({ retired: true }), {
      earnedOn: new Date("2020-01-01"),
      expiresOn: addMonths(new Date(), 2),
      status: "RETIRED",
    });
    await expect(renew(retired.id, { renewedOn: new Date(), source: "import" })).rejects.toThrow(/retired/);
  });

  it("two concurrent renewals of the same certification extend it twice, never from the same expiry", async () => {
    const me = await makeCandidate();
    const cert = await makeCertification({ validityMonths: 3 });
    const expiresOn = addMonths(new Date(), 2);
    const earned = await earn(me.id, cert, { earnedOn: addMonths(expiresOn, -3), expiresOn });
    const results = await Promise.all([
      renew(earned.id, { renewedOn: new Date(), source: "a" }),
      renew(earned.id, { renewedOn: new Date(), source: "b" }),
    ]);
    const previous = results.map((r) => r.previousExpiresOn.getTime()).sort();
    expect(previous[0]).not.toBe(previous[1]);
  });
});

describe("recording a renewal by hand", () => {
  it("is for admins only, and audited with the admin as actor", async () => {
    const me = await makeCandidate();
    const support = await makeStaff("SUPPORT");
    const admin = await makeStaff("ADMIN");
    const expiresOn = addMonths(new Date(), 3);
    const earned = await earn(me.id, await makeCertification({ validityMonths: 12 }), {
      earnedOn: addMonths(expiresOn, -12),
      expiresOn,
    });

    await expectStatus(
      runAsViewer(null, () => recordRenewal(earned.id)),
      401,
    );
    await expectStatus(
      runAsViewer(viewerOf(me), () => recordRenewal(earned.id)),
      403,
    );
    await expectStatus(
      runAsViewer(viewerOf(support), () => recordRenewal(earned.id)),
      403,
    );

    const result = await runAsViewer(viewerOf(admin), () =>
      recordRenewal(earned.id, { reason: "assessment passed by phone" }),
    );
    expect(result.newExpiresOn).toEqual(addMonths(expiresOn, 12));
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "certification.renew", targetId: earned.id } });
    expect(log).toMatchObject({ actorId: admin.id, candidateId: me.id });
  });

  it("the admin action reports the window rule as form state", async () => {
    const me = await makeCandidate();
    const admin = await makeStaff("ADMIN");
    const expiresOn = addMonths(new Date(), 10);
    const earned = await earn(me.id, await makeCertification({ validityMonths: 12 }), {
      earnedOn: addMonths(expiresOn, -12),
      expiresOn,
    });
    const form = new FormData();
    form.set("earnedCertificationId", earned.id);
    const state = await runAsViewer(viewerOf(admin), () => recordRenewalAction({ ok: false }, form));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/renewal window .* opens on/);
    await expectStatus(
      runAsViewer(viewerOf(me), () => recordRenewalAction({ ok: false }, form)),
      403,
    );
  });

  it("lets the owner and staff read the renewal history, and nobody else", async () => {
    const me = await makeCandidate();
    const other = await makeCandidate();
    const support = await makeStaff("SUPPORT");
    const expiresOn = addMonths(new Date(), 3);
    const earned = await earn(me.id, await makeCertification({ validityMonths: 12 }), {
      earnedOn: addMonths(expiresOn, -12),
      expiresOn,
    });
    await renew(earned.id, { renewedOn: new Date(), source: "import" });
    expect(await runAsViewer(viewerOf(me), () => listMyRenewals(earned.id))).toHaveLength(1);
    expect(await runAsViewer(viewerOf(support), () => listRenewals(earned.id))).toHaveLength(1);
    expect(await runAsViewer(viewerOf(other), () => listMyRenewals(earned.id))).toHaveLength(0);
    await expectStatus(
      runAsViewer(viewerOf(me), () => listRenewals(earned.id)),
      403,
    );
  });
});
