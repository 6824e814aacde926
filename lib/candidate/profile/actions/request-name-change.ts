"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { requestNameChange as submitRequest } from "@/lib/candidate/profile/name-change";
import { nameChangeSchema } from "@/lib/validation/profile";

export const requestNameChange = candidateAction({ schema: nameChangeSchema }, async (input) => {
  await submitRequest(input);
  revalidatePath("/profile");
  return { ok: true, message: "Your request was sent to support. You will see their decision here." };
});
