"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { addStaffNote } from "@/lib/support/candidates/notes";
import { staffNoteSchema } from "@/lib/validation/support";

export const addStaffNoteAction = formAction({ roles: ["SUPPORT", "ADMIN"], schema: staffNoteSchema }, async (input) => {
  await addStaffNote(input);
  revalidatePath("/support/candidates/[id]", "page");
  return { ok: true, message: "Note added." };
});
