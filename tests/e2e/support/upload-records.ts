import { randomBytes } from "node:crypto";
import { useServerDatabase } from "./seed";

// What the upload tests look up in the browser tests' database: whether a refused upload left anything behind.

async function database() {
  useServerDatabase();
  return (await import("@/lib/db")).db;
}

/** Imports stored under this file name, with what was counted and kept. */
export async function importsNamed(filename: string) {
  const db = await database();
  const batches = await db.importBatch.findMany({
    where: { filename },
    select: { id: true, totalRows: true, content: true },
  });
  return batches.map((b) => ({ id: b.id, totalRows: b.totalRows, bytes: b.content.length }));
}

/** A badge template of its own for a test to upload artwork to, so no other test's badges change. */
export async function newBadgeTemplate() {
  const db = await database();
  const slug = `upload-test-${randomBytes(4).toString("hex")}`;
  return db.badgeTemplate.create({
    data: { slug, name: `Upload test ${slug}`, description: "A template for the upload tests.", criteria: "None." },
    select: { id: true },
  });
}

/** The template's stored images, by id: an upload that replaced them shows as a change. */
export async function templateImages(templateId: string) {
  const images = await (await database()).badgeImage.findMany({
    where: { templateId },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return images.map((i) => i.id).join(",");
}

export async function postingsWithIdPrefix(prefix: string) {
  return (await database()).jobPosting.count({ where: { externalId: { startsWith: prefix } } });
}
