import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { getMyPostings } from "@/lib/candidate/postings/postings";
import { seedIfEmpty } from "@/prisma/seed";
import { DEMO } from "@/prisma/seed/people";
import { viewerOf } from "../support/factories";

describe("with the demo data", () => {
  it("gives the demo candidate ranked opportunities and salary insight", async () => {
    expect(await seedIfEmpty(db)).toBe(true);
    expect(await db.jobPosting.count()).toBeGreaterThanOrEqual(150);
    expect(await db.jobPosting.count({ where: { closesOn: { lte: new Date() } } })).toBeGreaterThan(0);
    expect(await db.jobPosting.count({ where: { remote: true } })).toBeGreaterThan(0);
    expect(
      (await db.jobPosting.findMany({ distinct: ["currency"], select: { currency: true } })).length,
    ).toBeGreaterThan(3);

    const demo = await db.user.findUniqueOrThrow({ where: { email: DEMO.candidate } });
    const r = await runAsViewer(viewerOf(demo), () => getMyPostings({}));
    expect(r.matches.length).toBeGreaterThan(10);
    expect(r.matches[0].why.certificationHeld).toBe(true);
    const admin = r.salaryInsights.find((s) => s.code === "CLOUD-ADMINISTRATOR")!;
    expect(admin.basis).toBe("certification");
    expect(admin.byCurrency.find((c) => c.currency === "GBP")).toMatchObject({ enoughData: true });
    const remote = await runAsViewer(viewerOf(demo), () => getMyPostings({ remote: "1" }));
    expect(remote.matches.length).toBeGreaterThan(0);
    expect(remote.matches.every((m) => m.remote)).toBe(true);
  });
});
