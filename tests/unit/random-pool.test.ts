import { describe, expect, it } from "vitest";
import { pooledRandomBytes } from "@/lib/security/random-pool";

describe("pooledRandomBytes", () => {
  it.each([1, 6, 16, 8192, 10_000])("returns %i bytes", (size) => {
    expect(pooledRandomBytes(size)).toHaveLength(size);
  });

  it("never hands out the same bytes twice, across refills", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) seen.add(pooledRandomBytes(16).toString("hex"));
    expect(seen.size).toBe(10_000);
  });

  it("leaves earlier slices as they were when the pool refills", () => {
    const first = pooledRandomBytes(32);
    const copy = Buffer.from(first);
    for (let i = 0; i < 100; i++) pooledRandomBytes(1000);
    expect(first.equals(copy)).toBe(true);
  });
});
