"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/admin/guard";
import { recordId } from "@/lib/validation/text";
import { updateTemplate } from "@/lib/admin/templates/templates";
import { templateSchema } from "@/lib/validation/catalogue";

export const updateTemplateAction = adminAction(
  { schema: z.object({ id: recordId }).and(templateSchema) },
  async ({ id, ...input }) => {
    await updateTemplate(id, input);
    revalidatePath("/admin/templates", "layout");
    return { ok: true, message: "Badge template saved." };
  },
);
