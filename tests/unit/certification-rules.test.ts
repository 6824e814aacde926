import { describe, expect, it } from "vitest";
import {
  earnedOn,
  earnedStatus,
  examsNeeded,
  expiryFor,
  isRenewalWindowOpen,
  newCertificateNumber,
  renewedExpiry,
} from "@/lib/rules/certification";
import { addMonths, isInactive } from "@/lib/rules/account-activity";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("earning a certification", () => {
  const passes = [
    { examId: "a", takenOn: d("2024-03-01") },
    { examId: "b", takenOn: d("2024-05-01") },
    { examId: "a", takenOn: d("2023-01-01") }, // an earlier pass of the same exam counts first
    { examId: "x", takenOn: d("2022-01-01") }, // not part of the set
  ];
  it.each([
    [{ kind: "ONE" as const, examIds: ["a", "b"] }, "2023-01-01"],
    [{ kind: "ALL" as const, examIds: ["a", "b"] }, "2024-05-01"],
    [{ kind: "ALL" as const, examIds: ["a", "b", "c"] }, null],
    [{ kind: "ANY_N" as const, requiredCount: 2, examIds: ["a", "b", "c"] }, "2024-05-01"],
    [{ kind: "ANY_N" as const, requiredCount: 3, examIds: ["a", "b", "c"] }, null],
    [{ kind: "ONE" as const, examIds: ["c"] }, null],
  ])("%j is earned on %s", (req, expected) => {
    expect(earnedOn(req, passes)?.toISOString().slice(0, 10) ?? null).toBe(expected);
  });

  it("needs at most as many exams as the set has", () => {
    expect(examsNeeded({ kind: "ANY_N", requiredCount: 9, examIds: ["a", "b"] })).toBe(2);
  });
});

describe("validity and renewal", () => {
  it("fundamentals never expire", () => {
    expect(expiryFor(d("2020-01-01"), null)).toBeNull();
  });
  it("expires one validity period after earning", () => {
    expect(expiryFor(d("2024-01-31"), 12)).toEqual(d("2025-01-31"));
    expect(expiryFor(d("2024-01-31"), 1)).toEqual(d("2024-02-29")); // clamped to the month's end
  });
  it("renewal extends from the current expiry, not from the renewal date", () => {
    expect(renewedExpiry(d("2026-06-15"), 12)).toEqual(d("2027-06-15"));
  });
  it.each([
    ["2025-12-14", false], // more than six months before
    ["2025-12-15", true],
    ["2026-06-14", true],
    ["2026-06-15", false], // expired
  ])("on %s the renewal window is open: %s", (now, open) => {
    expect(isRenewalWindowOpen(d("2026-06-15"), d(now))).toBe(open);
  });
  it("status follows retirement first, then expiry", () => {
    const now = d("2026-01-01");
    expect(earnedStatus({ expiresOn: d("2027-01-01"), certificationRetired: true }, now)).toBe("RETIRED");
    expect(earnedStatus({ expiresOn: d("2026-01-01"), certificationRetired: false }, now)).toBe("EXPIRED");
    expect(earnedStatus({ expiresOn: null, certificationRetired: false }, now)).toBe("ACTIVE");
  });
  it("certificate numbers are readable and distinct", () => {
    const numbers = new Set(Array.from({ length: 200 }, newCertificateNumber));
    expect(numbers.size).toBe(200);
    for (const n of numbers) expect(n).toMatch(/^CN-[0-9A-HJKMNP-TV-Z]{10}$/);
  });
});

describe("account activity", () => {
  const now = d("2026-11-24");
  it.each([
    [d("2024-11-25"), false],
    [d("2024-11-23"), true],
    [null, true], // never signed in since an old creation
  ])("last sign-in %s makes the account inactive: %s", (last, inactive) => {
    expect(isInactive(last, d("2020-01-01"), now)).toBe(inactive);
  });
  it("adds months across year ends", () => {
    expect(addMonths(d("2025-11-30"), 3)).toEqual(d("2026-02-28"));
    expect(addMonths(d("2026-03-31"), -1)).toEqual(d("2026-02-28"));
  });
});

import { certificationsToAward } from "@/lib/rules/certification";

describe("certifications to award from a candidate's records", () => {
  const cert = (
    id: string,
    examIds: string[],
    extra: Partial<{ validityMonths: number | null; retiredOn: Date | null }> = {},
  ) => ({
    id,
    requirement: { kind: "ONE" as const, examIds },
    validityMonths: 12,
    retiredOn: null,
    ...extra,
  });
  const pass = (examId: string, on: string) => ({ examId, takenOn: d(on) });

  it("awards a certification the first time its exam is passed", () => {
    expect(certificationsToAward([pass("e1", "2025-01-10")], [cert("c1", ["e1"])], [])).toEqual([
      { certificationId: "c1", earnedOn: d("2025-01-10"), expiresOn: d("2026-01-10") },
    ]);
  });
  it("does not award it again while it is held", () => {
    const held = [{ certificationId: "c1", earnedOn: d("2025-01-10"), expiresOn: d("2026-01-10") }];
    expect(
      certificationsToAward([pass("e1", "2025-01-10"), pass("e1", "2025-06-01")], [cert("c1", ["e1"])], held),
    ).toEqual([]);
  });
  it("awards it again for a pass after it lapsed", () => {
    const held = [{ certificationId: "c1", earnedOn: d("2023-01-10"), expiresOn: d("2024-01-10") }];
    const awards = certificationsToAward(
      [pass("e1", "2023-01-10"), pass("e1", "2025-03-01")],
      [cert("c1", ["e1"])],
      held,
    );
    expect(awards.map((a) => a.earnedOn)).toEqual([d("2025-03-01")]);
  });
  it("never awards a non-expiring certification twice", () => {
    const held = [{ certificationId: "f", earnedOn: d("2020-01-01"), expiresOn: null }];
    expect(
      certificationsToAward([pass("e1", "2025-01-01")], [cert("f", ["e1"], { validityMonths: null })], held),
    ).toEqual([]);
  });
  it("awards a retired certification only for passes from before it retired", () => {
    const retired = cert("r", ["e1"], { retiredOn: d("2024-06-30") });
    expect(certificationsToAward([pass("e1", "2024-05-01")], [retired], [])).toHaveLength(1);
    expect(certificationsToAward([pass("e1", "2024-07-01")], [retired], [])).toEqual([]);
  });
});
