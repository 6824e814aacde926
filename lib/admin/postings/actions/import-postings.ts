"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import type { ActionState } from "@/lib/forms/action-client";
import { importPostings, type PostingsImportReport } from "@/lib/admin/postings/postings";
import { importPostingsForm } from "@/lib/validation/posting";

export type ImportPostingsState = ActionState & { report?: PostingsImportReport };

/**
 * Upload of a postings file. The form checks the size before sending; the schema checks again for a request that
 * did not come from the form, and a refusal names what is wrong with the file.
 */
export const importPostingsAction = adminAction<typeof importPostingsForm, ImportPostingsState>(
  {
    schema: importPostingsForm,
    invalid: (_errors, error) => error.issues[0]?.message ?? "Choose a CSV or JSON file of postings.",
  },
  async ({ file, createMissingSkills }) => {
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
  },
);
