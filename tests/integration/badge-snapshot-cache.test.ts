import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { revokeBadges } from "@/lib/badges/lifecycle/revoke";
import { badgeCacheReady, badgeCacheSettled, cachedBadgeCount } from "@/lib/badges/documents/snapshot-cache";
import { getVerification } from "@/lib/public/badges/verification";
import { makeStaff } from "../support/factories";
import { candidateWithBadge } from "./badges-fixtures";

const publicPage = async (badgeId: string) => {
  await badgeCacheSettled();
  const page = await runAsViewer(null, () => getVerification(badgeId));
  if (page?.kind !== "visible") throw new Error(`expected a visible badge, got ${JSON.stringify(page)}`);
  return page;
};

/** Changes a row without firing triggers, as if a change had not been announced: only a cache would hide it. */
async function quietly(sql: string, params: unknown[]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("SET session_replication_role = replica");
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await runAsViewer(null, () => getVerification("00000000-0000-0000-0000-000000000000")); // opens the listener
  await badgeCacheReady();
});

describe("the badge snapshot cache", () => {
  it("answers repeated reads from memory, and forgets a badge once a change to it commits", async () => {
    const { badgeId, cat } = await candidateWithBadge({ autoAccept: true, notify: false });
    expect((await publicPage(badgeId)).name).toBe("Certified Administrator");
    expect(cachedBadgeCount()).toBeGreaterThan(0);

    await quietly(`UPDATE "BadgeTemplate" SET name = 'Renamed unannounced' WHERE id = $1`, [
      cat.templates.singleCert.id,
    ]);
    expect((await publicPage(badgeId)).name).toBe("Certified Administrator"); // served from memory

    const admin = await makeStaff("ADMIN");
    await db.$transaction((tx) =>
      revokeBadges(tx, { badgeIds: [badgeId], reason: "Voided", notify: false, actorId: admin.id }),
    );
    const after = await publicPage(badgeId);
    expect(after).toMatchObject({ status: "revoked", revocationReason: "Voided", name: "Renamed unannounced" });
  });

  it("forgets an earner's badges when their name changes, and everything when the catalogue changes", async () => {
    const { candidate, badgeId, cat } = await candidateWithBadge({ autoAccept: true, notify: false });
    expect((await publicPage(badgeId)).earner).toBe("Ada Lovelace");
    await db.candidateProfile.update({ where: { userId: candidate.id }, data: { legalLastName: "King" } });
    expect((await publicPage(badgeId)).earner).toBe("Ada King");

    await db.skill.update({ where: { id: cat.skill.id }, data: { name: `${cat.skill.name} renamed` } });
    expect((await publicPage(badgeId)).skills.map((s) => s.name)).toEqual([`${cat.skill.name} renamed`]);
  });

  it("shows new renewals and bulk changes of many badges", async () => {
    const { badgeId } = await candidateWithBadge({ autoAccept: true, notify: false });
    expect((await publicPage(badgeId)).renewals).toEqual([]);
    await db.badgeEvent.create({
      data: { badgeId, type: "RENEWED", detail: { previousExpiresOn: "2027-01-01", newExpiresOn: "2028-01-01" } },
    });
    expect((await publicPage(badgeId)).renewals).toHaveLength(1);

    // Over a hundred badges in one statement are announced as "everything", not one message per badge.
    await db.$executeRaw`INSERT INTO "Badge" (id, "templateId", "userId", "earningKey", "recipientEmail", "recipientSalt", "updatedAt")
      SELECT gen_random_uuid()::text, "templateId", "userId", 'bulk-' || i, "recipientEmail", "recipientSalt", now()
      FROM "Badge", generate_series(1, 150) AS i WHERE id = ${badgeId}`;
    await quietly(`UPDATE "Badge" SET "revocationReason" = 'unannounced' WHERE id = $1`, [badgeId]);
    const heard: string[] = [];
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    listener.on("notification", (n) => heard.push(n.payload ?? ""));
    await listener.query("LISTEN badge_changes");
    await db.badge.updateMany({
      where: { earningKey: { startsWith: "bulk-" } },
      data: { expiresOn: new Date(Date.now() - 1000) },
    });
    await expect.poll(() => heard).toContain("*");
    expect(heard).toHaveLength(1);
    await listener.end();
    await db.badge.update({ where: { id: badgeId }, data: { expiresOn: new Date(Date.now() - 1000) } });
    expect((await publicPage(badgeId)).status).toBe("expired");
  });

  it("serves nothing from memory after losing its connection, and listens again by itself", async () => {
    const { badgeId } = await candidateWithBadge({ autoAccept: true, notify: false });
    expect((await publicPage(badgeId)).evidence).toBeTruthy();
    await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'certdash listen badge_changes' AND datname = current_database()`;
    // Whatever happened while nobody listened may have been missed: the next read must not come from memory.
    await quietly(`UPDATE "Badge" SET "revocationReason" = 'missed', state = 'REVOKED' WHERE id = $1`, [badgeId]);
    await expect
      .poll(() => runAsViewer(null, () => getVerification(badgeId)).then((p) => p?.kind === "visible" && p.status))
      .toBe("revoked");
    await badgeCacheReady();
    expect((await publicPage(badgeId)).status).toBe("revoked"); // cached again now that it listens
    await quietly(`UPDATE "Badge" SET state = 'ACCEPTED' WHERE id = $1`, [badgeId]);
    expect((await publicPage(badgeId)).status).toBe("revoked");
    await db.badge.update({ where: { id: badgeId }, data: { revocationReason: null } });
    expect((await publicPage(badgeId)).status).toBe("valid");
  });
});
