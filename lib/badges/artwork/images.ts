import sharp from "sharp";
import type { Db, Tx } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { badgeArtworkSvg, type ArtworkInput } from "@/lib/badges/artwork/default-artwork";

export const MAX_IMAGE_BYTES = 1024 * 1024;
export const MIN_PNG_SIDE = 300;
/** Rendered PNG widths kept beside the original (size 0). */
export const PNG_SIZES = [600, 300] as const;

const renderPng = (bytes: Buffer, size: number) =>
  sharp(bytes, { density: 300 })
    .resize(size, size, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();

/**
 * Validates and stores a template's artwork: the bytes decide the type (the declared type is only compared), SVGs
 * must pass the allow-list (lib/badges/artwork/svg-safety.ts), PNGs square-ish and large enough to stay sharp. The original
 * is kept and PNGs are rendered at each size, so every instance serves the same bytes. Throws DomainError with a
 * field error on "image".
 */
export async function saveTemplateImage(
  db: Db | Tx,
  templateId: string,
  upload: { bytes: Buffer; mimeType: string },
): Promise<void> {
  const refuse = (message: string) => {
    throw new DomainError(message, { image: [message] });
  };
  if (upload.bytes.length === 0) refuse("The file is empty.");
  if (upload.bytes.length > MAX_IMAGE_BYTES) refuse("The image must be 1 MiB or smaller.");
  // Loaded here, not at the top: the XML and CSS parsers are needed only for an upload, and the badge image
  // routes that import this module are among the most requested.
  const { sanitiseSvg, sniffImageType } = await import("@/lib/badges/artwork/svg-safety");
  const type = sniffImageType(upload.bytes);
  if (!type) refuse("Upload a PNG or SVG image.");
  const declared = upload.mimeType.split(";")[0].trim().toLowerCase();
  if (declared && declared !== "application/octet-stream" && declared !== type) {
    refuse(`The file is really ${type === "image/png" ? "a PNG" : "an SVG"}, not ${declared}.`);
  }
  // An SVG is stored as the sanitiser wrote it out: the file that was checked is the file that is served.
  let original = upload.bytes;
  if (type === "image/svg+xml") {
    const checked = sanitiseSvg(upload.bytes.toString("utf8"));
    if (!checked.ok) refuse(`This SVG cannot be used because ${checked.reason}.`);
    else original = Buffer.from(checked.svg);
  }
  let rendered: Buffer[];
  try {
    const meta = await sharp(original, { density: 300 }).metadata();
    if (type === "image/png" && ((meta.width ?? 0) < MIN_PNG_SIDE || (meta.height ?? 0) < MIN_PNG_SIDE)) {
      refuse(
        `A PNG must be at least ${MIN_PNG_SIDE}×${MIN_PNG_SIDE} pixels (this one is ${meta.width}×${meta.height}).`,
      );
    }
    rendered = await Promise.all(PNG_SIZES.map((s) => renderPng(original, s)));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    refuse("The image could not be read. Upload a valid PNG or SVG file.");
    return;
  }
  const template = await db.badgeTemplate.findUnique({ where: { id: templateId }, select: { id: true } });
  if (!template) throw new NotFoundError("That badge template");
  const rows = [
    { templateId, mimeType: type!, size: 0, bytes: new Uint8Array(original) },
    ...PNG_SIZES.map((size, i) => ({ templateId, mimeType: "image/png", size, bytes: new Uint8Array(rendered[i]) })),
  ];
  const replace = async (tx: Tx) => {
    await tx.badgeImage.deleteMany({ where: { templateId } });
    await tx.badgeImage.createMany({ data: rows });
  };
  if ("$transaction" in db) await (db as Db).$transaction(replace);
  else await replace(db as Tx);
}

export type TemplateImage = { bytes: Buffer; mimeType: string; generated: boolean };

/** Template facts the generated artwork needs. */
async function artworkInput(db: Db | Tx, templateId: string): Promise<ArtworkInput> {
  const t = await db.badgeTemplate.findUnique({
    where: { id: templateId },
    select: { name: true, exam: { select: { code: true } }, certification: { select: { level: true, code: true } } },
  });
  if (!t) throw new NotFoundError("That badge template");
  return { name: t.name, level: t.certification?.level ?? "EXAM", code: t.exam?.code ?? null };
}

/**
 * A template's image: "svg" (the uploaded SVG, or generated artwork when the upload was a PNG or there is none)
 * or "png" at a size (stored rendering, or generated artwork rendered now).
 */
export async function getTemplateImage(
  db: Db | Tx,
  templateId: string,
  want: { format: "png" | "svg"; size?: number } = { format: "png" },
): Promise<TemplateImage> {
  const size =
    want.format === "png"
      ? (PNG_SIZES as readonly number[]).includes(want.size ?? 600)
        ? (want.size ?? 600)
        : 600
      : 0;
  const stored = await db.badgeImage.findUnique({
    where: {
      templateId_mimeType_size: { templateId, mimeType: want.format === "png" ? "image/png" : "image/svg+xml", size },
    },
    select: { bytes: true, mimeType: true },
  });
  if (stored) return { bytes: Buffer.from(stored.bytes), mimeType: stored.mimeType, generated: false };
  if (want.format === "svg") {
    // A PNG design still downloads as SVG (for the baked SVG): the same pixels, wrapped.
    const png = await db.badgeImage.findUnique({
      where: { templateId_mimeType_size: { templateId, mimeType: "image/png", size: 600 } },
      select: { bytes: true },
    });
    if (png) {
      const wrapped = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600"><image width="600" height="600" href="data:image/png;base64,${Buffer.from(png.bytes).toString("base64")}"/></svg>`;
      return { bytes: Buffer.from(wrapped), mimeType: "image/svg+xml", generated: false };
    }
  }
  const svg = badgeArtworkSvg(await artworkInput(db, templateId));
  if (want.format === "svg") return { bytes: Buffer.from(svg), mimeType: "image/svg+xml", generated: true };
  return { bytes: await renderPng(Buffer.from(svg), size), mimeType: "image/png", generated: true };
}
