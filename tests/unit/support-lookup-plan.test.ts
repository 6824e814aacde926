import { describe, expect, it } from "vitest";
import { containsPattern, planLookup } from "@/lib/accounts/lookup-plan";
import { formatMcid, generateMcid } from "@/lib/rules/mcid";
import { betterEarning } from "@/lib/accounts/merge";

const mcid = generateMcid();

describe("planLookup", () => {
  it.each([
    ["  Jane.Doe@Example.COM ", { email: "jane.doe@example.com", mcid: null, sourceRecordId: null, nameTokens: [] }],
    [formatMcid(mcid), { email: null, mcid, sourceRecordId: null, nameTokens: [] }],
    [mcid, { email: null, mcid, sourceRecordId: mcid, nameTokens: [] }],
    ["PV-00123", { email: null, mcid: null, sourceRecordId: "PV-00123", nameTokens: ["pv-00123"] }],
    ["José  Müller", { email: null, mcid: null, sourceRecordId: null, nameTokens: ["jose", "muller"] }],
    ["Wang Li", { email: null, mcid: null, sourceRecordId: null, nameTokens: ["wang", "li"] }],
    ["ZOË", { email: null, mcid: null, sourceRecordId: "ZOË", nameTokens: ["zoe"] }],
  ])("reads %j", (q, expected) => {
    expect(planLookup(q)).toMatchObject(expected);
  });

  it.each([
    ["li", /at least 3 letters/],
    ["a b", /at least 3 letters/],
    [mcid.slice(0, 9) + String((Number(mcid[9]) + 1) % 10), /not a valid MCID/],
  ])("explains why %j runs no name search", (q, hint) => {
    const plan = planLookup(q);
    expect(plan.nameTokens).toEqual([]);
    expect(plan.nameHint).toMatch(hint);
  });

  it("plans nothing for a blank query", () => {
    expect(planLookup("   ")).toEqual({
      email: null,
      mcid: null,
      sourceRecordId: null,
      nameTokens: [],
      nameHint: null,
    });
  });
});

describe("containsPattern", () => {
  it.each([
    ["ann", "%ann%"],
    ["100%", "%100\\%%"],
    ["a_b", "%a\\_b%"],
    ["back\\slash", "%back\\\\slash%"],
  ])("escapes %j", (input, pattern) => expect(containsPattern(input)).toBe(pattern));
});

describe("betterEarning", () => {
  const cert = (id: string, expiresOn: string | null, renewals = 0) => ({
    id,
    certificationId: "c",
    earnedOn: new Date("2024-01-01"),
    expiresOn: expiresOn ? new Date(expiresOn) : null,
    status: "ACTIVE",
    certificateNumber: id,
    _count: { renewals },
  });
  it.each([
    [cert("a", "2026-01-01"), cert("b", "2027-01-01"), "b"],
    [cert("a", null), cert("b", "2027-01-01"), "a"],
    [cert("a", "2027-01-01"), cert("b", null), "b"],
    [cert("a", "2027-01-01", 0), cert("b", "2027-01-01", 2), "b"],
    [cert("a", "2027-01-01", 1), cert("b", "2027-01-01", 1), "a"],
  ])("keeps the record that lasts longer, then the one renewed more", (a, b, kept) => {
    expect(betterEarning(a, b).id).toBe(kept);
  });
});
