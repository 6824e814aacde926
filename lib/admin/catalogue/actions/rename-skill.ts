"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { renameSkill } from "@/lib/admin/catalogue/skills";
import { renameSkillSchema } from "@/lib/validation/posting";

export const renameSkillAction = formAction({ roles: ["ADMIN"], schema: renameSkillSchema }, async (input) => {
  const skill = await renameSkill(input);
  revalidatePath("/admin/skills");
  return { ok: true, message: `Renamed to “${skill.name}”.` };
});
