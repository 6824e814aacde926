"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { requestNameChange as submitRequest } from "@/lib/candidate/profile/name-change";
import { nameChangeSchema } from "@/lib/validation/profile";

export const requestNameChange = formAction({ roles: ["CANDIDATE"], schema: nameChangeSchema }, async (input) => {
  await submitRequest(input);
  revalidatePath("/profile");
  return { ok: true, message: "Your request was sent to support. You will see their decision here." };
});
