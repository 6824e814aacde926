import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedIfEmpty } from "@/prisma/seed";
import { DEMO } from "@/prisma/seed/people";

describe("demo data", () => {
  it("loads a realistic program once", async () => {
    expect(await seedIfEmpty(db)).toBe(true);
    expect(await db.exam.count()).toBeGreaterThanOrEqual(25);
    expect(await db.certification.count()).toBeGreaterThanOrEqual(15);
    expect(await db.exam.count({ where: { status: "RETIRED" } })).toBeGreaterThan(0);
    expect(await db.certification.count({ where: { level: "FUNDAMENTALS", validityMonths: null } })).toBeGreaterThan(0);
    for (const level of ["ASSOCIATE", "EXPERT", "SPECIALTY"] as const) {
      expect(await db.certification.count({ where: { level } })).toBeGreaterThan(0);
    }
    const candidates = await db.user.count({ where: { role: "CANDIDATE" } });
    expect(candidates).toBeGreaterThanOrEqual(50);
    expect(await db.user.findUnique({ where: { email: DEMO.admin } })).toMatchObject({ role: "ADMIN" });
    expect(await db.user.findUnique({ where: { email: DEMO.support } })).toMatchObject({ role: "SUPPORT" });
    for (const status of ["ACTIVE", "EXPIRED", "RETIRED"] as const) {
      expect(await db.earnedCertification.count({ where: { status } })).toBeGreaterThan(0);
    }
    expect(await db.examResult.count({ where: { passed: false } })).toBeGreaterThan(0);
    expect(await db.examResult.count({ where: { userId: null } })).toBeGreaterThan(0);
    expect(await db.user.count({ where: { status: "INACTIVE" } })).toBeGreaterThan(0);

    expect(await seedIfEmpty(db)).toBe(false);
    expect(await db.user.count({ where: { role: "CANDIDATE" } })).toBe(candidates);
  });
});
