"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { addSecondaryEmail as addEmail } from "@/lib/candidate/profile/profile";
import { secondaryEmailSchema } from "@/lib/validation/profile";

export const addSecondaryEmail = candidateAction({ schema: secondaryEmailSchema }, async ({ email }) => {
  await addEmail(email);
  revalidatePath("/profile");
  return { ok: true, message: `We sent a confirmation link to ${email}. Open it while signed in to add the address.` };
});
