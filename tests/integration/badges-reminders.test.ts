import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { BADGE_REMINDERS_JOB } from "@/lib/badges/lifecycle/reminders";
import { enqueue } from "@/lib/jobs/queue";
import { drainJobs } from "../support/jobs";
import { deliverMailTo, mailTo } from "../support/mail";
import { candidateWithBadge } from "./badges-fixtures";

const DAY = 86_400_000;

async function runReminders() {
  await db.$transaction((tx) => enqueue(tx, BADGE_REMINDERS_JOB, {}));
  await drainJobs();
}

describe("badge reminders", () => {
  it("reminds an unclaimed badge after 7 and 30 days, and never more", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    await deliverMailTo(candidate.email);
    const reminders = () => mailTo(candidate.email).filter((m) => m.subject.includes("is waiting"));

    await runReminders(); // issued today: nothing due
    expect(reminders()).toHaveLength(0);

    await db.badge.update({ where: { id: badgeId }, data: { issuedOn: new Date(Date.now() - 8 * DAY) } });
    await runReminders();
    await runReminders(); // running again the same day sends nothing more
    await deliverMailTo(candidate.email);
    expect(reminders()).toHaveLength(1);

    await db.badge.update({
      where: { id: badgeId },
      data: { issuedOn: new Date(Date.now() - 31 * DAY), lastRemindedAt: new Date(Date.now() - 23 * DAY) },
    });
    await runReminders();
    await drainJobs();
    expect(reminders()).toHaveLength(2);

    await db.badge.update({
      where: { id: badgeId },
      data: { issuedOn: new Date(Date.now() - 400 * DAY), lastRemindedAt: new Date(Date.now() - 300 * DAY) },
    });
    await runReminders();
    await drainJobs();
    expect(reminders()).toHaveLength(2);
    const badge = await db.badge.findUniqueOrThrow({ where: { id: badgeId } });
    expect(badge.remindersSent).toBe(2);
    expect(await db.badgeEvent.count({ where: { badgeId, type: "REMINDED" } })).toBe(2);
    // Each reminder carries a working link; earlier links still work too.
    expect(await db.badgeClaimToken.count({ where: { badgeId, revokedAt: null } })).toBe(3);
  });

  it("does not remind accepted badges", async () => {
    const { candidate, badgeId } = await candidateWithBadge({ autoAccept: true });
    await db.badge.update({ where: { id: badgeId }, data: { issuedOn: new Date(Date.now() - 40 * DAY) } });
    await runReminders();
    await drainJobs();
    expect(mailTo(candidate.email).filter((m) => m.subject.includes("is waiting"))).toHaveLength(0);
  });
});
