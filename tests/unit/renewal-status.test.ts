import { describe, expect, it } from "vitest";
import { describeNextAction, effectiveStatus, needsRenewal, nextAction } from "@/lib/rules/renewal-status";
import { renewedExpiry } from "@/lib/rules/certification";

const now = new Date("2026-11-24T12:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const base = { certificationRetired: false, storedStatus: "ACTIVE" as const };
const fmt = (x: Date) => x.toISOString().slice(0, 10);

describe("next action for a certification", () => {
  it.each([
    ["never expires", { ...base, expiresOn: null }, { kind: "never-expires" }],
    ["window open (4 months left)", { ...base, expiresOn: d("2027-03-24") }, { kind: "renew-now" }],
    ["window opens exactly 6 months before", { ...base, expiresOn: d("2027-05-24") }, { kind: "renew-now" }],
    [
      "window not open yet (7 months left)",
      { ...base, expiresOn: d("2027-06-24") },
      { kind: "renewal-opens", opensOn: d("2026-12-24") },
    ],
    ["expired yesterday though stored ACTIVE", { ...base, expiresOn: d("2026-11-23") }, { kind: "expired" }],
    ["stored EXPIRED", { ...base, storedStatus: "EXPIRED" as const, expiresOn: d("2025-01-01") }, { kind: "expired" }],
    [
      "retired certification",
      { ...base, certificationRetired: true, certificationRetiredOn: d("2024-01-31"), expiresOn: null },
      { kind: "retired" },
    ],
    ["stored RETIRED", { ...base, storedStatus: "RETIRED" as const, expiresOn: d("2030-01-01") }, { kind: "retired" }],
  ])("%s", (_name, state, expected) => {
    expect(nextAction(state, now)).toMatchObject(expected);
  });

  it("says what to do in words", () => {
    expect(describeNextAction(nextAction({ ...base, expiresOn: d("2027-03-24") }, now), fmt)).toBe(
      "Renewal window open: renew before 2027-03-24.",
    );
    expect(describeNextAction(nextAction({ ...base, expiresOn: d("2027-06-24") }, now), fmt)).toBe(
      "Expires on 2027-06-24; renewal opens on 2026-12-24.",
    );
    expect(describeNextAction(nextAction({ ...base, expiresOn: d("2026-01-01") }, now), fmt)).toContain(
      "pass the exam again",
    );
    expect(describeNextAction(nextAction({ ...base, expiresOn: null }, now), fmt)).toBe("Never expires.");
  });

  it("flags only certifications whose window is open", () => {
    expect(needsRenewal({ ...base, expiresOn: d("2027-03-24") }, now)).toBe(true);
    expect(needsRenewal({ ...base, expiresOn: d("2027-06-24") }, now)).toBe(false);
    expect(needsRenewal({ ...base, expiresOn: d("2026-11-01") }, now)).toBe(false);
    expect(needsRenewal({ ...base, expiresOn: null }, now)).toBe(false);
  });

  it("lets the dates win over a stale stored status, except retirement", () => {
    expect(effectiveStatus({ ...base, expiresOn: d("2026-11-24") }, now)).toBe("EXPIRED");
    expect(effectiveStatus({ ...base, storedStatus: "RETIRED", expiresOn: null }, now)).toBe("RETIRED");
  });
});

describe("renewal arithmetic", () => {
  it.each([
    ["2027-03-24", 12, "2028-03-24"],
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2027-03-24", 24, "2029-03-24"],
  ])("%s + %i months -> %s", (from, months, to) => {
    expect(fmt(renewedExpiry(d(from), months))).toBe(to);
  });
});
