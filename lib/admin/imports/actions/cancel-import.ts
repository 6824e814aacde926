"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { cancelImport } from "@/lib/admin/imports/imports";
import { cancelImportSchema } from "@/lib/validation/imports";

const rows = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "row" : "rows"}`;

export const cancelImportAction = adminAction({ schema: cancelImportSchema }, async ({ id }) => {
  const done = await cancelImport(id);
  revalidatePath("/admin/imports");
  revalidatePath(`/admin/imports/${id}`);
  return {
    ok: true,
    message:
      done.processedRows === 0
        ? "The import was cancelled before any row was imported."
        : `The import was cancelled. ${rows(done.processedRows)} of ${done.totalRows.toLocaleString("en-GB")} had been processed and stay imported; the other ${rows(done.totalRows - done.processedRows)} were not imported.`,
  };
});
