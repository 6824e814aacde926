import type { Db } from "@/lib/db";
import { issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";

const DEMO_CANDIDATE = "candidate@certdash.example";
const CHUNK = 1000;
const RECENT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Badges for the seeded records, issued by the program's own rules. History predating the program waits,
 * pending, to be claimed; candidates who use the site have accepted most of theirs. The demo candidate has
 * accepted badges (one of them private) and a new one, from a recent exam, whose claim email is in the mailbox.
 */
export async function seedBadges(db: Db, now = new Date()) {
  const [results, earned] = await Promise.all([
    db.examResult.findMany({
      where: { userId: { not: null }, passed: true },
      select: { id: true, takenOn: true, user: { select: { email: true } } },
    }),
    db.earnedCertification.findMany({ select: { id: true, earnedOn: true, user: { select: { email: true } } } }),
  ]);
  const recentDemo = (r: { user: { email: string } | null }, on: Date) =>
    r.user?.email === DEMO_CANDIDATE && now.getTime() - on.getTime() < RECENT_MS;
  const quiet = {
    exams: results.filter((r) => !recentDemo(r, r.takenOn)).map((r) => r.id),
    certs: earned.filter((e) => !recentDemo(e, e.earnedOn)).map((e) => e.id),
  };
  for (let i = 0; i < Math.max(quiet.exams.length, quiet.certs.length); i += CHUNK) {
    await db.$transaction((tx) =>
      issueBadgesForRecords(
        tx,
        { examResultIds: quiet.exams.slice(i, i + CHUNK), earnedCertificationIds: quiet.certs.slice(i, i + CHUNK) },
        { notify: false, now },
      ),
    );
  }

  // Past badges carry the date of the achievement, and count as already reminded: nobody gets a flood of
  // reminders the first time the worker runs against the demo data.
  await db.$executeRaw`
    UPDATE "Badge" b SET "issuedOn" = COALESCE(ec."earnedOn", er."takenOn", b."issuedOn"), "remindersSent" = 2
    FROM "Badge" x
    LEFT JOIN "EarnedCertification" ec ON ec.id = x."earnedCertificationId"
    LEFT JOIN "ExamResult" er ON er.id = x."examResultId"
    WHERE b.id = x.id`;

  // Candidates who have signed in accepted about two in three of their badges.
  const signedIn = await db.badge.findMany({
    where: { state: "PENDING", user: { emailVerified: { not: null }, email: { not: DEMO_CANDIDATE } } },
    select: { id: true, issuedOn: true, statusListIndex: true },
  });
  const accepted = signedIn.filter((b) => b.statusListIndex % 3 !== 0);
  await acceptAll(db, accepted);

  const demo = await db.user.findUnique({ where: { email: DEMO_CANDIDATE }, select: { id: true } });
  if (!demo) return;
  const demoBadges = await db.badge.findMany({
    where: { userId: demo.id },
    orderBy: { issuedOn: "asc" },
    select: { id: true, issuedOn: true, template: { select: { name: true } } },
  });
  await acceptAll(db, demoBadges);
  const spreadsheet = demoBadges.find((b) => /spreadsheet|office/i.test(b.template.name));
  if (spreadsheet) {
    await db.badge.update({ where: { id: spreadsheet.id }, data: { public: false } });
    await db.badgeEvent.create({
      data: { badgeId: spreadsheet.id, type: "VISIBILITY_CHANGED", detail: { public: false } },
    });
  }

  // The recent achievement is issued like any new one: pending, with its claim email queued.
  await db.$transaction((tx) =>
    issueBadgesForRecords(
      tx,
      {
        examResultIds: results.filter((r) => recentDemo(r, r.takenOn)).map((r) => r.id),
        earnedCertificationIds: earned.filter((e) => recentDemo(e, e.earnedOn)).map((e) => e.id),
      },
      { now },
    ),
  );
}

async function acceptAll(db: Db, badges: { id: string; issuedOn: Date }[]) {
  for (let i = 0; i < badges.length; i += CHUNK) {
    const chunk = badges.slice(i, i + CHUNK);
    await db.$transaction(async (tx) => {
      await tx.badge.updateMany({
        where: { id: { in: chunk.map((b) => b.id) }, state: "PENDING" },
        data: { state: "ACCEPTED" },
      });
      // Accepted a few days after issue, as people do.
      await tx.$executeRaw`UPDATE "Badge" SET "acceptedAt" = LEAST("issuedOn" + interval '3 days', now()) WHERE id = ANY(${chunk.map((b) => b.id)}::text[])`;
      await tx.badgeEvent.createMany({
        data: chunk.map((b) => ({
          badgeId: b.id,
          type: "ACCEPTED" as const,
          at: new Date(b.issuedOn.getTime() + 3 * 86_400_000),
        })),
      });
    });
  }
}
