"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { createSkill } from "@/lib/admin/catalogue/skills";
import { createSkillSchema } from "@/lib/validation/catalogue";

export const createSkillAction = adminAction({ schema: createSkillSchema }, async (input) => {
  const skill = await createSkill(input);
  revalidatePath("/admin/skills");
  return { ok: true, message: `Added “${skill.name}”.` };
});
