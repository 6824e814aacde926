"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/session";
import { importPostings, type PostingsImportReport } from "@/lib/dal/admin-postings";
import { importOptionsSchema } from "@/lib/validation/job-posting";

export type ImportPostingsState = { ok: boolean; message?: string; report?: PostingsImportReport };

/** Upload of a postings file. Not the generic form wrapper: that one reads text fields only, this needs the file. */
export async function importPostingsAction(_prev: ImportPostingsState, form: FormData): Promise<ImportPostingsState> {
  await requireRole("ADMIN");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a CSV or JSON file of postings." };
  const options = importOptionsSchema.parse({ createMissingSkills: form.get("createMissingSkills") ?? undefined });
  const report = await importPostings({
    filename: file.name,
    content: new Uint8Array(await file.arrayBuffer()),
    createMissingSkills: options.createMissingSkills,
  });
  if (!report.ok) return { ok: false, message: `Nothing was imported. ${report.error}`, report };
  revalidatePath("/admin/postings");
  revalidatePath("/opportunities");
  const rejected = report.rejected.length;
  return {
    ok: rejected === 0,
    message: `${report.created} added, ${report.updated} updated, ${rejected} rejected (of ${report.totalRows} ${report.totalRows === 1 ? "row" : "rows"}).`,
    report,
  };
}
