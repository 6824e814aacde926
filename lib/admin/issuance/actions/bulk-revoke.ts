"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { BulkRevokeState } from "@/lib/admin/issuance/bulk-state";
import { bulkRevokeBadges } from "@/lib/admin/issuance/issuance";
import { DomainError } from "@/lib/errors";
import { requireRole } from "@/lib/session";
import { bulkRevokeSchema } from "@/lib/validation/catalogue";

export async function bulkRevokeAction(_prev: BulkRevokeState, form: FormData): Promise<BulkRevokeState> {
  await requireRole("ADMIN");
  const file = form.get("file");
  const typed = String(form.get("emails") ?? "");
  const uploaded = file instanceof File && file.size > 0 ? await file.text() : "";
  const values = {
    templateId: String(form.get("templateId") ?? ""),
    emails: [typed, uploaded].filter(Boolean).join("\n"),
    badgeIds: String(form.get("badgeIds") ?? ""),
    reason: String(form.get("reason") ?? ""),
    notify: String(form.get("notify") ?? ""),
  };
  const shown = { ...values, emails: typed };
  const parsed = bulkRevokeSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values: shown };
  }
  try {
    const report = await bulkRevokeBadges(values);
    revalidatePath("/admin/issuance");
    return {
      ok: true,
      message: `Revoked ${report.revoked} badge${report.revoked === 1 ? "" : "s"}; ${report.alreadyRevoked} were already revoked; ${report.notFound.length} not found; ${report.emailsQueued} email(s) queued.`,
      report,
    };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values: shown };
    throw error;
  }
}
