"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import type { ActionState } from "@/lib/forms/action-client";
import { bulkIssueBadges, type BulkIssueReport } from "@/lib/admin/issuance/issuance";
import { bulkIssueForm } from "@/lib/validation/catalogue";

/** The addresses may be typed, or uploaded as a CSV of emails; both are read. */
/** The usual form state plus what happened, for the report under the form. */
export type BulkIssueState = ActionState & { report?: BulkIssueReport };

export const bulkIssueAction = adminAction<typeof bulkIssueForm, BulkIssueState>(
  { schema: bulkIssueForm },
  async (values) => {
    const report = await bulkIssueBadges(values);
    revalidatePath("/admin/issuance");
    return {
      ok: true,
      message: `Issued ${report.issued} badge${report.issued === 1 ? "" : "s"}; ${report.alreadyHeld} already held it; ${report.unknownEmails.length + report.invalidEmails.length} address(es) not matched; ${report.emailsQueued} email(s) queued.`,
      report,
    };
  },
);
