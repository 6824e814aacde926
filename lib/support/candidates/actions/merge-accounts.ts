"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/support/guard";
import { mergeCandidateAccounts } from "@/lib/support/candidates/merge";
import { mergeAccountsSchema } from "@/lib/validation/support";

export const mergeAccountsAction = staffAction({ schema: mergeAccountsSchema }, async (input) => {
  const outcome = await mergeCandidateAccounts(input);
  revalidatePath("/support/candidates/[id]", "page");
  const kept = outcome.certificationCollisions.length + outcome.badgeKeyCollisions.length;
  return {
    ok: true,
    message: `Merged. ${outcome.moved.examResults} exam results, ${outcome.moved.certifications} certifications and ${outcome.moved.badges} badges moved to this account${kept ? `; ${kept} duplicate records were reconciled (see the audit log)` : ""}.`,
  };
});
