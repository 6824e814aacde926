"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/admin/guard";
import { createTemplate } from "@/lib/admin/templates/templates";
import { templateSchema } from "@/lib/validation/catalogue";

export const createTemplateAction = adminAction({ schema: templateSchema }, async (input) => {
  const t = await createTemplate(input);
  revalidatePath("/admin/templates");
  redirect(`/admin/templates/${t.id}?created=1`);
});
