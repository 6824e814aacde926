"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { removeSecondaryEmail as removeEmail } from "@/lib/dal/profile";
import { idSchema } from "@/lib/validation/profile";

export const removeSecondaryEmail = formAction({ roles: ["CANDIDATE"], schema: idSchema }, async ({ id }) => {
  await removeEmail(id);
  revalidatePath("/profile");
  return { ok: true, message: "The address was removed from your profile." };
});
