"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { restoreExam } from "@/lib/admin/catalogue/exams";
import { idSchema } from "@/lib/validation/catalogue";

export const restoreExamAction = adminAction({ schema: idSchema }, async ({ id }) => {
  const exam = await restoreExam(id);
  revalidatePath("/admin/catalogue", "layout");
  return { ok: true, message: `Exam ${exam.code} is active again.` };
});
