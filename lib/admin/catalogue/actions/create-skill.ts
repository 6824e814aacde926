"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { createSkill } from "@/lib/admin/catalogue/skills";
import { createSkillSchema } from "@/lib/validation/posting";

export const createSkillAction = formAction({ roles: ["ADMIN"], schema: createSkillSchema }, async (input) => {
  const skill = await createSkill(input);
  revalidatePath("/admin/skills");
  return { ok: true, message: `Added “${skill.name}”.` };
});
