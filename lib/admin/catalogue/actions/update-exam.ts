"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { recordId } from "@/lib/validation/text";
import { updateExam } from "@/lib/admin/catalogue/catalogue";
import { examSchema } from "@/lib/validation/catalogue";

export const updateExamAction = formAction(
  { roles: ["ADMIN"], schema: examSchema.extend({ id: recordId }) },
  async ({ id, ...input }) => {
    await updateExam(id, input);
    revalidatePath("/admin/catalogue", "layout");
    return { ok: true, message: `Exam ${input.code} saved.` };
  },
);
