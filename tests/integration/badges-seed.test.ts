import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedIfEmpty } from "@/prisma/seed";

describe("demo badges", () => {
  it("gives the demo candidate accepted, private and pending badges issued by the program's rules", async () => {
    await seedIfEmpty(db);
    const demo = await db.user.findUniqueOrThrow({ where: { email: "candidate@certdash.example" } });
    const badges = await db.badge.findMany({
      where: { userId: demo.id },
      include: { template: { include: { exam: true } } },
    });
    const states = badges.map((b) => b.state);
    expect(states).toContain("ACCEPTED");
    expect(states).toContain("PENDING");
    expect(badges.some((b) => b.state === "ACCEPTED" && !b.public)).toBe(true);
    // The excluded exam 74-343 earns nothing.
    expect(badges.some((b) => b.template.exam?.code === "74-343")).toBe(false);
    const pending = badges.find((b) => b.state === "PENDING")!;
    expect(await db.emailMessage.count({ where: { badgeId: pending.id, template: "badge-issued" } })).toBe(1);
    // Nobody else was mailed by the seed.
    expect(await db.emailMessage.count({ where: { template: { startsWith: "badge-" } } })).toBe(1);
    // People who never signed in have their badges waiting.
    expect(await db.badge.count({ where: { state: "PENDING", user: { emailVerified: null } } })).toBeGreaterThan(0);
  });
});
