import { describe, expect, it } from "vitest";
import {
  overlapsStrongly,
  postingsForCertification,
  quantile,
  salaryMidpoint,
  salaryStats,
  salaryStatsByCurrency,
} from "@/lib/postings/salary";

describe("midpoints", () => {
  it.each([
    [50_000, 70_000, 60_000],
    [50_000, null, 50_000],
    [null, 80_000, 80_000],
    [null, null, null],
    [45_000, 45_001, 45_000.5],
  ])("min %j max %j gives %j", (min, max, mid) => expect(salaryMidpoint(min, max)).toBe(mid));
});

describe("quantiles and statistics", () => {
  it.each([
    [[10], 0.5, 10],
    [[10, 20], 0.5, 15], // even count: mean of the middle two
    [[10, 20, 30], 0.5, 20], // odd count: the middle one
    [[10, 20, 30, 40], 0.5, 25],
    [[10, 20, 30, 40], 0.25, 17.5],
    [[10, 20, 30, 40], 0.75, 32.5],
    [[10, 20, 30, 40, 50], 0.25, 20],
    [[10, 20, 30, 40, 50], 0.75, 40],
    [[10, 20, 30, 40, 50], 0, 10],
    [[10, 20, 30, 40, 50], 1, 50],
  ])("quantile(%j, %j) = %j", (values, p, expected) => expect(quantile(values, p)).toBeCloseTo(expected, 10));

  it("refuses an empty list and an out-of-range p", () => {
    expect(() => quantile([], 0.5)).toThrow();
    expect(() => quantile([1], 1.5)).toThrow();
  });

  it("sorts before computing, whatever order the values come in", () => {
    expect(salaryStats([70, 10, 40, 30, 50, 20])).toEqual({
      count: 6,
      min: 10,
      p25: 22.5,
      median: 35,
      p75: 47.5,
      max: 70,
    });
    expect(salaryStats([])).toBeNull();
  });
});

describe("per currency", () => {
  const p = (salaryMin: number | null, salaryMax: number | null, currency: string | null) => ({
    salaryMin,
    salaryMax,
    currency,
  });

  it("never mixes currencies and says not enough data under three postings", () => {
    const stats = salaryStatsByCurrency([
      p(40_000, 60_000, "GBP"),
      p(50_000, 70_000, "GBP"),
      p(null, 80_000, "GBP"),
      p(60_000, 80_000, "GBP"),
      p(90_000, 110_000, "USD"),
      p(100_000, 120_000, "USD"),
      p(null, null, "EUR"),
      p(55_000, 65_000, null),
    ]);
    expect(stats).toEqual([
      {
        currency: "GBP",
        enoughData: true,
        count: 4,
        min: 50_000,
        p25: 57_500,
        median: 65_000,
        p75: 72_500,
        max: 80_000,
      },
      { currency: "USD", enoughData: false, count: 2 },
    ]);
  });

  it("a single currency with exactly three postings has statistics", () => {
    expect(salaryStatsByCurrency([p(1, 3, "EUR"), p(4, 6, "EUR"), p(7, 9, "EUR")])).toEqual([
      { currency: "EUR", enoughData: true, count: 3, min: 2, p25: 3.5, median: 5, p75: 6.5, max: 8 },
    ]);
  });
});

describe("which postings describe a certification's market", () => {
  const cert = { id: "c1", skillIds: new Set(["a", "b", "c", "d"]) };
  const post = (certificationId: string | null, skillIds: string[]) => ({
    certificationId,
    skillIds,
    salaryMin: 1,
    salaryMax: 2,
    currency: "GBP",
  });

  it.each([
    [["a", "b"], true], // half of the certification's skills
    [["a", "x", "y"], false], // a quarter
    [[], false],
    [["a", "b", "c", "d", "x"], true],
  ])("posting skills %j overlap strongly: %j", (skills, expected) =>
    expect(overlapsStrongly(cert.skillIds, skills)).toBe(expected),
  );

  it("prefers postings that ask for the certification", () => {
    const wanting = post("c1", []);
    const result = postingsForCertification(cert, [wanting, post(null, ["a", "b"]), post("c2", ["a"])]);
    expect(result).toEqual({ basis: "certification", postings: [wanting] });
  });

  it("falls back to strong skill overlap, then to nothing", () => {
    const overlapping = post(null, ["a", "b", "z"]);
    expect(postingsForCertification(cert, [overlapping, post(null, ["a"])])).toEqual({
      basis: "skills",
      postings: [overlapping],
    });
    expect(postingsForCertification(cert, [post(null, ["z"])])).toEqual({ basis: "none", postings: [] });
    expect(overlapsStrongly(new Set(), ["a"])).toBe(false);
  });
});
