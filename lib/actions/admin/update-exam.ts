"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { updateExam } from "@/lib/dal/admin/catalogue";
import { examSchema } from "@/lib/validation/catalogue";

export const updateExamAction = formAction(
  { roles: ["ADMIN"], schema: examSchema.extend({ id: z.string().min(1) }) },
  async ({ id, ...input }) => {
    await updateExam(id, input);
    revalidatePath("/admin/catalogue", "layout");
    return { ok: true, message: `Exam ${input.code} saved.` };
  },
);
