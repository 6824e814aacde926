"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/admin/guard";
import { createExam } from "@/lib/admin/catalogue/exams";
import { examSchema } from "@/lib/validation/catalogue";

export const createExamAction = adminAction({ schema: examSchema }, async (input) => {
  const exam = await createExam(input);
  revalidatePath("/admin/catalogue");
  redirect(`/admin/catalogue/exams/${exam.id}?created=1`);
});
