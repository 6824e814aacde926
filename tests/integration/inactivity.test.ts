import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { recordSignIn } from "@/lib/auth/record-sign-in";
import { expireCertifications, markInactiveAccounts } from "@/lib/records/account-inactivity";
import { DAILY_RECORDS_JOB } from "@/lib/records/daily-records-job";
import { recurringJobs } from "@/lib/jobs/handlers";
import { enqueueDueSchedules } from "@/lib/jobs/schedule";
import { addMonths } from "@/lib/rules/account-activity";
import { getMyDashboard } from "@/lib/candidate/dashboard/dashboard";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { drainJobs } from "../support/jobs";
import { earn, makeCertification, makeCertificationBadge } from "../support/certification-records";

describe("certification expiry", () => {
  it("marks active certifications past their expiry EXPIRED and leaves the rest (badges keep their state)", async () => {
    const me = await makeCandidate();
    const now = new Date();
    const past = await earn(me.id, await makeCertification(), {
      earnedOn: addMonths(now, -13),
      expiresOn: addMonths(now, -1),
    });
    const future = await earn(me.id, await makeCertification(), {
      earnedOn: addMonths(now, -1),
      expiresOn: addMonths(now, 11),
    });
    const forever = await earn(me.id, await makeCertification({ validityMonths: null }), {
      earnedOn: addMonths(now, -40),
      expiresOn: null,
    });
    const badge = await makeCertificationBadge(me.id, past, me.email);
    expect(await expireCertifications(db, now)).toBeGreaterThanOrEqual(1);
    const status = async (id: string) => (await db.earnedCertification.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(past.id)).toBe("EXPIRED");
    expect(await status(future.id)).toBe("ACTIVE");
    expect(await status(forever.id)).toBe("ACTIVE");
    expect((await db.badge.findUniqueOrThrow({ where: { id: badge.id } })).state).toBe("ACCEPTED");
    expect(await expireCertifications(db, now)).toBe(0);
  });
});

describe("account inactivity", () => {
  it("marks candidates INACTIVE after 24 months without a sign-in, and only them", async () => {
    const now = new Date();
    const stale = await makeCandidate();
    const recent = await makeCandidate();
    const neverSignedUp = await makeCandidate({ emailVerified: null, createdAt: addMonths(now, -40) });
    const oldNoSignIn = await makeCandidate({ createdAt: addMonths(now, -30) });
    const staff = await makeStaff("SUPPORT");
    await db.user.update({ where: { id: stale.id }, data: { lastSignInAt: addMonths(now, -25) } });
    await db.user.update({ where: { id: recent.id }, data: { lastSignInAt: addMonths(now, -23) } });
    await db.user.update({ where: { id: staff.id }, data: { lastSignInAt: addMonths(now, -30) } });

    await markInactiveAccounts(db, now);
    const statusOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).status;
    expect(await statusOf(stale.id)).toBe("INACTIVE");
    expect(await statusOf(oldNoSignIn.id)).toBe("INACTIVE");
    expect(await statusOf(recent.id)).toBe("ACTIVE");
    expect(await statusOf(neverSignedUp.id)).toBe("ACTIVE");
    expect(await statusOf(staff.id)).toBe("ACTIVE");
    expect(await db.auditLog.count({ where: { action: "account.inactive", candidateId: stale.id } })).toBe(1);
    expect(await markInactiveAccounts(db, now)).toBe(0);
  });

  it("a sign-in reactivates the account and the dashboard says so", async () => {
    const me = await makeCandidate();
    await db.user.update({ where: { id: me.id }, data: { lastSignInAt: addMonths(new Date(), -26) } });
    await markInactiveAccounts(db);
    await recordSignIn(me.id);
    const user = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(user.status).toBe("ACTIVE");
    expect(user.reactivatedAt).not.toBeNull();
    expect((await runAsViewer(viewerOf(me), () => getMyDashboard())).recentlyReactivated).toBe(true);
  });
});

describe("the daily records job", () => {
  it("is scheduled once a day and does both", async () => {
    expect(recurringJobs).toContainEqual({ type: DAILY_RECORDS_JOB, everyMs: 24 * 60 * 60 * 1000 });
    const me = await makeCandidate();
    await db.user.update({ where: { id: me.id }, data: { lastSignInAt: addMonths(new Date(), -25) } });
    const lapsed = await earn(me.id, await makeCertification(), {
      earnedOn: addMonths(new Date(), -13),
      expiresOn: addMonths(new Date(), -1),
    });
    await enqueueDueSchedules(
      db,
      recurringJobs.filter((s) => s.type === DAILY_RECORDS_JOB),
    );
    await enqueueDueSchedules(
      db,
      recurringJobs.filter((s) => s.type === DAILY_RECORDS_JOB),
    );
    expect(await db.job.count({ where: { type: DAILY_RECORDS_JOB } })).toBe(1);
    await drainJobs();
    const job = await db.job.findFirstOrThrow({ where: { type: DAILY_RECORDS_JOB } });
    expect(job.status).toBe("SUCCEEDED");
    expect((await db.earnedCertification.findUniqueOrThrow({ where: { id: lapsed.id } })).status).toBe("EXPIRED");
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).status).toBe("INACTIVE");
  });
});
