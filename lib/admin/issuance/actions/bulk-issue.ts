"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { BulkIssueState } from "@/lib/admin/issuance/bulk-state";
import { bulkIssueBadges } from "@/lib/admin/issuance/issuance";
import { DomainError } from "@/lib/errors";
import { requireRole } from "@/lib/session";
import { bulkIssueSchema } from "@/lib/validation/catalogue";

/** The addresses may be typed, or uploaded as a CSV of emails; both are read. */
export async function bulkIssueAction(_prev: BulkIssueState, form: FormData): Promise<BulkIssueState> {
  await requireRole("ADMIN");
  const file = form.get("file");
  const typed = String(form.get("emails") ?? "");
  const uploaded = file instanceof File && file.size > 0 ? await file.text() : "";
  const values = { templateId: String(form.get("templateId") ?? ""), emails: [typed, uploaded].filter(Boolean).join("\n"), notify: String(form.get("notify") ?? "") };
  const parsed = bulkIssueSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { ...values, emails: typed } };
  }
  try {
    const report = await bulkIssueBadges(values);
    revalidatePath("/admin/issuance");
    return {
      ok: true,
      message: `Issued ${report.issued} badge${report.issued === 1 ? "" : "s"}; ${report.alreadyHeld} already held it; ${report.unknownEmails.length + report.invalidEmails.length} address(es) not matched; ${report.emailsQueued} email(s) queued.`,
      report,
    };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values: { ...values, emails: typed } };
    throw error;
  }
}
