"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import type { ActionState } from "@/lib/forms/action-client";
import { bulkRevokeBadges, type BulkRevokeReport } from "@/lib/admin/issuance/issuance";
import { bulkRevokeForm } from "@/lib/validation/catalogue";

/** The usual form state plus what happened, for the report under the form. */
export type BulkRevokeState = ActionState & { report?: BulkRevokeReport };

export const bulkRevokeAction = adminAction<typeof bulkRevokeForm, BulkRevokeState>(
  { schema: bulkRevokeForm },
  async (values) => {
    const report = await bulkRevokeBadges(values);
    revalidatePath("/admin/issuance");
    return {
      ok: true,
      message: `Revoked ${report.revoked} badge${report.revoked === 1 ? "" : "s"}; ${report.alreadyRevoked} were already revoked; ${report.notFound.length} not found; ${report.emailsQueued} email(s) queued.`,
      report,
    };
  },
);
