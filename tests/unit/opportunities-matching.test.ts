import { describe, expect, it } from "vitest";
import { compareMatches, matchPosting, rankPostings } from "@/lib/postings/match";

const skill = (id: string) => ({ id, name: id.toUpperCase() });
const posting = (id: string, skills: string[], certificationId: string | null = null, postedOn = "2026-10-01") => ({
  id,
  postedOn: new Date(postedOn),
  certificationId,
  skills: skills.map(skill),
});
const candidate = (skills: string[], certs: string[] = []) => ({
  skillIds: new Set(skills),
  certificationIds: new Set(certs),
});

describe("matching one posting", () => {
  it.each([
    // candidate skills, candidate certs, posting skills, posting cert, expected (null = no match)
    [["a"], [], ["b", "c"], null, null],
    [[], [], [], null, null],
    [["a"], [], ["a", "b"], null, { certificationHeld: false, percent: 50, common: ["A"], missing: ["B"] }],
    [["a", "b"], [], ["a", "b"], null, { certificationHeld: false, percent: 100, common: ["A", "B"], missing: [] }],
    [[], ["cert"], ["x"], "cert", { certificationHeld: true, percent: 0, common: [], missing: ["X"] }],
    [[], ["cert"], [], "cert", { certificationHeld: true, percent: 100, common: [], missing: [] }],
    [
      ["a"],
      [],
      ["a", "b", "c"],
      "other",
      { certificationHeld: false, percent: 33, common: ["A"], missing: ["B", "C"] },
    ],
    [[], ["mine"], ["a"], "other", null],
  ] as const)("candidate %j %j vs posting %j wanting %j", (skills, certs, postingSkills, cert, expected) => {
    const m = matchPosting(candidate([...skills], [...certs]), posting("p", [...postingSkills], cert));
    if (expected === null) return expect(m).toBeNull();
    expect(m).not.toBeNull();
    expect(m!.certificationHeld).toBe(expected.certificationHeld);
    expect(m!.certificationMissing).toBe(cert !== null && !expected.certificationHeld);
    expect(m!.percent).toBe(expected.percent);
    expect(m!.skillsInCommon.map((s) => s.name)).toEqual(expected.common);
    expect(m!.skillsMissing.map((s) => s.name)).toEqual(expected.missing);
  });
});

describe("ranking", () => {
  const me = candidate(["a", "b", "c"], ["cert"]);

  it("puts a held certification first, then share of skills, then skills in common, then newest", () => {
    const ranked = rankPostings(me, [
      posting("full-share-no-cert", ["a", "b"]),
      posting("cert-no-skills", ["x", "y", "z"], "cert"),
      posting("half-share-two-common", ["a", "b", "x", "y"]),
      posting("half-share-one-common", ["a", "x"]),
      posting("half-share-one-common-newer", ["b", "x"], null, "2026-11-01"),
      posting("cert-and-skills", ["a", "x"], "cert"),
      posting("no-match", ["x"]),
    ]);
    expect(ranked.map((r) => r.id)).toEqual([
      "cert-and-skills",
      "cert-no-skills",
      "full-share-no-cert",
      "half-share-two-common",
      "half-share-one-common-newer",
      "half-share-one-common",
    ]);
  });

  it("is stable for identical matches (by id)", () => {
    const a = { id: "a", postedOn: new Date("2026-01-01"), match: matchPosting(me, posting("a", ["a"]))! };
    const b = { id: "b", postedOn: new Date("2026-01-01"), match: matchPosting(me, posting("b", ["a"]))! };
    expect(compareMatches(a, b)).toBeLessThan(0);
    expect(compareMatches(b, a)).toBeGreaterThan(0);
  });

  it("returns nothing for a candidate with no skills or certifications", () => {
    expect(rankPostings(candidate([]), [posting("p", ["a"], "cert")])).toEqual([]);
  });
});
