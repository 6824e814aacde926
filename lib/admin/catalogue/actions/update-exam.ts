"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { recordId } from "@/lib/validation/text";
import { updateExam } from "@/lib/admin/catalogue/exams";
import { examSchema } from "@/lib/validation/catalogue";

export const updateExamAction = adminAction(
  { schema: examSchema.extend({ id: recordId }) },
  async ({ id, ...input }) => {
    await updateExam(id, input);
    revalidatePath("/admin/catalogue", "layout");
    return { ok: true, message: `Exam ${input.code} saved.` };
  },
);
