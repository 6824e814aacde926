"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { restoreExam } from "@/lib/admin/catalogue/catalogue";
import { idSchema } from "@/lib/validation/catalogue";

export const restoreExamAction = formAction({ roles: ["ADMIN"], schema: idSchema }, async ({ id }) => {
  const exam = await restoreExam(id);
  revalidatePath("/admin/catalogue", "layout");
  return { ok: true, message: `Exam ${exam.code} is active again.` };
});
