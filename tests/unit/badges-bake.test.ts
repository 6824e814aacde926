import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { bakePng, bakeSvg, unbakePng, unbakeSvg } from "@/lib/badges/artwork/bake";
import { badgeArtworkSvg, wrapTitle } from "@/lib/badges/artwork/default-artwork";
import { encodeStatusList, isRevokedInList, MIN_BITS } from "@/lib/badges/documents/status-list";

const assertion = JSON.stringify({
  "@context": "https://w3id.org/openbadges/v2",
  type: "Assertion",
  id: "https://x.example/a/1",
  note: "ünïcødé ]]> end",
});

describe("PNG baking", () => {
  it("writes an iTXt chunk that reads back, and the image stays a valid PNG", async () => {
    const png = await sharp({ create: { width: 40, height: 40, channels: 4, background: "#123456" } })
      .png()
      .toBuffer();
    const baked = bakePng(png, { ob2: assertion, ob3: "a.b.c" });
    expect(unbakePng(baked)).toEqual({ ob2: assertion, ob3: "a.b.c" });
    expect(baked.includes(Buffer.from("iTXtopenbadges\0\0\0\0\0", "latin1"))).toBe(true);
    const meta = await sharp(baked).metadata(); // libpng verifies every chunk's CRC
    expect(meta.width).toBe(40);
    await sharp(baked).raw().toBuffer();
  });

  it("replaces an earlier baked assertion instead of adding a second one", async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const twice = bakePng(bakePng(png, { ob2: "old" }), { ob2: "new" });
    expect(unbakePng(twice).ob2).toBe("new");
    expect(twice.toString("latin1").split("openbadges").length - 1).toBe(1);
  });

  it("reads nothing from an unbaked PNG and refuses what is not a PNG", async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(unbakePng(png)).toEqual({ ob2: null, ob3: null });
    expect(() => unbakePng(Buffer.from("<svg/>"))).toThrow(/not a PNG/);
  });
});

describe("SVG baking", () => {
  it("adds the namespace and an <openbadges:assertion> element that reads back", () => {
    const svg = badgeArtworkSvg({ name: "Certified: Data Engineer", level: "ASSOCIATE" });
    const baked = bakeSvg(svg, { ob2: { assertion, verifyUrl: "https://x.example/a/1?x=1&y=2" }, ob3: "h.p.s" });
    expect(baked).toMatch(/<svg xmlns:openbadges="http:\/\/openbadges.org"/);
    expect(baked).toMatch(/<openbadges:assertion verify="https:\/\/x.example\/a\/1\?x=1&#38;y=2"><!\[CDATA\[/);
    expect(unbakeSvg(baked)).toEqual({ ob2: assertion, verifyUrl: "https://x.example/a/1?x=1&y=2", ob3: "h.p.s" });
    // Baking again keeps one of each.
    const again = bakeSvg(baked, { ob2: { assertion: "{}", verifyUrl: "https://x.example/2" } });
    expect(again.match(/<openbadges:assertion/g)).toHaveLength(1);
    expect(unbakeSvg(again).ob2).toBe("{}");
    expect(unbakeSvg(again).ob3).toBeNull();
  });

  it("stays renderable", async () => {
    const baked = bakeSvg(badgeArtworkSvg({ name: "X", level: "EXPERT" }), {
      ob2: { assertion, verifyUrl: "https://x.example/a" },
    });
    expect((await sharp(Buffer.from(baked)).png().toBuffer()).length).toBeGreaterThan(100);
  });
});

describe("artwork", () => {
  it("wraps long titles into at most four lines", () => {
    expect(wrapTitle("Certified: Azure Administrator Associate")).toEqual([
      "Certified: Azure",
      "Administrator",
      "Associate",
    ]);
    expect(wrapTitle("one two three four five six seven eight nine ten eleven twelve", 8, 4)).toHaveLength(4);
  });

  it("escapes titles in generated artwork", () => {
    expect(badgeArtworkSvg({ name: "<script>x</script>" })).not.toContain("<script>");
  });
});

describe("revocation status list", () => {
  it("sets exactly the revoked bits, most significant bit first, in at least 16 KiB", () => {
    const list = encodeStatusList([1, 8, 200_000]);
    expect(list.startsWith("u")).toBe(true);
    for (const i of [1, 8, 200_000]) expect(isRevokedInList(list, i)).toBe(true);
    for (const i of [0, 2, 7, 9, 199_999]) expect(isRevokedInList(list, i)).toBe(false);
    expect(isRevokedInList(encodeStatusList([]), MIN_BITS - 1)).toBe(false);
  });
});
