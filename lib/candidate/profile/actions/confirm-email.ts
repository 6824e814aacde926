"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { confirmSecondaryEmail } from "@/lib/candidate/profile/profile";
import { confirmEmailSchema } from "@/lib/validation/profile";

export const confirmEmail = candidateAction({ schema: confirmEmailSchema }, async ({ token }) => {
  const { email } = await confirmSecondaryEmail(token);
  revalidatePath("/profile");
  return { ok: true, message: `${email} is confirmed. Exam results and badges sent to it now reach your profile.` };
});
