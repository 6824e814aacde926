"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { updateMyContactDetails } from "@/lib/candidate/profile/profile";
import { contactDetailsSchema } from "@/lib/validation/profile";

export const updateContactDetails = candidateAction({ schema: contactDetailsSchema }, async (input) => {
  await updateMyContactDetails(input);
  revalidatePath("/profile");
  revalidatePath("/dashboard");
  return { ok: true, message: "Your contact details were saved." };
});
