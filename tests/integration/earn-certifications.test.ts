import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordEarnedCertifications } from "@/lib/records/earn-certifications";
import { makeCandidate } from "../support/factories";

async function catalogue() {
  const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();
  const [a, b, c] = await Promise.all(
    ["A", "B", "C"].map((x) => db.exam.create({ data: { code: `T${x}-${suffix}`, title: `Exam ${x}` } })),
  );
  const all = await db.certification.create({
    data: {
      code: `ALL-${suffix}`,
      title: "Needs A and B",
      level: "ASSOCIATE",
      validityMonths: 12,
      requirement: "ALL",
      exams: { create: [{ examId: a.id }, { examId: b.id }] },
    },
  });
  const anyTwo = await db.certification.create({
    data: {
      code: `ANY-${suffix}`,
      title: "Any two of A, B, C",
      level: "SPECIALTY",
      validityMonths: null,
      requirement: "ANY_N",
      requiredCount: 2,
      exams: { create: [a, b, c].map((e) => ({ examId: e.id })) },
    },
  });
  return { a, b, c, all, anyTwo };
}

async function pass(userId: string, examId: string, on: string, passed = true) {
  await db.examResult.create({
    data: {
      userId,
      examId,
      takenOn: new Date(on),
      score: passed ? 800 : 500,
      passed,
      channel: "ONLINE",
      sourceEmail: "x@example.com",
    },
  });
}

describe("recording earned certifications", () => {
  it("awards each requirement kind once, idempotently, for many candidates in one call", async () => {
    const { a, b, c, all, anyTwo } = await catalogue();
    const one = await makeCandidate();
    const two = await makeCandidate();
    await pass(one.id, a.id, "2025-01-01");
    await pass(one.id, b.id, "2025-02-01");
    await pass(two.id, a.id, "2025-01-05");
    await pass(two.id, c.id, "2025-03-05");
    await pass(two.id, b.id, "2025-04-05", false);

    const created = await db.$transaction((tx) => recordEarnedCertifications(tx, [one.id, two.id]));
    const summary = created.map(
      (e) =>
        `${e.userId === one.id ? "one" : "two"}:${e.certificationId === all.id ? "all" : "any"}:${e.earnedOn.toISOString().slice(0, 10)}`,
    );
    expect(summary.sort()).toEqual(["one:all:2025-02-01", "one:any:2025-02-01", "two:any:2025-03-05"]);

    const stored = await db.earnedCertification.findFirstOrThrow({
      where: { userId: one.id, certificationId: all.id },
    });
    expect(stored.expiresOn).toEqual(new Date("2026-02-01"));
    expect(
      await db.earnedCertification.findFirstOrThrow({ where: { userId: two.id, certificationId: anyTwo.id } }),
    ).toMatchObject({ expiresOn: null });

    expect(await db.$transaction((tx) => recordEarnedCertifications(tx, [one.id, two.id]))).toEqual([]);
  });

  it("creates nothing twice when two imports race", async () => {
    const { a, b, all, anyTwo } = await catalogue();
    const who = await makeCandidate();
    await pass(who.id, a.id, "2025-01-01");
    await pass(who.id, b.id, "2025-01-02");
    const results = await Promise.all(
      [1, 2, 3].map(() => db.$transaction((tx) => recordEarnedCertifications(tx, [who.id]))),
    );
    // A and B earn both certifications: each exactly once across the three racing calls.
    expect(
      results
        .flat()
        .map((e) => e.certificationId)
        .sort(),
    ).toEqual([all.id, anyTwo.id].sort());
    expect(await db.earnedCertification.count({ where: { userId: who.id, certificationId: all.id } })).toBe(1);
    expect(await db.earnedCertification.count({ where: { userId: who.id, certificationId: anyTwo.id } })).toBe(1);
  });
});
