"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/support/guard";
import { reactivateAccount } from "@/lib/support/candidates/reactivate";
import { reactivateAccountSchema } from "@/lib/validation/support";

export const reactivateAccountAction = staffAction({ schema: reactivateAccountSchema }, async (input) => {
  await reactivateAccount(input);
  revalidatePath("/support/candidates/[id]", "page");
  return { ok: true, message: "The account is active again." };
});
