"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/support/guard";
import { addStaffNote } from "@/lib/support/candidates/notes";
import { staffNoteSchema } from "@/lib/validation/support";

export const addStaffNoteAction = staffAction({ schema: staffNoteSchema }, async (input) => {
  await addStaffNote(input);
  revalidatePath("/support/candidates/[id]", "page");
  return { ok: true, message: "Note added." };
});
