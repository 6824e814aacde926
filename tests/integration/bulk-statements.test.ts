import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bulkExecute, bulkQuery, bulkTransaction, runsOnConnection } from "@/lib/db/bulk-statements";
import { makeCandidate } from "../support/factories";

describe("bulk statements", () => {
  it("run on the transaction's own connection inside bulkTransaction, and read values exactly as Prisma does", async () => {
    const user = await makeCandidate();
    const query = Prisma.sql`
      SELECT txid_current() AS txid, u.id, u.email, u."createdAt", u."lastSignInAt", (u."createdAt")::date AS day,
             count(*) OVER () AS total, u."emailVerified" IS NOT NULL AS verified, ${["a", "b"]}::text[] AS echoed,
             ${new Date("2026-03-01T12:34:56.789Z")}::timestamp(3) AS sent
      FROM "User" u WHERE u.id = ${user.id}`;
    await bulkTransaction(db, async (tx) => {
      expect(runsOnConnection(tx)).toBe(true);
      const [direct] = await bulkQuery<Record<string, unknown>>(tx, query);
      const [viaPrisma] = await tx.$queryRaw<Record<string, unknown>[]>(query);
      expect(direct).toEqual(viaPrisma); // same transaction id, same types: Dates in UTC, bigint, arrays
      expect(direct.sent).toEqual(new Date("2026-03-01T12:34:56.789Z"));
    });
    await db.$transaction(async (tx) => expect(runsOnConnection(tx)).toBe(false));
    expect(runsOnConnection(db)).toBe(false);
  });

  it("roll back with the transaction when it fails", async () => {
    const user = await makeCandidate();
    await expect(
      bulkTransaction(db, async (tx) => {
        expect(
          await bulkExecute(tx, Prisma.sql`UPDATE "User" SET name = 'Changed in bulk' WHERE id = ${user.id}`),
        ).toBe(1);
        expect((await tx.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Changed in bulk");
        throw new Error("the chunk failed");
      }),
    ).rejects.toThrow("the chunk failed");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).not.toBe("Changed in bulk");
  });
});
