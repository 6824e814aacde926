"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/session";
import { importPostings, type PostingsImportReport } from "@/lib/admin/postings/postings";
import { importPostingsForm } from "@/lib/validation/posting";

export type ImportPostingsState = { ok: boolean; message?: string; report?: PostingsImportReport };

/**
 * Upload of a postings file. Not the generic form wrapper: that one reads text fields only, this needs the file.
 * The form checks the size before sending; this checks again for a request that did not come from the form.
 */
export async function importPostingsAction(_prev: ImportPostingsState, form: FormData): Promise<ImportPostingsState> {
  await requireRole("ADMIN");
  const parsed = importPostingsForm.safeParse({ file: form.get("file"), createMissingSkills: form.get("createMissingSkills") ?? undefined });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Choose a CSV or JSON file of postings." };
  const { file, createMissingSkills } = parsed.data;
  const report = await importPostings({
    filename: file.name,
    content: new Uint8Array(await file.arrayBuffer()),
    createMissingSkills,
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
