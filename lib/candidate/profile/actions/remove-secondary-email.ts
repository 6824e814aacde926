"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { removeSecondaryEmail as removeEmail } from "@/lib/candidate/profile/profile";
import { idSchema } from "@/lib/validation/profile";

export const removeSecondaryEmail = candidateAction({ schema: idSchema }, async ({ id }) => {
  await removeEmail(id);
  revalidatePath("/profile");
  return { ok: true, message: "The address was removed from your profile." };
});
