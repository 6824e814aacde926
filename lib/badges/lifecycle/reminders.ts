import { env } from "@/lib/env";
import type { JobHandler } from "@/lib/jobs/types";
import { sendClaimEmail } from "@/lib/badges/lifecycle/claim-link";

export const BADGE_REMINDERS_JOB = "badges.remind";
const BATCH = 200;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Which reminder (0-based) a pending badge is due for, or null: reminder n is due `days[n]` days after issue, and
 * none is due once every reminder was sent. A badge reminded late does not get the next one in the same run.
 */
export function dueReminder(
  b: { issuedOn: Date; remindersSent: number; lastRemindedAt: Date | null },
  days: number[],
  now = new Date(),
): number | null {
  const n = b.remindersSent;
  if (n >= days.length) return null;
  if (now.getTime() - b.issuedOn.getTime() < days[n] * DAY) return null;
  if (b.lastRemindedAt && now.getTime() - b.lastRemindedAt.getTime() < DAY) return null;
  return n;
}

/**
 * Reminds unclaimed badges. Each reminder is claimed with a conditional update of remindersSent in the same
 * transaction as its email, so a retried or concurrent run never sends one twice.
 */
export const badgeRemindersJob: JobHandler = async ({ db }) => {
  const days = env().BADGE_REMINDER_DAYS;
  if (days.length === 0) return { reminded: 0 };
  const now = new Date();
  let reminded = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.badge.findMany({
      where: {
        state: "PENDING",
        remindersSent: { lt: days.length },
        issuedOn: { lte: new Date(now.getTime() - days[0] * DAY) },
        user: { status: { not: "MERGED" } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, issuedOn: true, remindersSent: true, lastRemindedAt: true },
    });
    if (batch.length === 0) break;
    cursor = batch[batch.length - 1].id;
    for (const b of batch) {
      const n = dueReminder(b, days, now);
      if (n === null) continue;
      await db.$transaction(async (tx) => {
        const { count } = await tx.badge.updateMany({
          where: { id: b.id, state: "PENDING", remindersSent: n },
          data: { remindersSent: n + 1, lastRemindedAt: now },
        });
        if (count === 1) {
          await sendClaimEmail(tx, b.id, { revokePrevious: false, reminder: true });
          reminded++;
        }
      });
    }
  }
  return { reminded };
};
