"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { addStaffNote } from "@/lib/dal/support/notes";
import { staffNoteSchema } from "@/lib/validation/support";

export const addStaffNoteAction = formAction({ roles: ["SUPPORT", "ADMIN"], schema: staffNoteSchema }, async (input) => {
  await addStaffNote(input);
  revalidatePath("/support/candidates/[id]", "page");
  return { ok: true, message: "Note added." };
});
