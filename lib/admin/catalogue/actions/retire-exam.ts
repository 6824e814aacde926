"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { retireExam } from "@/lib/admin/catalogue/exams";
import { retireSchema } from "@/lib/validation/catalogue";

export const retireExamAction = adminAction({ schema: retireSchema }, async ({ id, retiredOn }) => {
  const exam = await retireExam(id, retiredOn);
  revalidatePath("/admin/catalogue", "layout");
  return { ok: true, message: `Exam ${exam.code} is retired. Its results and badges stay on record.` };
});
