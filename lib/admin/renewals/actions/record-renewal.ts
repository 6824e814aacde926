"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { recordRenewal as record } from "@/lib/admin/renewals/renewals";
import { renewalSchema } from "@/lib/validation/transcript";

/**
 * Admins only. Form fields: earnedCertificationId (hidden), renewedOn (yyyy-mm-dd, default today), reason
 * (optional). Outside the renewal window the form state carries the rule that was broken.
 */
export const recordRenewal = adminAction({ schema: renewalSchema }, async (input) => {
  const result = await record(input.earnedCertificationId, { renewedOn: input.renewedOn, reason: input.reason });
  revalidatePath("/support", "layout");
  return { ok: true, message: `Renewed: now valid until ${result.newExpiresOn.toISOString().slice(0, 10)}.` };
});
