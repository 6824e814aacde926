"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/support/guard";
import { decideNameChange } from "@/lib/support/name-changes/name-changes";
import { decideNameChangeSchema } from "@/lib/validation/support";

export const decideNameChangeAction = staffAction({ schema: decideNameChangeSchema }, async (input) => {
  const { status } = await decideNameChange(input);
  revalidatePath("/support/name-changes");
  revalidatePath("/support/candidates/[id]", "page");
  return {
    ok: true,
    message:
      status === "APPROVED" ? "Approved: the legal name has been changed." : "Rejected: the legal name is unchanged.",
  };
});
