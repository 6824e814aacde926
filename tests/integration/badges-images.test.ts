import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getTemplateImage, saveTemplateImage } from "@/lib/badges/artwork/images";
import { badgeCatalogue } from "./badges-fixtures";

const png = (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 4, background: "#1e40af" } })
    .png()
    .toBuffer();
const svg = (body = '<circle cx="50" cy="50" r="40" fill="#1e40af"/>') =>
  Buffer.from(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${body}</svg>`);

async function refusal(templateId: string, bytes: Buffer, mimeType: string) {
  const error = await saveTemplateImage(db, templateId, { bytes, mimeType }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).message;
}

describe("badge template images", () => {
  it("stores a PNG with its renderings and serves them", async () => {
    const { templates } = await badgeCatalogue();
    await saveTemplateImage(db, templates.partA.id, { bytes: await png(800, 800), mimeType: "image/png" });
    const rows = await db.badgeImage.findMany({
      where: { templateId: templates.partA.id },
      select: { mimeType: true, size: true },
    });
    expect(rows.map((r) => `${r.mimeType}@${r.size}`).sort()).toEqual([
      "image/png@0",
      "image/png@300",
      "image/png@600",
    ]);
    const small = await getTemplateImage(db, templates.partA.id, { format: "png", size: 300 });
    expect(small.generated).toBe(false);
    expect((await sharp(small.bytes).metadata()).width).toBe(300);
    const asSvg = await getTemplateImage(db, templates.partA.id, { format: "svg" });
    expect(asSvg.bytes.toString()).toContain("data:image/png;base64,");
  });

  it("stores a clean SVG and renders PNGs from it", async () => {
    const { templates } = await badgeCatalogue();
    await saveTemplateImage(db, templates.partB.id, { bytes: svg(), mimeType: "image/svg+xml" });
    const got = await getTemplateImage(db, templates.partB.id, { format: "svg" });
    expect(got.bytes.toString()).toContain("<circle");
    const rendered = await getTemplateImage(db, templates.partB.id, { format: "png", size: 600 });
    expect((await sharp(rendered.bytes).metadata()).width).toBe(600);
  });

  it("stores an SVG as the sanitiser wrote it out, without the editor's bookkeeping", async () => {
    const { templates } = await badgeCatalogue();
    const upload = svg(
      '<!-- exported --><metadata><title>x</title></metadata><circle cx="50" cy="50" r="40" fill="#1e40af" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:label="c"/>',
    );
    await saveTemplateImage(db, templates.partB.id, { bytes: upload, mimeType: "image/svg+xml" });
    const stored = await db.badgeImage.findUniqueOrThrow({
      where: { templateId_mimeType_size: { templateId: templates.partB.id, mimeType: "image/svg+xml", size: 0 } },
    });
    expect(Buffer.from(stored.bytes).toString()).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="40" fill="#1e40af"/></svg>',
    );
  });

  it("refuses what it must", async () => {
    const { templates } = await badgeCatalogue();
    const id = templates.pairCert.id;
    expect(await refusal(id, svg("<script>alert(1)</script>"), "image/svg+xml")).toMatch(/script/);
    expect(await refusal(id, svg("<foreignObject><div/></foreignObject>"), "image/svg+xml")).toMatch(/foreignObject/);
    expect(await refusal(id, svg('<rect onload="x()" width="1" height="1"/>'), "image/svg+xml")).toMatch(
      /event handler/,
    );
    expect(await refusal(id, svg('<image href="https://tracker.example/p.png"/>'), "image/svg+xml")).toMatch(
      /outside the file/,
    );
    // An entity-encoded javascript: URL is a URL to the browser, whatever it looks like to a regular expression.
    expect(
      await refusal(
        id,
        svg('<a><set attributeName="href" to="&#106;avascript:alert(1)"/><text>x</text></a>'),
        "image/svg+xml",
      ),
    ).toMatch(/^This SVG cannot be used because it contains a link \(<a>\)/);
    expect(
      await refusal(
        id,
        Buffer.from('<!DOCTYPE svg [<!ENTITY a "a">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'),
        "image/svg+xml",
      ),
    ).toMatch(/DOCTYPE/);
    expect(await refusal(id, await png(200, 200), "image/png")).toMatch(/300/);
    expect(await refusal(id, await png(400, 400), "image/svg+xml")).toMatch(/really a PNG/);
    expect(await refusal(id, Buffer.from("GIF89a...."), "image/png")).toMatch(/PNG or SVG/);
    expect(await refusal(id, Buffer.alloc(1024 * 1024 + 1, 1), "image/png")).toMatch(/1 MiB/);
    expect(await db.badgeImage.count({ where: { templateId: id } })).toBe(0);
  });

  it("falls back to generated artwork", async () => {
    const { templates } = await badgeCatalogue();
    const art = await getTemplateImage(db, templates.pairCert.id, { format: "svg" });
    expect(art.generated).toBe(true);
    expect(art.bytes.toString()).toContain("Certified Designer badge");
    expect(art.bytes.toString()).toContain("#6b21a8"); // expert colour
    const rendered = await getTemplateImage(db, templates.pairCert.id, { format: "png", size: 300 });
    expect((await sharp(rendered.bytes).metadata()).width).toBe(300);
  });
});
